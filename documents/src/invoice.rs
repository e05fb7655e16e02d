//! The invoice and pro forma layout: A4, the seller at the top, the buyer where a windowed
//! envelope shows it, the facts (number, dates, order, payment), the lines as a table that
//! continues over as many pages as it needs, the totals with the tax per rate, notes, and on
//! the last page the QR-bill payment part when the document is for a bank transfer.

use crate::canvas::{Align, Canvas, Weight};
use crate::fonts::Fonts;
use crate::payment_part;
use crate::DocumentError;
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::tagging::{Identifier, TableHeaderScope, Tag, TagGroup, TagTree};
use krilla::Document;
use std::num::NonZeroU16;

/// One line, every cell already formatted.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InvoiceLine {
    pub description: String,
    pub period: String,
    pub quantity: String,
    pub unit_price: String,
    pub vat: String,
    pub amount: String,
}

/// A row of the totals block.
#[derive(Clone, Debug, PartialEq)]
pub struct TotalRow {
    pub label: String,
    pub amount: String,
    /// The amount to pay, in bold.
    pub strong: bool,
}

/// The payment part's fixed headings, in the document's language.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PaymentPartLabels {
    pub receipt: String,
    pub payment_part: String,
    pub account: String,
    pub reference: String,
    pub additional_information: String,
    pub payable_by: String,
    pub currency: String,
    pub amount: String,
    pub acceptance_point: String,
    pub separate: String,
    /// The QR code's text alternative.
    pub code_description: String,
}

/// A QR-bill payment part: the code's text and what is printed beside it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PaymentPart {
    pub payload: String,
    pub labels: PaymentPartLabels,
    /// The IBAN (in groups of four), then the creditor's name and address.
    pub account_lines: Vec<String>,
    pub reference: Option<String>,
    pub additional_information: String,
    pub debtor_lines: Vec<String>,
    pub currency: String,
    /// With spaces between thousands and a decimal point, as the standard prints it.
    pub amount: String,
}

/// Everything a final invoice or a pro forma shows, translated and formatted.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InvoiceDoc {
    /// BCP 47 tag of the document's language (`de-CH`).
    pub lang: String,
    /// The document's title in viewers and the tag tree ("Invoice 2026-000012").
    pub title: String,
    /// The large heading ("Invoice", "Pro forma invoice").
    pub heading: String,
    /// The seller's name, then its address lines and VAT number.
    pub seller: Vec<String>,
    /// The buyer's name, then its address lines.
    pub buyer: Vec<String>,
    /// Label and value: number, issue date, order, payment method, paid on…
    pub facts: Vec<(String, String)>,
    /// Description, period, quantity, unit price, VAT, amount.
    pub columns: [String; 6],
    pub lines: Vec<InvoiceLine>,
    pub totals: Vec<TotalRow>,
    /// Said below the totals (reverse charge, no legal value of a pro forma…); the first
    /// in bold when `first_note_strong`.
    pub notes: Vec<String>,
    pub first_note_strong: bool,
    /// "Page {page} of {pages}" with those two placeholders.
    pub page_label: String,
    pub payment_part: Option<PaymentPart>,
}

// Geometry, in millimetres from the page's top-left corner.
const PAGE_W: f32 = 210.0;
const PAGE_H: f32 = 297.0;
const LEFT: f32 = 20.0;
const RIGHT: f32 = 190.0;
/// Below this, only the footer.
const CONTENT_END: f32 = 272.0;
/// Where a payment part's top edge is: it fills the bottom 105 mm.
const PAYMENT_PART_TOP: f32 = PAGE_H - 105.0;
const BODY: f32 = 9.0;
const LINE_STEP: f32 = 4.3;
/// Column edges: description and period start there; the others end there.
const COL_PERIOD: f32 = 100.0;
const COL_QUANTITY: f32 = 136.0;
const COL_UNIT: f32 = 156.0;
const COL_VAT: f32 = 170.0;
const DESCRIPTION_WIDTH: f32 = COL_PERIOD - LEFT - 3.0;
const PERIOD_WIDTH: f32 = COL_QUANTITY - COL_PERIOD - 10.0;

/// What one page holds.
struct PagePlan {
    rows: std::ops::Range<usize>,
    totals: bool,
    payment_part: bool,
}

