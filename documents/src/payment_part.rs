//! The QR-bill payment part (Swiss Payment Standards, *Style Guide QR-bill*): the bottom
//! 105 mm of the page, a 62 mm receipt on the left and the 148 mm payment part with the
//! 46 mm Swiss QR Code (error correction M, the Swiss cross in its centre), dashed
//! separation lines around them, and the fixed headings in the document's language.

use crate::canvas::{Align, Canvas, Weight};
use crate::invoice::PaymentPart;
use crate::DocumentError;
use krilla::tagging::{Identifier, Node, Tag, TagGroup};
use qrcode::{Color, EcLevel, QrCode};
use std::num::NonZeroU16;

const RECEIPT_W: f32 = 62.0;
const CODE_SIZE: f32 = 46.0;
const CROSS_SIZE: f32 = 7.0;

fn group(tag: impl Into<krilla::tagging::TagKind>, ids: Vec<Identifier>) -> TagGroup {
    TagGroup::with_children(tag, ids.into_iter().map(Node::from).collect())
}

/// One block of the information section: a heading and its lines, or without lines a
/// blank field of this size (mm) for the payer to fill in by hand.
struct Block<'a> {
    heading: &'a str,
    lines: &'a [String],
    blank: (f32, f32),
}

/// Sizes of one side: heading and value font sizes, and the steps between their lines.
struct Side {
    x: f32,
    heading: f32,
    value: f32,
    step: f32,
    gap: f32,
}

fn blocks(canvas: &mut Canvas, side: &Side, mut y: f32, blocks: &[Block]) -> Vec<TagGroup> {
    let mut groups = Vec::new();
    for block in blocks {
        let mut ids = vec![canvas.text(
            side.x,
            y,
            side.heading,
            Weight::Bold,
            Align::Left,
            block.heading,
        )];
        y += side.step;
        for line in block.lines {
            ids.push(canvas.text(side.x, y, side.value, Weight::Regular, Align::Left, line));
            y += side.step;
        }
        if block.lines.is_empty() {
            corners(canvas, side.x, y - side.step + 1.0, block.blank);
            y += block.blank.1;
        }
        y += side.gap;
        groups.push(group(Tag::P, ids));
    }
    groups
}

/// A blank field's four corner marks (3 mm arms), as the style guide draws them.
fn corners(canvas: &mut Canvas, x: f32, y: f32, (w, h): (f32, f32)) {
    let arm = 3.0;
    for (cx, cy, dx, dy) in [
        (x, y, 1.0, 1.0),
        (x + w, y, -1.0, 1.0),
        (x, y + h, 1.0, -1.0),
        (x + w, y + h, -1.0, -1.0),
    ] {
        canvas.rule((cx, cy), (cx + dx * arm, cy), 0.75, false);
        canvas.rule((cx, cy), (cx, cy + dy * arm), 0.75, false);
    }
}

