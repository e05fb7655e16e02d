//! The deposit slip: a document with the QR-bill payment part for depositing any amount
//! to the organisation's prepaid account by bank transfer. Its reference is made of the
//! organisation's standing deposit number, so every transfer with it is credited to this
//! organisation by the camt.054 import (`transfers`); the amount is left blank for the payer.

use super::invoice_documents::{columns, page_label, party_lines, qr_part, render, Pdf};
use super::transfers::deposit_digits;
use crate::i18n::tr_in;
use crate::seller::seller;
use db::{Db, OrgScope};
use documents::InvoiceDoc;
use domain::datetime::Region;
use domain::dto::InvoiceParty;
use domain::money::{Currency, Money};
use domain::prepaid::{MAX_DEPOSIT_MINOR, MIN_DEPOSIT_MINOR};
use domain::AppError;

/// The organisation's deposit slip as a PDF, in the reader's language; not found when the
/// provider has no account to be paid on.
pub async fn deposit_slip_pdf(db: &Db, scope: &OrgScope, reader: &Region) -> Result<Pdf, AppError> {
    let number = db::deposits::number(db, scope).await?;
    let details = db::org_settings::details(db, scope).await?;
    let currency = Currency::from_code(&details.currency)
        .ok_or_else(|| crate::api::ssr::internal("organisation currency"))?;
    let buyer = InvoiceParty {
        name: details.name.clone(),
        street: details.address.street.clone(),
        postal_code: details.address.postal_code.clone(),
        city: details.address.city.clone(),
        country: details.address.country.clone(),
        vat_number: None,
    };
    let lang = reader.lang;
    let message = tr_in(lang, "doc-deposit-message", &[]);
    let part = qr_part(
        lang,
        &deposit_digits(number),
        None,
        currency,
        &buyer,
        message,
    )?
    .ok_or(AppError::NotFound)?;
    let reference = part.reference.clone().unwrap_or_default();
    let facts = vec![
        (tr_in(lang, "doc-qr-reference", &[]), reference),
        (
            tr_in(lang, "doc-qr-currency", &[]),
            currency.code().to_owned(),
        ),
        (tr_in(lang, "doc-issued", &[]), reader.date(db.now_ms())),
    ];
    let limits = [
        (
            "min",
            reader.money(&Money::new(MIN_DEPOSIT_MINOR, currency)),
        ),
        (
            "max",
            reader.money(&Money::new(MAX_DEPOSIT_MINOR, currency)),
        ),
    ];
    let doc = InvoiceDoc {
        lang: lang.code().to_owned(),
        title: tr_in(lang, "doc-deposit-title", &[]),
        heading: tr_in(lang, "doc-deposit", &[]),
        seller: party_lines(lang, &seller().party),
        buyer: party_lines(lang, &buyer),
        facts,
        columns: columns(lang),
        lines: Vec::new(),
        totals: Vec::new(),
        notes: vec![tr_in(lang, "doc-note-deposit", &limits)],
        first_note_strong: false,
        page_label: page_label(lang),
        payment_part: Some(part),
    };
    let file_name = format!("{}.pdf", tr_in(lang, "doc-deposit-file", &[]));
    render(&doc, file_name)
}