/// Widths (mm) the column headings may take; they wrap onto a second line beyond.
const HEADING_WIDTHS: [f32; 6] = [
    COL_PERIOD - LEFT - 3.0,
    COL_QUANTITY - COL_PERIOD - 12.0,
    10.0,
    COL_UNIT - COL_QUANTITY - 2.0,
    COL_VAT - COL_UNIT - 2.0,
    RIGHT - COL_VAT - 2.0,
];
const HEADING_SIZE: f32 = 8.0;
const HEADING_STEP: f32 = 3.4;

fn heading_lines(fonts: &Fonts, doc: &InvoiceDoc) -> Vec<Vec<String>> {
    doc.columns
        .iter()
        .zip(HEADING_WIDTHS)
        .map(|(text, width)| {
            fonts
                .bold
                .wrap(text, HEADING_SIZE, width * crate::canvas::MM)
        })
        .collect()
}

fn header_row_height(headings: &[Vec<String>]) -> f32 {
    let lines = headings.iter().map(Vec::len).max().unwrap_or(1) as f32;
    lines * HEADING_STEP + 3.6
}

/// Wrapped cells of one row and its height.
struct RowLayout {
    description: Vec<String>,
    period: Vec<String>,
    height: f32,
}

/// Lays out the document and writes the PDF.
pub fn render(doc: &InvoiceDoc) -> Result<Vec<u8>, DocumentError> {
    let fonts = Fonts::load().ok_or_else(|| DocumentError::Pdf("embedded fonts".into()))?;
    let rows: Vec<RowLayout> = doc
        .lines
        .iter()
        .map(|l| {
            let description =
                fonts
                    .regular
                    .wrap(&l.description, BODY, DESCRIPTION_WIDTH * crate::canvas::MM);
            let period = fonts
                .regular
                .wrap(&l.period, BODY, PERIOD_WIDTH * crate::canvas::MM);
            let lines = description.len().max(period.len()) as f32;
            RowLayout {
                description,
                period,
                height: lines * LINE_STEP + 2.0,
            }
        })
        .collect();
    let headings = heading_lines(&fonts, doc);
    let plan = paginate(doc, &fonts, &rows, header_row_height(&headings));
    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(doc.title.clone())
            .language(doc.lang.clone())
            .creator("Mandant".into()),
    );
    let mut tree = TagTree::new().with_lang(Some(doc.lang.clone()));
    let mut table = TagGroup::new(Tag::Table);
    let pages = plan.len();
    for (index, page_plan) in plan.iter().enumerate() {
        let mut page = document.start_page_with(
            PageSettings::from_wh(PAGE_W * crate::canvas::MM, PAGE_H * crate::canvas::MM)
                .ok_or_else(|| DocumentError::Pdf("page size".into()))?,
        );
        let mut surface = page.surface();
        let mut canvas = Canvas::new(&mut surface, &fonts);
        let mut y = if index == 0 {
            head(&mut canvas, doc, &mut tree)
        } else {
            20.0
        };
        if !page_plan.rows.is_empty() {
            y = table_header(&mut canvas, &headings, y, &mut table);
            for row in page_plan.rows.clone() {
                y = table_row(&mut canvas, &doc.lines[row], &rows[row], y, &mut table);
            }
        }
        if page_plan.totals {
            // A document without lines (a deposit slip) has no table at all.
            let done = std::mem::replace(&mut table, TagGroup::new(Tag::Table));
            if !doc.lines.is_empty() {
                tree.push(done);
            }
            totals(&mut canvas, doc, y + 2.0, &mut tree);
        }
        if page_plan.payment_part {
            if let Some(part) = &doc.payment_part {
                let group = payment_part::draw(&mut canvas, part, PAYMENT_PART_TOP)?;
                tree.push(group);
            }
        }
        footer(&mut canvas, doc, index + 1, pages);
        surface.finish();
        page.finish();
    }
    document.set_tag_tree(tree);
    document
        .finish()
        .map_err(|e| DocumentError::Pdf(format!("{e:?}")))
}

/// Where the head ends: the table starts below it.
fn head_height(doc: &InvoiceDoc) -> f32 {
    let facts_end = 66.0 + doc.facts.len() as f32 * 4.8;
    let buyer_end = 50.0 + doc.buyer.len() as f32 * 4.8;
    facts_end.max(buyer_end) + 8.0
}

fn totals_height(doc: &InvoiceDoc, fonts: &Fonts) -> f32 {
    let notes: usize = doc
        .notes
        .iter()
        .map(|n| {
            fonts
                .regular
                .wrap(n, 8.5, (RIGHT - LEFT) * crate::canvas::MM)
                .len()
        })
        .sum();
    4.0 + doc.totals.len() as f32 * 5.5 + 4.0 + notes as f32 * 4.0 + doc.notes.len() as f32 * 1.5
}

