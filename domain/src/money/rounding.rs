//! Rounding to the minor unit and to the cash increment. All in integers: a rate is in
//! basis points (8.1 % = 810) and the exact product is formed in `i128` before rounding.

use super::{Money, MoneyError};

/// `n / d` rounded half away from zero ("commercial" rounding: 2.5 → 3, −2.5 → −3), for
/// `d > 0`. Symmetric around zero, so a credit is always the exact negation of its debit.
pub(crate) fn div_round_half_away(n: i128, d: i128) -> i128 {
    debug_assert!(d > 0);
    let (q, r) = (n / d, n % d);
    if 2 * r.abs() >= d {
        q + n.signum()
    } else {
        q
    }
}

fn to_minor(value: i128) -> Result<i64, MoneyError> {
    i64::try_from(value).map_err(|_| MoneyError::Overflow)
}

impl Money {
    /// `basis_points / 10 000` of this amount (810 → 8.1 %), rounded half away from zero
    /// to the minor unit: CHF 59.70 × 8.1 % = 4.8357 → 4.84; 0.5 Rappen rounds up,
    /// −0.5 Rappen to −1.
    pub fn percentage(&self, basis_points: u32) -> Result<Money, MoneyError> {
        let exact = i128::from(self.minor) * i128::from(basis_points);
        let minor = to_minor(div_round_half_away(exact, 10_000))?;
        Ok(Money::new(minor, self.currency))
    }

    /// The nearest amount payable in coins, halves away from zero: CHF to 0.05
    /// (10.02 → 10.00, 10.03 → 10.05, 10.07 → 10.05, 10.08 → 10.10). Currencies without a
    /// cash increment are returned unchanged. Only for payable totals; see the module
    /// documentation for when.
    pub fn round_to_cash(&self) -> Result<Money, MoneyError> {
        let Some(step) = self.currency.cash_increment() else {
            return Ok(self.clone());
        };
        let step = i128::from(step);
        let minor = to_minor(div_round_half_away(i128::from(self.minor), step) * step)?;
        Ok(Money::new(minor, self.currency))
    }
}

/// Whether an invoice's payable total is rounded to the cash increment.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CashRounding {
    /// Pay to the minor unit: transfers, cards, QR-bills. The default.
    #[default]
    Exact,
    /// Round the payable total with [`Money::round_to_cash`] (CHF to 0.05); no effect on
    /// currencies without a cash increment.
    ToCash,
}

impl CashRounding {
    pub fn apply(self, total: &Money) -> Result<Money, MoneyError> {
        match self {
            CashRounding::Exact => Ok(total.clone()),
            CashRounding::ToCash => total.round_to_cash(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::Currency;

    fn chf(minor: i64) -> Money {
        Money::new(minor, Currency::Chf)
    }

    #[test]
    fn halves_round_away_from_zero() {
        assert_eq!(div_round_half_away(25, 10), 3);
        assert_eq!(div_round_half_away(24, 10), 2);
        assert_eq!(div_round_half_away(-25, 10), -3);
        assert_eq!(div_round_half_away(-24, 10), -2);
        assert_eq!(div_round_half_away(0, 10), 0);
    }

    #[test]
    fn percentages_round_to_the_minor_unit() {
        // CHF 59.70 at 8.1 % = 4.8357
        assert_eq!(chf(5970).percentage(810), Ok(chf(484)));
        // CHF 0.50 at 1 % = 0.005 → 0.01 (half up); the credit mirrors it.
        assert_eq!(chf(50).percentage(100), Ok(chf(1)));
        assert_eq!(chf(-50).percentage(100), Ok(chf(-1)));
        // CHF 0.49 at 1 % = 0.0049 → 0.00
        assert_eq!(chf(49).percentage(100), Ok(chf(0)));
        // CHF 12.35 at 7.7 % = 0.95095 → 0.95
        assert_eq!(chf(1235).percentage(770), Ok(chf(95)));
        assert_eq!(
            chf(i64::MAX).percentage(810),
            Ok(chf(747_093_134_985_236_840))
        );
        assert_eq!(chf(i64::MAX).percentage(20_000), Err(MoneyError::Overflow));
    }

    #[test]
    fn francs_round_to_five_rappen_for_cash() {
        let cases = [
            (1000, 1000),
            (1001, 1000),
            (1002, 1000),
            (1003, 1005),
            (1004, 1005),
            (1007, 1005),
            (1008, 1010),
            (1075, 1075),
            (1077, 1075),
            (1078, 1080),
            (-1003, -1005),
            (-1002, -1000),
        ];
        for (minor, cash) in cases {
            assert_eq!(chf(minor).round_to_cash(), Ok(chf(cash)), "{minor}");
        }
    }

    #[test]
    fn euros_and_exact_totals_are_not_cash_rounded() {
        let eur = Money::new(1003, Currency::Eur);
        assert_eq!(eur.round_to_cash(), Ok(eur.clone()));
        assert_eq!(CashRounding::ToCash.apply(&eur), Ok(eur));
        assert_eq!(CashRounding::Exact.apply(&chf(1003)), Ok(chf(1003)));
        assert_eq!(CashRounding::ToCash.apply(&chf(1003)), Ok(chf(1005)));
        assert_eq!(CashRounding::default(), CashRounding::Exact);
        assert_eq!(chf(i64::MIN).round_to_cash(), Err(MoneyError::Overflow));
    }
}