/// Draws the payment part with its top edge at `top` mm; returns its tag group.
pub fn draw(canvas: &mut Canvas, part: &PaymentPart, top: f32) -> Result<TagGroup, DocumentError> {
    let labels = &part.labels;
    let mut root = TagGroup::new(Tag::Part);
    // Separation lines, with the instruction to cut along them above the top one.
    canvas.rule((0.0, top), (210.0, top), 0.5, true);
    canvas.rule((RECEIPT_W, top), (RECEIPT_W, 297.0), 0.5, true);
    let cut = canvas.text(
        105.0 + canvas.face(Weight::Regular).width(&labels.separate, 7.0) / 2.0 / crate::canvas::MM,
        top - 1.5,
        7.0,
        Weight::Regular,
        Align::Right,
        &labels.separate,
    );
    root.push(group(Tag::P, vec![cut]));

    let reference = part.reference.clone().map(|r| vec![r]);
    let debtor_or_blank: &[String] = &part.debtor_lines;

    // The receipt.
    let receipt = Side {
        x: 5.0,
        heading: 6.0,
        value: 8.0,
        step: 3.3,
        gap: 1.6,
    };
    let title = canvas.text(
        receipt.x,
        top + 9.0,
        11.0,
        Weight::Bold,
        Align::Left,
        &labels.receipt,
    );
    let receipt_title = group(
        Tag::Hn(heading_level(), Some(labels.receipt.clone())),
        vec![title],
    );
    let mut receipt_blocks = vec![Block {
        heading: &labels.account,
        lines: &part.account_lines,
        blank: (0.0, 0.0),
    }];
    if let Some(r) = &reference {
        receipt_blocks.push(Block {
            heading: &labels.reference,
            lines: r,
            blank: (0.0, 0.0),
        });
    }
    receipt_blocks.push(Block {
        heading: &labels.payable_by,
        lines: debtor_or_blank,
        blank: (52.0, 20.0),
    });
    let mut receipt_part = TagGroup::new(Tag::Div);
    receipt_part.push(receipt_title);
    for g in blocks(canvas, &receipt, top + 15.0, &receipt_blocks) {
        receipt_part.push(g);
    }
    receipt_part.push(amount(canvas, &receipt, top + 70.0, part, 12.0));
    let acceptance = canvas.text(
        RECEIPT_W - 5.0,
        top + 84.0,
        6.0,
        Weight::Bold,
        Align::Right,
        &labels.acceptance_point,
    );
    receipt_part.push(group(Tag::P, vec![acceptance]));
    root.push(receipt_part);

    // The payment part.
    let x = RECEIPT_W + 5.0;
    let mut payment = TagGroup::new(Tag::Div);
    let title = canvas.text(
        x,
        top + 9.0,
        11.0,
        Weight::Bold,
        Align::Left,
        &labels.payment_part,
    );
    payment.push(group(
        Tag::Hn(heading_level(), Some(labels.payment_part.clone())),
        vec![title],
    ));
    payment.push(code(canvas, part, x, top + 17.0)?);
    let side = Side {
        x,
        heading: 8.0,
        value: 10.0,
        step: 4.0,
        gap: 2.2,
    };
    payment.push(amount(canvas, &side, top + 70.0, part, 14.0));
    let info = Side {
        x: RECEIPT_W + 56.0,
        ..side
    };
    let additional = (!part.additional_information.is_empty())
        .then(|| vec![part.additional_information.clone()]);
    let mut info_blocks = vec![Block {
        heading: &labels.account,
        lines: &part.account_lines,
        blank: (0.0, 0.0),
    }];
    if let Some(r) = &reference {
        info_blocks.push(Block {
            heading: &labels.reference,
            lines: r,
            blank: (0.0, 0.0),
        });
    }
    if let Some(a) = &additional {
        info_blocks.push(Block {
            heading: &labels.additional_information,
            lines: a,
            blank: (0.0, 0.0),
        });
    }
    info_blocks.push(Block {
        heading: &labels.payable_by,
        lines: debtor_or_blank,
        blank: (65.0, 25.0),
    });
    for g in blocks(canvas, &info, top + 7.0, &info_blocks) {
        payment.push(g);
    }
    root.push(payment);
    Ok(root)
}

fn heading_level() -> NonZeroU16 {
    NonZeroU16::new(2).unwrap_or(NonZeroU16::MIN)
}

/// The currency and amount, headings above values; `amount_x` is the amount's offset.
fn amount(canvas: &mut Canvas, side: &Side, y: f32, part: &PaymentPart, amount_x: f32) -> TagGroup {
    if part.amount.is_empty() {
        // No amount: a blank field the payer writes it in (30 × 10 mm on the receipt,
        // 40 × 15 mm on the payment part), right of the currency, as the style guide draws.
        // Right-aligned in its column: the receipt's is 52 mm wide, the payment part's 51.
        // On the receipt it stands right of the headings, on the payment part below them.
        let (dx, dy, size) = if amount_x < 13.0 {
            (22.0, -2.5, (30.0, 10.0))
        } else {
            (11.0, 1.5, (40.0, 15.0))
        };
        corners(canvas, side.x + dx, y + dy, size);
    }
    let labels = &part.labels;
    let ids = vec![
        canvas.text(
            side.x,
            y,
            side.heading,
            Weight::Bold,
            Align::Left,
            &labels.currency,
        ),
        canvas.text(
            side.x + amount_x,
            y,
            side.heading,
            Weight::Bold,
            Align::Left,
            &labels.amount,
        ),
        canvas.text(
            side.x,
            y + side.step + 0.5,
            side.value,
            Weight::Regular,
            Align::Left,
            &part.currency,
        ),
        canvas.text(
            side.x + amount_x,
            y + side.step + 0.5,
            side.value,
            Weight::Regular,
            Align::Left,
            &part.amount,
        ),
    ];
    group(Tag::P, ids)
}