/// Splits the rows over pages: the head on the first, the header row repeated on each,
/// the totals after the last row (on a page of their own if they do not fit), the payment
/// part at the bottom of the last page, or of one more page when the content reaches it.
fn paginate(doc: &InvoiceDoc, fonts: &Fonts, rows: &[RowLayout], header_row: f32) -> Vec<PagePlan> {
    let mut plan = Vec::new();
    let mut start = 0;
    let mut y = head_height(doc) + header_row;
    for (i, row) in rows.iter().enumerate() {
        if y + row.height > CONTENT_END && i > start {
            plan.push(PagePlan {
                rows: start..i,
                totals: false,
                payment_part: false,
            });
            start = i;
            y = 20.0 + header_row;
        }
        y += row.height;
    }
    let end_of_totals = y + 2.0 + totals_height(doc, fonts);
    let mut last = PagePlan {
        rows: start..rows.len(),
        totals: true,
        payment_part: false,
    };
    if end_of_totals > CONTENT_END {
        last.totals = false;
        plan.push(last);
        last = PagePlan {
            rows: rows.len()..rows.len(),
            totals: true,
            payment_part: false,
        };
    }
    let totals_end = if last.rows.is_empty() && !plan.is_empty() {
        20.0 + totals_height(doc, fonts)
    } else {
        end_of_totals
    };
    if doc.payment_part.is_some() {
        if totals_end <= PAYMENT_PART_TOP - 6.0 {
            last.payment_part = true;
        } else {
            plan.push(last);
            last = PagePlan {
                rows: rows.len()..rows.len(),
                totals: false,
                payment_part: true,
            };
        }
    }
    plan.push(last);
    plan
}

fn leaf_group(tag: TagGroup, ids: Vec<Identifier>) -> TagGroup {
    let mut group = tag;
    for id in ids {
        group.push(id);
    }
    group
}

/// Seller, heading, buyer and facts; returns where the table starts.
fn head(canvas: &mut Canvas, doc: &InvoiceDoc, tree: &mut TagTree) -> f32 {
    let mut ids = Vec::new();
    for (i, line) in doc.seller.iter().enumerate() {
        let (size, weight, y) = if i == 0 {
            (13.0, Weight::Bold, 20.0)
        } else {
            (8.5, Weight::Regular, 21.5 + i as f32 * 4.0)
        };
        ids.push(canvas.text(LEFT, y, size, weight, Align::Left, line));
    }
    tree.push(leaf_group(TagGroup::new(Tag::P), ids));
    let title = canvas.text(LEFT, 58.0, 18.0, Weight::Bold, Align::Left, &doc.heading);
    let heading = Tag::Hn(NonZeroU16::MIN, Some(doc.heading.clone()));
    tree.push(leaf_group(TagGroup::new(heading), vec![title]));
    let buyer: Vec<Identifier> = doc
        .buyer
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let weight = if i == 0 {
                Weight::Bold
            } else {
                Weight::Regular
            };
            canvas.text(
                118.0,
                50.0 + i as f32 * 4.8,
                10.0,
                weight,
                Align::Left,
                line,
            )
        })
        .collect();
    tree.push(leaf_group(TagGroup::new(Tag::P), buyer));
    let mut facts = TagGroup::new(Tag::Table);
    for (i, (label, value)) in doc.facts.iter().enumerate() {
        let y = 68.0 + i as f32 * 4.8;
        let th = canvas.text(LEFT, y, BODY, Weight::Bold, Align::Left, label);
        let td = canvas.text(LEFT + 34.0, y, BODY, Weight::Regular, Align::Left, value);
        let mut row = TagGroup::new(Tag::TR);
        row.push(leaf_group(
            TagGroup::new(Tag::TH(TableHeaderScope::Row)),
            vec![th],
        ));
        row.push(leaf_group(TagGroup::new(Tag::TD), vec![td]));
        facts.push(row);
    }
    tree.push(facts);
    head_height(doc)
}

