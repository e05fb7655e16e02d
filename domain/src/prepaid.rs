//! The prepaid account: money an organisation pays in ahead, to pay orders from.
//!
//! A deposit is between [`MIN_DEPOSIT_MINOR`] and [`MAX_DEPOSIT_MINOR`] (0.10 to 9 999.00 in
//! the organisation's currency, CHF or EUR), typed with at most two decimals.

use crate::cart::promotion::parse_amount;
use crate::money::{Currency, Money};
use crate::order::PaymentMethod;

/// The methods a deposit in `currency` can be paid with, on the processor's page: card, and
/// PostFinance Card in Swiss francs.
pub fn deposit_methods(currency: Currency) -> Vec<PaymentMethod> {
    PaymentMethod::offered_in(currency)
        .into_iter()
        .filter(|m| matches!(m, PaymentMethod::Card | PaymentMethod::PostfinanceCard))
        .collect()
}

/// The smallest deposit, in minor units (0.10).
pub const MIN_DEPOSIT_MINOR: i64 = 10;
/// The largest deposit, in minor units (9 999.00).
pub const MAX_DEPOSIT_MINOR: i64 = 999_900;

/// A typed deposit amount, or the field code saying why not (`amount-invalid`,
/// `amount-out-of-range`).
pub fn deposit_amount(text: &str, currency: Currency) -> Result<Money, &'static str> {
    let text = text.trim().replace(['\u{2019}', '\''], "");
    if text.is_empty() {
        return Err("required");
    }
    let money = parse_amount(&text.replace(',', "."), currency).ok_or("amount-invalid")?;
    if (MIN_DEPOSIT_MINOR..=MAX_DEPOSIT_MINOR).contains(&money.minor) {
        Ok(money)
    } else {
        Err("amount-out-of-range")
    }
}

/// How an amount due is paid when the payer uses the prepaid balance first: the part the
/// balance covers and the rest, for another method in the same checkout.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Split {
    pub prepaid: Money,
    pub rest: Money,
}

impl Split {
    /// `due` paid from `balance` (minor units, credit positive) as far as it goes; an empty
    /// or negative balance takes nothing.
    pub fn of(due: &Money, balance: i64) -> Split {
        let prepaid = balance.clamp(0, due.minor.max(0));
        Split {
            prepaid: Money::new(prepaid, due.currency),
            rest: Money::new(due.minor - prepaid, due.currency),
        }
    }

    /// Whether the balance pays everything (nothing is left for another method).
    pub fn covered(&self) -> bool {
        self.rest.minor == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deposits_are_by_card_and_by_postfinance_in_swiss_francs_only() {
        assert_eq!(
            deposit_methods(Currency::Chf),
            [PaymentMethod::Card, PaymentMethod::PostfinanceCard]
        );
        assert_eq!(deposit_methods(Currency::Eur), [PaymentMethod::Card]);
    }

    #[test]
    fn the_balance_pays_first_and_the_rest_is_left_for_another_method() {
        let due = Money::new(12_345, Currency::Chf);
        let part = Split::of(&due, 5_000);
        assert_eq!(part.prepaid.minor, 5_000);
        assert_eq!(part.rest.minor, 7_345);
        assert_eq!(part.prepaid.minor + part.rest.minor, due.minor);
        assert!(!part.covered());
        let whole = Split::of(&due, 20_000);
        assert_eq!((whole.prepaid.minor, whole.rest.minor), (12_345, 0));
        assert!(whole.covered());
        for balance in [0, -300] {
            let none = Split::of(&due, balance);
            assert_eq!((none.prepaid.minor, none.rest.minor), (0, 12_345));
        }
        assert_eq!(Split::of(&due, 1).rest.currency, Currency::Chf);
    }

    #[test]
    fn deposits_are_between_ten_cents_and_9999() {
        let chf = Currency::Chf;
        assert_eq!(deposit_amount("50", chf).map(|m| m.minor), Ok(5_000));
        assert_eq!(deposit_amount(" 0.10 ", chf).map(|m| m.minor), Ok(10));
        assert_eq!(deposit_amount("9999.00", chf).map(|m| m.minor), Ok(999_900));
        assert_eq!(
            deposit_amount("1’250,50", Currency::Eur).map(|m| m.minor),
            Ok(125_050)
        );
        assert_eq!(deposit_amount("0.05", chf), Err("amount-out-of-range"));
        assert_eq!(deposit_amount("10000", chf), Err("amount-out-of-range"));
        assert_eq!(deposit_amount("12.345", chf), Err("amount-invalid"));
        assert_eq!(deposit_amount("-5", chf), Err("amount-invalid"));
        assert_eq!(deposit_amount("abc", chf), Err("amount-invalid"));
        assert_eq!(deposit_amount("", chf), Err("required"));
    }
}
