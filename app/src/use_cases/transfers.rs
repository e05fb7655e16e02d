//! Bank transfers, recorded from the bank's camt.054 notification: each booked credit is
//! matched to the order its reference names (the QR or creditor reference of the order's
//! pro forma), and, when the amount is the order's to the cent, the payment, the order
//! becoming paid and its invoice commit together — as a card payment's do (`payments`).
//! Nothing is guessed: an amount that differs, or a reference that names no order, is
//! reported and changes nothing; a notification imported twice records each credit once;
//! money for an order paid or expired meanwhile goes to the prepaid balance. A reference made
//! of an organisation's deposit number (its deposit slip) credits that organisation's prepaid
//! balance, within the deposit limits and in its currency.

use crate::payments::camt054::Credit;
use db::{Db, SystemScope};
use domain::money::Money;
use domain::order::{order_number, PaymentMethod};
use domain::qr_bill::Reference;
use domain::AppError;

/// What became of one credit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The order is paid and invoiced.
    Paid { order: String },
    /// The order was paid or expired meanwhile: the money is on its prepaid balance.
    Credited { order: String },
    /// This credit was recorded by an earlier import.
    AlreadyRecorded,
    /// The amount is not the order's: for a person to look at.
    AmountMismatch { order: String, expected: Money },
    /// No reference, or one that names no order.
    Unmatched,
    /// Credited to the prepaid balance of the organisation whose deposit slip it paid.
    Deposited { number: i64 },
    /// A deposit outside 0.10–9 999.00 or in another currency: for a person to look at.
    DepositRefused { number: i64 },
}

/// The digits of a deposit slip's reference: `9999` and the organisation's deposit number
/// (no order is numbered in the year 9999).
pub fn deposit_digits(number: i64) -> String {
    format!("9999{number:08}")
}

/// The deposit number a deposit slip's reference was made of.
pub fn deposit_number_of(reference: &str) -> Option<i64> {
    digits_of(reference)?.strip_prefix("9999")?.parse().ok()
}

/// The digits a QR reference (without its leading zeros and check digit) or a creditor
/// reference (after `RFnn`) was made of.
fn digits_of(reference: &str) -> Option<String> {
    Some(match Reference::parse(reference)? {
        Reference::Qr(r) => r[..26].trim_start_matches('0').to_owned(),
        Reference::Creditor(r) => r[4..].to_owned(),
    })
}

/// The order number a pro forma's reference was made of (`O-2026-000018` from
/// `…20260000182` or `RF…2026000018`).
pub fn order_number_of(reference: &str) -> Option<String> {
    let digits = digits_of(reference)?;
    if digits.len() < 5 || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let year: i32 = digits[..4].parse().ok()?;
    let number: i64 = digits[4..].parse().ok()?;
    Some(order_number(year, number))
}

/// Records `credits` one by one, each in its own transaction; answers their outcomes in
/// the same order.
pub async fn record(
    db: &Db,
    scope: &SystemScope,
    credits: &[Credit],
) -> Result<Vec<Outcome>, AppError> {
    let mut outcomes = Vec::with_capacity(credits.len());
    for credit in credits {
        outcomes.push(record_one(db, scope, credit).await?);
    }
    Ok(outcomes)
}

async fn record_one(db: &Db, scope: &SystemScope, credit: &Credit) -> Result<Outcome, AppError> {
    let processor = db::payments::TRANSFER_PROCESSOR;
    if db::payments::by_processor_ref(db, scope, processor, &credit.bank_reference)
        .await?
        .is_some()
    {
        return Ok(Outcome::AlreadyRecorded);
    }
    if let Some(number) = credit.reference.as_deref().and_then(deposit_number_of) {
        return deposit(db, scope, credit, number).await;
    }
    let Some(number) = credit.reference.as_deref().and_then(order_number_of) else {
        return Ok(Outcome::Unmatched);
    };
    let Some((org, order)) = db::orders::by_number_for_system(db, scope, &number).await? else {
        return Ok(Outcome::Unmatched);
    };
    if credit.amount != order.quote.gross {
        return Ok(Outcome::AmountMismatch {
            order: number,
            expected: order.quote.gross.clone(),
        });
    }
    let mut tx = db.begin().await?;
    let bank_ref = &credit.bank_reference;
    if !db::payments::record_transfer(
        &mut tx,
        scope,
        org,
        Some(order.id),
        &credit.amount,
        bank_ref,
    )
    .await?
    {
        return Ok(Outcome::AlreadyRecorded);
    }
    let paid = super::payments::settle(
        &mut tx,
        &order,
        org,
        PaymentMethod::BankTransfer,
        &credit.amount,
        0,
    )
    .await?;
    tx.commit().await?;
    if paid {
        super::fulfilment::run(db, scope, Some(order.id)).await;
        Ok(Outcome::Paid { order: number })
    } else {
        Ok(Outcome::Credited { order: number })
    }
}

/// Credits a transfer paying deposit slip `number`, once.
async fn deposit(
    db: &Db,
    scope: &SystemScope,
    credit: &Credit,
    number: i64,
) -> Result<Outcome, AppError> {
    let Some((org, currency)) = db::deposits::org_of(db, scope, number).await? else {
        return Ok(Outcome::Unmatched);
    };
    let minor = credit.amount.minor;
    let in_range =
        (domain::prepaid::MIN_DEPOSIT_MINOR..=domain::prepaid::MAX_DEPOSIT_MINOR).contains(&minor);
    if credit.amount.currency != currency || !in_range {
        return Ok(Outcome::DepositRefused { number });
    }
    let mut tx = db.begin().await?;
    let bank_ref = &credit.bank_reference;
    if !db::deposits::record_transfer(&mut tx, scope, org, &credit.amount, bank_ref).await? {
        return Ok(Outcome::AlreadyRecorded);
    }
    tx.commit().await?;
    Ok(Outcome::Deposited { number })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::{deposit_digits, deposit_number_of, order_number_of};

    #[test]
    fn a_deposit_slips_reference_names_its_deposit_number_and_no_order() {
        let qr = domain::qr_bill::Reference::qr_of(&deposit_digits(42)).unwrap();
        assert_eq!(deposit_number_of(qr.as_str()), Some(42));
        let rf = domain::qr_bill::Reference::creditor_of(&deposit_digits(7)).unwrap();
        assert_eq!(deposit_number_of(rf.as_str()), Some(7));
        assert_eq!(
            deposit_number_of("00 00000 00000 00002 02600 00182"),
            None,
            "an order's"
        );
    }

    #[test]
    fn both_kinds_of_reference_name_the_order_they_were_made_of() {
        assert_eq!(
            order_number_of("00 00000 00000 00002 02600 00182").as_deref(),
            Some("O-2026-000018")
        );
        assert_eq!(
            order_number_of("RF41 2026 0000 19").as_deref(),
            Some("O-2026-000019")
        );
        assert_eq!(
            order_number_of("00 00000 00000 00002 02600 00183"),
            None,
            "check digit"
        );
        let too_short = domain::qr_bill::Reference::creditor_of("1234").unwrap();
        assert_eq!(order_number_of(too_short.as_str()), None, "not an order's");
        assert_eq!(order_number_of(""), None);
    }
}