fn table_header(
    canvas: &mut Canvas,
    headings: &[Vec<String>],
    y: f32,
    table: &mut TagGroup,
) -> f32 {
    let edges = [
        (LEFT, Align::Left),
        (COL_PERIOD, Align::Left),
        (COL_QUANTITY, Align::Right),
        (COL_UNIT, Align::Right),
        (COL_VAT, Align::Right),
        (RIGHT, Align::Right),
    ];
    let mut row = TagGroup::new(Tag::TR);
    for ((x, align), lines) in edges.into_iter().zip(headings) {
        let ids = lines
            .iter()
            .enumerate()
            .map(|(i, text)| {
                let baseline = y + 4.0 + i as f32 * HEADING_STEP;
                canvas.text(x, baseline, HEADING_SIZE, Weight::Bold, align, text)
            })
            .collect();
        row.push(leaf_group(
            TagGroup::new(Tag::TH(TableHeaderScope::Column)),
            ids,
        ));
    }
    table.push(row);
    let height = header_row_height(headings);
    canvas.rule(
        (LEFT, y + height - 1.0),
        (RIGHT, y + height - 1.0),
        0.8,
        false,
    );
    y + height
}

fn table_row(
    canvas: &mut Canvas,
    line: &InvoiceLine,
    layout: &RowLayout,
    y: f32,
    table: &mut TagGroup,
) -> f32 {
    let baseline = y + 4.5;
    let multi = |canvas: &mut Canvas, x: f32, texts: &[String]| -> Vec<Identifier> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                canvas.text(
                    x,
                    baseline + i as f32 * LINE_STEP,
                    BODY,
                    Weight::Regular,
                    Align::Left,
                    t,
                )
            })
            .collect()
    };
    let mut row = TagGroup::new(Tag::TR);
    let description = multi(canvas, LEFT, &layout.description);
    row.push(leaf_group(TagGroup::new(Tag::TD), description));
    let period = multi(canvas, COL_PERIOD, &layout.period);
    row.push(leaf_group(TagGroup::new(Tag::TD), period));
    for (x, text) in [
        (COL_QUANTITY, &line.quantity),
        (COL_UNIT, &line.unit_price),
        (COL_VAT, &line.vat),
        (RIGHT, &line.amount),
    ] {
        let id = canvas.text(x, baseline, BODY, Weight::Regular, Align::Right, text);
        row.push(leaf_group(TagGroup::new(Tag::TD), vec![id]));
    }
    table.push(row);
    let bottom = y + layout.height;
    canvas.rule((LEFT, bottom), (RIGHT, bottom), 0.3, false);
    bottom
}

fn totals(canvas: &mut Canvas, doc: &InvoiceDoc, y: f32, tree: &mut TagTree) {
    let mut block = TagGroup::new(Tag::Table);
    let mut y = y + 4.0;
    for row in &doc.totals {
        let weight = if row.strong {
            Weight::Bold
        } else {
            Weight::Regular
        };
        if row.strong {
            canvas.rule((110.0, y - 3.8), (RIGHT, y - 3.8), 0.8, false);
        }
        let th = canvas.text(110.0, y, BODY, weight, Align::Left, &row.label);
        let td = canvas.text(RIGHT, y, BODY, weight, Align::Right, &row.amount);
        let mut tr = TagGroup::new(Tag::TR);
        tr.push(leaf_group(
            TagGroup::new(Tag::TH(TableHeaderScope::Row)),
            vec![th],
        ));
        tr.push(leaf_group(TagGroup::new(Tag::TD), vec![td]));
        block.push(tr);
        y += 5.5;
    }
    tree.push(block);
    y += 4.0;
    for (i, note) in doc.notes.iter().enumerate() {
        let weight = if i == 0 && doc.first_note_strong {
            Weight::Bold
        } else {
            Weight::Regular
        };
        let lines = canvas
            .face(weight)
            .wrap(note, 8.5, (RIGHT - LEFT) * crate::canvas::MM);
        let ids = lines
            .iter()
            .map(|l| {
                let id = canvas.text(LEFT, y, 8.5, weight, Align::Left, l);
                y += 4.0;
                id
            })
            .collect();
        tree.push(leaf_group(TagGroup::new(Tag::P), ids));
        y += 1.5;
    }
}

fn footer(canvas: &mut Canvas, doc: &InvoiceDoc, page: usize, pages: usize) {
    // Above the payment part on its page, else at the foot of the page.
    let label = doc
        .page_label
        .replace("{page}", &page.to_string())
        .replace("{pages}", &pages.to_string());
    let y = 287.0;
    let on_payment_page = doc.payment_part.is_some() && page == pages;
    let y = if on_payment_page {
        PAYMENT_PART_TOP - 7.0
    } else {
        y
    };
    canvas.artifact_text(RIGHT, y, 7.5, Align::Right, &label);
}
