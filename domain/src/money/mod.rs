//! Amounts as integer minor units (Rappen, cents) of a [`Currency`], with arithmetic that
//! can neither mix currencies nor overflow silently, and their regional display.
//!
//! Rules, and why:
//! - **Integers only.** An amount is `i64` minor units; percentages are basis points.
//!   Floating point cannot represent 0.10 exactly and would make totals drift.
//! - **No silent mixing.** CHF + EUR is a bug, not a sum: [`Money::checked_add`],
//!   [`Money::checked_sub`] and [`Money::sum`] return [`MoneyError::CurrencyMismatch`].
//!   There is deliberately no `impl Add`: an operator could only panic or lie.
//! - **Overflow is an error**, never a wrap or a panic ([`MoneyError::Overflow`]).
//! - **Rounding half away from zero** to the minor unit whenever a percentage is applied
//!   ([`Money::percentage`]): 0.5 Rappen rounds up, and a credit (negative) line rounds
//!   to exactly the negation of the matching debit, so a refund reverses what was billed.
//! - **Cash rounding is separate and explicit** ([`Money::round_to_cash`], CHF to 0.05).
//!   Invoices are settled by transfer, card or QR-bill, which all pay to the Rappen, so
//!   amounts and VAT are never cash-rounded; only an invoice's payable total is, and only
//!   when asked ([`CashRounding::ToCash`]) for customers paying cash at a counter, where
//!   the smallest coin is 5 Rappen. The difference is shown as its own rounding amount,
//!   outside the VAT base (see `crate::tax`).

mod currency;
mod format;
mod rounding;

pub use currency::Currency;
pub(crate) use format::group_digits;
pub(crate) use rounding::div_round_half_away;
pub use rounding::CashRounding;

use serde::{Deserialize, Serialize};
use std::borrow::Borrow;

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Money {
    /// Minor units: Rappen, cents.
    pub minor: i64,
    pub currency: Currency,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    #[error("cannot combine {found} with {expected}")]
    CurrencyMismatch { expected: Currency, found: Currency },
    #[error("amount out of range")]
    Overflow,
}

impl Money {
    pub const fn new(minor: i64, currency: Currency) -> Self {
        Self { minor, currency }
    }

    pub const fn zero(currency: Currency) -> Self {
        Self::new(0, currency)
    }

    pub const fn is_zero(&self) -> bool {
        self.minor == 0
    }

    pub const fn is_negative(&self) -> bool {
        self.minor < 0
    }

    fn same_currency(&self, other: &Money) -> Result<(), MoneyError> {
        if self.currency == other.currency {
            Ok(())
        } else {
            Err(MoneyError::CurrencyMismatch {
                expected: self.currency,
                found: other.currency,
            })
        }
    }

    /// Same currency, same sign convention; refuses another currency.
    pub fn checked_add(&self, other: &Money) -> Result<Money, MoneyError> {
        self.same_currency(other)?;
        let minor = self
            .minor
            .checked_add(other.minor)
            .ok_or(MoneyError::Overflow)?;
        Ok(Money::new(minor, self.currency))
    }

    pub fn checked_sub(&self, other: &Money) -> Result<Money, MoneyError> {
        self.same_currency(other)?;
        let minor = self
            .minor
            .checked_sub(other.minor)
            .ok_or(MoneyError::Overflow)?;
        Ok(Money::new(minor, self.currency))
    }

    /// The opposite amount (a credit for a debit).
    pub fn checked_neg(&self) -> Result<Money, MoneyError> {
        let minor = self.minor.checked_neg().ok_or(MoneyError::Overflow)?;
        Ok(Money::new(minor, self.currency))
    }

    /// A unit price times a quantity (negative quantities credit).
    pub fn checked_mul(&self, quantity: i64) -> Result<Money, MoneyError> {
        let minor = self
            .minor
            .checked_mul(quantity)
            .ok_or(MoneyError::Overflow)?;
        Ok(Money::new(minor, self.currency))
    }

    /// Sum of `amounts`, all of which must be in `currency`; an empty list is zero in
    /// that currency. The expected currency is a parameter so that an empty list has one
    /// and the first item cannot decide it by accident.
    pub fn sum<I>(currency: Currency, amounts: I) -> Result<Money, MoneyError>
    where
        I: IntoIterator,
        I::Item: Borrow<Money>,
    {
        amounts
            .into_iter()
            .try_fold(Money::zero(currency), |acc, m| acc.checked_add(m.borrow()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chf(minor: i64) -> Money {
        Money::new(minor, Currency::Chf)
    }

    fn eur(minor: i64) -> Money {
        Money::new(minor, Currency::Eur)
    }

    #[test]
    fn adds_and_subtracts_within_one_currency() {
        assert_eq!(chf(1990).checked_add(&chf(10)), Ok(chf(2000)));
        assert_eq!(chf(1990).checked_sub(&chf(2000)), Ok(chf(-10)));
        assert_eq!(chf(1990).checked_mul(3), Ok(chf(5970)));
        assert_eq!(chf(1990).checked_mul(-1), Ok(chf(-1990)));
        assert_eq!(chf(5).checked_neg(), Ok(chf(-5)));
        assert!(Money::zero(Currency::Eur).is_zero());
        assert!(chf(-1).is_negative());
    }

    #[test]
    fn refuses_to_mix_currencies() {
        let mismatch = Err(MoneyError::CurrencyMismatch {
            expected: Currency::Chf,
            found: Currency::Eur,
        });
        assert_eq!(chf(100).checked_add(&eur(100)), mismatch);
        assert_eq!(chf(100).checked_sub(&eur(100)), mismatch);
        assert_eq!(Money::sum(Currency::Chf, [chf(1), eur(2)]), mismatch);
        // Even an empty CHF sum is not an EUR zero.
        assert_eq!(Money::sum(Currency::Chf, Vec::<Money>::new()), Ok(chf(0)));
        assert_eq!(
            Money::sum(Currency::Chf, [eur(2)].iter()),
            mismatch,
            "the expected currency decides, not the first item"
        );
    }

    #[test]
    fn sums_borrowed_or_owned_amounts() {
        let items = vec![chf(1990), chf(10), chf(-500)];
        assert_eq!(Money::sum(Currency::Chf, &items), Ok(chf(1500)));
        assert_eq!(Money::sum(Currency::Chf, items), Ok(chf(1500)));
    }

    #[test]
    fn overflow_is_an_error() {
        assert_eq!(
            chf(i64::MAX).checked_add(&chf(1)),
            Err(MoneyError::Overflow)
        );
        assert_eq!(
            chf(i64::MIN).checked_sub(&chf(1)),
            Err(MoneyError::Overflow)
        );
        assert_eq!(chf(i64::MIN).checked_neg(), Err(MoneyError::Overflow));
        assert_eq!(
            chf(i64::MAX / 2 + 1).checked_mul(2),
            Err(MoneyError::Overflow)
        );
        assert_eq!(
            Money::sum(Currency::Chf, [chf(i64::MAX), chf(1)]),
            Err(MoneyError::Overflow)
        );
    }

    #[test]
    fn serialises_with_the_currency_code() {
        let json = serde_json::to_string(&chf(12_345)).unwrap();
        assert_eq!(json, r#"{"minor":12345,"currency":"CHF"}"#);
        assert_eq!(serde_json::from_str::<Money>(&json).unwrap(), chf(12_345));
    }
}