/// Boxes of one grey (0 black … 255 white), in mm from the code's top-left corner.
pub(crate) struct Layer {
    pub grey: u8,
    pub boxes: Vec<(f32, f32, f32, f32)>,
}

/// The code's dark modules, then the cross over its centre: a white border, a black square,
/// a white cross of the flag's proportions. Drawn in this order.
pub(crate) fn code_layers(payload: &str) -> Result<Vec<Layer>, DocumentError> {
    let code = QrCode::with_error_correction_level(payload.as_bytes(), EcLevel::M)
        .map_err(|e| DocumentError::QrCode(e.to_string()))?;
    let width = code.width();
    let module = CODE_SIZE / width as f32;
    let modules = code
        .to_colors()
        .iter()
        .enumerate()
        .filter(|(_, c)| **c == Color::Dark)
        .map(|(i, _)| {
            let (col, row) = ((i % width) as f32, (i / width) as f32);
            // A hair wider than a module, so neighbours join without seams.
            (col * module, row * module, module + 0.01, module + 0.01)
        })
        .collect();
    let c = CODE_SIZE / 2.0;
    let half = CROSS_SIZE / 2.0;
    let black = CROSS_SIZE - 1.0;
    let arm = black * 6.0 / 32.0;
    let length = black * 20.0 / 32.0;
    Ok(vec![
        Layer {
            grey: 0,
            boxes: modules,
        },
        Layer {
            grey: 255,
            boxes: vec![(c - half, c - half, CROSS_SIZE, CROSS_SIZE)],
        },
        Layer {
            grey: 0,
            boxes: vec![(c - black / 2.0, c - black / 2.0, black, black)],
        },
        Layer {
            grey: 255,
            boxes: vec![
                (c - arm / 2.0, c - length / 2.0, arm, length),
                (c - length / 2.0, c - arm / 2.0, length, arm),
            ],
        },
    ])
}

/// The Swiss QR Code at (`x`, `y`), 46 mm square; the modules are the figure's content,
/// the cross an artifact over them.
fn code(
    canvas: &mut Canvas,
    part: &PaymentPart,
    x: f32,
    y: f32,
) -> Result<TagGroup, DocumentError> {
    let mut figure = None;
    for (i, layer) in code_layers(&part.payload)?.into_iter().enumerate() {
        let boxes: Vec<_> = layer
            .boxes
            .iter()
            .map(|&(bx, by, w, h)| (x + bx, y + by, w, h))
            .collect();
        let id = canvas.boxes(&boxes, layer.grey, i == 0);
        figure.get_or_insert(id);
    }
    let ids = figure.into_iter().collect();
    Ok(group(
        Tag::Figure(Some(part.labels.code_description.clone())),
        ids,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Paints the layers at `px` pixels per mm inside a 10 mm quiet zone and decodes the
    /// picture as a phone's banking app would.
    fn scan(payload: &str, px: f32) -> Option<String> {
        let layers = code_layers(payload).ok()?;
        let side = ((CODE_SIZE + 20.0) * px) as usize;
        let mut pixels = vec![255u8; side * side];
        for layer in &layers {
            for &(x, y, w, h) in &layer.boxes {
                let to_px = |mm: f32| (((mm + 10.0) * px).round() as usize).min(side);
                for row in to_px(y)..to_px(y + h) {
                    pixels[row * side + to_px(x)..row * side + to_px(x + w)].fill(layer.grey);
                }
            }
        }
        let mut image =
            rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| pixels[y * side + x]);
        let grids = image.detect_grids();
        grids.first()?.decode().ok().map(|(_, text)| text)
    }

    #[test]
    fn the_code_still_scans_to_its_text_with_the_swiss_cross_over_it() {
        let payload = "SPC\n0200\n1\nCH4431999123000889012\nS\nHébergeur SA\nRue du Marché 1\n\n1204\nGenève\nCH\n\n\n\n\n\n\n\n1949.75\nCHF\nS\nPia-Maria Rutschmann-Schnyder\nGrosse Marktgasse 28\n\n9400\nRorschach\nCH\nQRR\n210000000003139471430009017\nCommande O-2026-000017\nEPD";
        for px in [4.0, 6.0, 10.0] {
            assert_eq!(scan(payload, px).as_deref(), Some(payload), "at {px} px/mm");
        }
    }
}
