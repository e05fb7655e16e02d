//! Bank transfers, recorded from the bank's camt.054 notification: each booked credit is
//! matched to the order its reference names (the QR or creditor reference of the order's
//! pro forma), and, when the amount is the order's to the cent, the payment, the order
//! becoming paid and its invoice commit together — as a card payment's do (`payments`).
//! Nothing is guessed: an amount that differs, or a reference that names no order, is
//! reported and changes nothing; a notification imported twice records each credit once;
//! money for an order paid or expired meanwhile goes to the prepaid balance.

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
}

/// The order number a pro forma's reference was made of (`O-2026-000018` from
/// `…20260000182` or `RF…2026000018`).
pub fn order_number_of(reference: &str) -> Option<String> {
    let digits = match Reference::parse(reference)? {
        Reference::Qr(r) => r[..26].trim_start_matches('0').to_owned(),
        Reference::Creditor(r) => r[4..].to_owned(),
    };
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
    if !db::payments::record_transfer(&mut tx, scope, org, order.id, &credit.amount, bank_ref)
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

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::order_number_of;

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
