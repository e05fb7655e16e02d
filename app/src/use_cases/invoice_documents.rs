//! Printable invoices and pro formas, in the reader's language and regional formats. A
//! final invoice is printed from what was copied when it was issued, and only once paid;
//! a pro forma is printed from a pending order and, when the order is to be paid by bank
//! transfer, carries the QR-bill payment part with a reference that finds the order again.

use crate::components::order_line::line_in;
use crate::components::period::period_in;
use crate::i18n::tr_in;
use crate::seller::seller;
use db::{Db, OrgScope};
use documents::{InvoiceDoc, InvoiceLine, PaymentPart, PaymentPartLabels, TotalRow};
use domain::datetime::Region;
use domain::dto::{InvoiceParty, PlacedOrder, QuoteItem, QuoteLine};
use domain::ids::OrderId;
use domain::money::Money;
use domain::order::PaymentMethod;
use domain::qr_bill::{payload::printed_amount, Address, QrBill, QrBillError, Reference};
use domain::status::OrderStatus;
use domain::{AppError, InvoiceId, Lang};
use std::collections::BTreeMap;

/// A PDF and the name it is saved under.
pub struct Pdf {
    pub file_name: String,
    pub bytes: Vec<u8>,
}

/// The final invoice `id` as a PDF; not found unless it is the organisation's, paid, and
/// issued with its copy.
pub async fn invoice_pdf(
    db: &Db,
    scope: &OrgScope,
    id: InvoiceId,
    reader: &Region,
) -> Result<Pdf, AppError> {
    let invoice = db::invoices::document(db, scope, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let Some(paid_at) = invoice.paid_at else {
        return Err(AppError::NotFound);
    };
    let lang = reader.lang;
    let mut facts = vec![
        (
            tr_in(lang, "doc-invoice-number", &[]),
            invoice.number.clone(),
        ),
        (
            tr_in(lang, "doc-issued", &[]),
            reader.date(invoice.issued_at),
        ),
    ];
    if let Some(order) = &invoice.order_number {
        facts.push((tr_in(lang, "doc-order", &[]), order.clone()));
    }
    let mut notes = Vec::new();
    if let Some(method) = invoice.payment_method {
        facts.push((
            tr_in(lang, "doc-payment-method", &[]),
            method_name(lang, method),
        ));
        notes.push(tr_in(
            lang,
            "doc-note-paid",
            &[
                ("date", reader.date(paid_at)),
                ("method", method_name(lang, method)),
            ],
        ));
        if invoice.prepaid.minor > 0 {
            let rest = Money::new(
                invoice.gross.minor - invoice.prepaid.minor,
                invoice.gross.currency,
            );
            notes.push(tr_in(
                lang,
                "doc-note-paid-in-part",
                &[
                    ("prepaid", reader.money(&invoice.prepaid)),
                    ("rest", reader.money(&rest)),
                    ("method", method_name(lang, method)),
                ],
            ));
        }
    }
    notes.extend(vat_note(lang, &invoice.vat_treatment));
    let number = invoice.number.clone();
    let doc = InvoiceDoc {
        lang: lang.code().to_owned(),
        title: tr_in(lang, "doc-invoice-title", &[("number", number.clone())]),
        heading: tr_in(lang, "doc-invoice", &[]),
        seller: party_lines(lang, &invoice.seller),
        buyer: party_lines(lang, &invoice.buyer),
        facts,
        columns: columns(lang),
        lines: invoice.lines.iter().map(|l| line(reader, l)).collect(),
        totals: totals(reader, &invoice.lines, &invoice.net, &invoice.gross)?,
        notes,
        first_note_strong: false,
        page_label: page_label(lang),
        payment_part: None,
    };
    let file_name = format!(
        "{}.pdf",
        tr_in(lang, "doc-invoice-file", &[("number", number)])
    );
    render(&doc, file_name)
}

/// The pro forma of the pending order `order` as a PDF.
pub async fn pro_forma_pdf(
    db: &Db,
    scope: &OrgScope,
    order: OrderId,
    reader: &Region,
) -> Result<Pdf, AppError> {
    let placed = db::orders::get(db, scope, order)
        .await?
        .ok_or(AppError::NotFound)?;
    if placed.status != OrderStatus::Pending {
        return Err(AppError::NotFound);
    }
    let buyer = db::orders::buyer(db, scope, order)
        .await?
        .ok_or(AppError::NotFound)?;
    let lang = reader.lang;
    let q = &placed.quote;
    let facts = vec![
        (tr_in(lang, "doc-order", &[]), placed.number.clone()),
        (tr_in(lang, "doc-issued", &[]), reader.date(db.now_ms())),
        (
            tr_in(lang, "doc-valid-until", &[]),
            reader.date(placed.expires_at),
        ),
        (
            tr_in(lang, "doc-payment-method", &[]),
            method_name(lang, placed.payment),
        ),
    ];
    let mut notes = vec![tr_in(lang, "doc-note-pro-forma", &[])];
    let payment_part = if placed.payment == PaymentMethod::BankTransfer {
        let part = payment_part(lang, &placed, &buyer)?;
        notes.push(tr_in(
            lang,
            "doc-note-transfer",
            &[("date", reader.date(placed.expires_at))],
        ));
        part
    } else {
        None
    };
    notes.extend(vat_note(lang, &q.vat_treatment));
    let number = placed.number.clone();
    let doc = InvoiceDoc {
        lang: lang.code().to_owned(),
        title: tr_in(lang, "doc-pro-forma-title", &[("number", number.clone())]),
        heading: tr_in(lang, "doc-pro-forma", &[]),
        seller: party_lines(lang, &seller().party),
        buyer: party_lines(lang, &buyer),
        facts,
        columns: columns(lang),
        lines: q.lines.iter().map(|l| line(reader, l)).collect(),
        totals: totals(reader, &q.lines, &q.net, &q.gross)?,
        notes,
        first_note_strong: true,
        page_label: page_label(lang),
        payment_part,
    };
    let file_name = format!(
        "{}.pdf",
        tr_in(lang, "doc-pro-forma-file", &[("number", number)])
    );
    render(&doc, file_name)
}

pub(super) fn render(doc: &InvoiceDoc, file_name: String) -> Result<Pdf, AppError> {
    let bytes = documents::render(doc).map_err(|e| crate::api::ssr::internal(&e.to_string()))?;
    Ok(Pdf { file_name, bytes })
}

fn method_name(lang: Lang, method: PaymentMethod) -> String {
    tr_in(lang, &method.label_key(), &[])
}

pub(super) fn vat_note(lang: Lang, treatment: &str) -> Option<String> {
    match treatment {
        "reverse-charge" => Some(tr_in(lang, "doc-note-reverse-charge", &[])),
        "export" => Some(tr_in(lang, "doc-note-export", &[])),
        _ => None,
    }
}

pub(super) fn page_label(lang: Lang) -> String {
    // The layout fills in the numbers once it knows how many pages there are.
    let placeholders = [
        ("page", "{page}".to_owned()),
        ("pages", "{pages}".to_owned()),
    ];
    tr_in(lang, "doc-page", &placeholders)
}

pub(super) fn columns(lang: Lang) -> [String; 6] {
    [
        tr_in(lang, "doc-col-description", &[]),
        tr_in(lang, "doc-col-period", &[]),
        tr_in(lang, "doc-col-quantity", &[]),
        tr_in(lang, "doc-col-unit-price", &[]),
        tr_in(lang, "doc-col-vat", &[]),
        tr_in(lang, "doc-col-amount", &[]),
    ]
}

/// Name, street, postal code and town, country; the VAT number last, when there is one.
pub(super) fn party_lines(lang: Lang, party: &InvoiceParty) -> Vec<String> {
    let mut lines = vec![party.name.clone()];
    if !party.street.is_empty() {
        lines.push(party.street.clone());
    }
    let town = format!("{} {}", party.postal_code, party.city);
    if !town.trim().is_empty() {
        lines.push(town.trim().to_owned());
    }
    lines.push(tr_in(
        lang,
        &domain::country::label_key(&party.country),
        &[],
    ));
    // The buyer's number too: a reverse-charge invoice must state both.
    if let Some(vat) = &party.vat_number {
        lines.push(tr_in(lang, "doc-vat-number", &[("number", vat.clone())]));
    }
    lines
}

/// A table line: what it is, its period (in its own column), one unit at its net price.
pub(super) fn line(reader: &Region, l: &QuoteLine) -> InvoiceLine {
    let lang = reader.lang;
    let kind_name = |kind: &domain::catalogue::ProductKind| tr_in(lang, &kind.label_key(), &[]);
    let (description, period) = match &l.item {
        QuoteItem::Product {
            kind,
            period,
            renews,
            ..
        } => {
            let what = match (renews, kind.option_of()) {
                (Some(_), Some(_)) => tr_in(lang, "order-line-added-option", &[]),
                (Some(_), None) => tr_in(lang, "order-line-renewal", &[]),
                (None, _) => String::new(),
            };
            let kind = kind_name(kind);
            let kind = if what.is_empty() {
                kind
            } else {
                format!("{what} · {kind}")
            };
            (
                format!("{} — {kind}", l.display_name),
                period_in(lang, *period),
            )
        }
        QuoteItem::Option { kind, period, .. } => (
            format!("{} — {}", kind_name(kind), l.display_name),
            period_in(lang, *period),
        ),
        _ => {
            let (title, detail) = line_in(lang, l);
            let text = if detail.is_empty() {
                title
            } else {
                format!("{title} — {detail}")
            };
            (text, String::new())
        }
    };
    InvoiceLine {
        description,
        period,
        quantity: "1".into(),
        unit_price: reader.amount(&l.net),
        vat: reader.rate(l.rate_basis_points),
        amount: reader.amount(&l.net),
    }
}

/// Total tax excluded, the VAT of each rate on its base (as the lines recorded it, rounded
/// per line), total tax included.
pub(super) fn totals(
    reader: &Region,
    lines: &[QuoteLine],
    net: &Money,
    gross: &Money,
) -> Result<Vec<TotalRow>, AppError> {
    let lang = reader.lang;
    let currency = net.currency;
    let mut by_rate: BTreeMap<u32, (Money, Money)> = BTreeMap::new();
    for l in lines {
        let zero = || (Money::zero(currency), Money::zero(currency));
        let (base, tax) = by_rate.entry(l.rate_basis_points).or_insert_with(zero);
        let add = |a: &Money, b: &Money| {
            a.checked_add(b)
                .map_err(|e| crate::api::ssr::internal(&e.to_string()))
        };
        *base = add(base, &l.net)?;
        *tax = add(tax, &l.tax)?;
    }
    let mut rows = vec![TotalRow {
        label: tr_in(lang, "doc-total-net", &[]),
        amount: reader.money(net),
        strong: false,
    }];
    for (rate, (base, tax)) in by_rate {
        let args = [("rate", reader.rate(rate)), ("base", reader.money(&base))];
        rows.push(TotalRow {
            label: tr_in(lang, "doc-total-vat", &args),
            amount: reader.money(&tax),
            strong: false,
        });
    }
    rows.push(TotalRow {
        label: tr_in(lang, "doc-total-gross", &[]),
        amount: reader.money(gross),
        strong: true,
    });
    Ok(rows)
}

/// The payment part of an order paid by transfer: to the provider's QR-IBAN with a QR
/// reference, else to its IBAN with a creditor reference, both made of the order number's
/// digits. `None` when the provider has no account.
fn payment_part(
    lang: Lang,
    order: &PlacedOrder,
    buyer: &InvoiceParty,
) -> Result<Option<PaymentPart>, AppError> {
    let digits: String = order.number.chars().filter(char::is_ascii_digit).collect();
    let message = tr_in(lang, "doc-qr-message", &[("number", order.number.clone())]);
    let gross = &order.quote.gross;
    qr_part(lang, &digits, Some(gross), gross.currency, buyer, message)
}

/// A QR-bill payment part to the provider with a reference made of `digits`, for `amount`
/// (`None`: the payer fills it in) from `buyer`. `None` when the provider has no account.
pub(super) fn qr_part(
    lang: Lang,
    digits: &str,
    amount: Option<&Money>,
    currency: domain::money::Currency,
    buyer: &InvoiceParty,
    message: String,
) -> Result<Option<PaymentPart>, AppError> {
    let provider = seller();
    let (account, reference) = match (&provider.qr_iban, &provider.iban) {
        (Some(qr), _) => (qr.clone(), Reference::qr_of(digits)),
        (None, Some(iban)) => (iban.clone(), Reference::creditor_of(digits)),
        (None, None) => return Ok(None),
    };
    let address = |p: &InvoiceParty| Address {
        name: p.name.clone(),
        street: p.street.clone(),
        postal_code: p.postal_code.clone(),
        town: p.city.clone(),
        country: p.country.clone(),
    };
    let mut bill = QrBill {
        account: account.clone(),
        creditor: address(&provider.party),
        amount: amount.cloned(),
        currency,
        debtor: Some(address(buyer)),
        reference: reference.clone(),
        message: message.clone(),
    };
    // A buyer without a postal address (or with characters the standard refuses) leaves
    // "payable by" blank, for the payer to fill in, as the standard allows.
    let payload = match bill.payload() {
        Err(QrBillError::Field("debtor")) => {
            bill.debtor = None;
            bill.payload()
        }
        other => other,
    }
    .map_err(|e| crate::api::ssr::internal(&e.to_string()))?;
    let place = |p: &InvoiceParty| format!("{} {}", p.postal_code, p.city).trim().to_owned();
    let mut account_lines = vec![account.to_string(), provider.party.name.clone()];
    account_lines.extend([provider.party.street.clone(), place(&provider.party)]);
    let debtor_lines = match bill.debtor {
        Some(_) => vec![buyer.name.clone(), buyer.street.clone(), place(buyer)]
            .into_iter()
            .filter(|l| !l.is_empty())
            .collect(),
        None => Vec::new(),
    };
    Ok(Some(PaymentPart {
        payload,
        labels: qr_labels(lang),
        account_lines,
        reference: reference.map(|r| r.printed()),
        additional_information: message,
        debtor_lines,
        currency: currency.code().to_owned(),
        // Empty: the layout draws the blank field the payer writes the amount in.
        amount: amount.map(printed_amount).unwrap_or_default(),
    }))
}

fn qr_labels(lang: Lang) -> PaymentPartLabels {
    PaymentPartLabels {
        receipt: tr_in(lang, "doc-qr-receipt", &[]),
        payment_part: tr_in(lang, "doc-qr-payment-part", &[]),
        account: tr_in(lang, "doc-qr-account", &[]),
        reference: tr_in(lang, "doc-qr-reference", &[]),
        additional_information: tr_in(lang, "doc-qr-additional-information", &[]),
        payable_by: tr_in(lang, "doc-qr-payable-by", &[]),
        currency: tr_in(lang, "doc-qr-currency", &[]),
        amount: tr_in(lang, "doc-qr-amount", &[]),
        acceptance_point: tr_in(lang, "doc-qr-acceptance-point", &[]),
        separate: tr_in(lang, "doc-qr-separate", &[]),
        code_description: tr_in(lang, "doc-qr-code", &[]),
    }
}
