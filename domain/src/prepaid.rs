//! The prepaid account: money an organisation pays in ahead, to pay orders from.
//!
//! A deposit is between [`MIN_DEPOSIT_MINOR`] and [`MAX_DEPOSIT_MINOR`] (0.10 to 9 999.00 in
//! the organisation's currency, CHF or EUR), typed with at most two decimals.

use crate::cart::promotion::parse_amount;
use crate::money::{Currency, Money};

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

#[cfg(test)]
mod tests {
    use super::*;

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
