//! Crediting an issued invoice (the provider's operator, `mandant invoices credit`): the
//! credit note annuls it whole — a paid invoice's amount goes back to the organisation's
//! prepaid balance, an unpaid one is cancelled — and prints as a PDF that names the invoice
//! it corrects, with its lines and totals negated, in the reader's language.

use super::invoice_documents::{
    columns, line, page_label, party_lines, render, totals, vat_note, Pdf,
};
use crate::i18n::tr_in;
use db::credit_notes::{Credited, Refusal};
use db::{Db, OrgScope, SystemScope};
use documents::InvoiceDoc;
use domain::datetime::Region;
use domain::dto::QuoteLine;
use domain::ids::CreditNoteId;
use domain::money::Money;
use domain::AppError;

/// At most this many characters of reason.
pub const MAX_REASON_CHARS: usize = 500;

/// Issues the credit note of the invoice numbered `invoice`, for `reason`, in one
/// transaction; a refusal changes nothing.
pub async fn credit(
    db: &Db,
    operator: &SystemScope,
    invoice: &str,
    reason: &str,
) -> Result<Result<Credited, Refusal>, AppError> {
    let reason = reason.split_whitespace().collect::<Vec<_>>().join(" ");
    if reason.is_empty() || reason.chars().count() > MAX_REASON_CHARS {
        return Ok(Err("reason-required"));
    }
    let mut tx = db.begin().await?;
    let credited = db::credit_notes::credit(&mut tx, operator, invoice.trim(), &reason).await?;
    if credited.is_ok() {
        tx.commit().await?;
    }
    Ok(credited)
}

/// The opposite of `money` (`Money::checked_neg`), as the credit note prints it.
fn negated(money: &Money) -> Result<Money, AppError> {
    money
        .checked_neg()
        .map_err(|e| crate::api::ssr::internal(&e.to_string()))
}

/// The organisation's credit note `id` as a PDF; not found for another organisation's.
pub async fn credit_note_pdf(
    db: &Db,
    scope: &OrgScope,
    id: CreditNoteId,
    reader: &Region,
) -> Result<Pdf, AppError> {
    let note = db::credit_notes::get(db, scope, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let invoice = db::invoices::document(db, scope, note.invoice)
        .await?
        .ok_or(AppError::NotFound)?;
    let lang = reader.lang;
    let facts = vec![
        (
            tr_in(lang, "doc-credit-note-number", &[]),
            note.number.clone(),
        ),
        (tr_in(lang, "doc-issued", &[]), reader.date(note.issued_at)),
        (
            tr_in(lang, "doc-credit-note-for", &[]),
            tr_in(
                lang,
                "doc-credit-note-invoice",
                &[
                    ("number", invoice.number.clone()),
                    ("date", reader.date(invoice.issued_at)),
                ],
            ),
        ),
    ];
    let lines: Vec<QuoteLine> = invoice
        .lines
        .iter()
        .map(|l| {
            Ok(QuoteLine {
                net: negated(&l.net)?,
                tax: negated(&l.tax)?,
                gross: negated(&l.gross)?,
                ..l.clone()
            })
        })
        .collect::<Result<_, AppError>>()?;
    let mut notes = vec![tr_in(
        lang,
        "doc-credit-note-reason",
        &[("reason", note.reason.clone())],
    )];
    if note.refunded.minor > 0 {
        notes.push(tr_in(
            lang,
            "doc-credit-note-refunded",
            &[("amount", reader.money(&note.refunded))],
        ));
    } else {
        notes.push(tr_in(lang, "doc-credit-note-cancelled", &[]));
    }
    notes.extend(vat_note(lang, &invoice.vat_treatment));
    let number = note.number.clone();
    let doc = InvoiceDoc {
        lang: lang.code().to_owned(),
        title: tr_in(lang, "doc-credit-note-title", &[("number", number.clone())]),
        heading: tr_in(lang, "doc-credit-note", &[]),
        seller: party_lines(lang, &invoice.seller),
        buyer: party_lines(lang, &invoice.buyer),
        facts,
        columns: columns(lang),
        lines: lines.iter().map(|l| line(reader, l)).collect(),
        totals: totals(
            reader,
            &lines,
            &negated(&invoice.net)?,
            &negated(&invoice.gross)?,
        )?,
        notes,
        first_note_strong: false,
        page_label: page_label(lang),
        payment_part: None,
    };
    let file_name = format!(
        "{}.pdf",
        tr_in(lang, "doc-credit-note-file", &[("number", number)])
    );
    render(&doc, file_name)
}
