//! One invoice line: tax-exclusive amount, tax and tax-inclusive amount, computed once
//! from the line itself so that `net + tax == gross` always holds exactly.

use super::TaxRate;
use crate::money::{div_round_half_away, Money, MoneyError};

/// An invoice line with its tax. Built only by [`TaxLine::from_net`] or
/// [`TaxLine::from_gross`], which keep the three amounts consistent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaxLine {
    unit_price: Money,
    prices_include_tax: bool,
    quantity: i64,
    rate: TaxRate,
    net: Money,
    tax: Money,
    gross: Money,
}

impl TaxLine {
    /// From a tax-exclusive unit price: `net = unit × quantity`, `tax = net × rate`
    /// rounded half away from zero, `gross = net + tax`. CHF 19.90 × 3 at 8.1 %: net
    /// 59.70, tax 4.8357 → 4.84, gross 64.54.
    pub fn from_net(unit_price: Money, quantity: i64, rate: TaxRate) -> Result<Self, MoneyError> {
        let net = unit_price.checked_mul(quantity)?;
        let tax = net.percentage(rate.basis_points())?;
        let gross = net.checked_add(&tax)?;
        Ok(Self {
            unit_price,
            prices_include_tax: false,
            quantity,
            rate,
            net,
            tax,
            gross,
        })
    }

    /// From a tax-inclusive unit price, as consumers are quoted: `gross = unit × quantity`
    /// is kept exactly, the tax it contains is `gross × rate / (1 + rate)` rounded half
    /// away from zero, and `net = gross − tax`. CHF 19.90 incl. 8.1 %: tax 1.4911 → 1.49,
    /// net 18.41.
    pub fn from_gross(unit_price: Money, quantity: i64, rate: TaxRate) -> Result<Self, MoneyError> {
        let gross = unit_price.checked_mul(quantity)?;
        let bp = i128::from(rate.basis_points());
        let contained = div_round_half_away(i128::from(gross.minor) * bp, 10_000 + bp);
        let tax_minor = i64::try_from(contained).map_err(|_| MoneyError::Overflow)?;
        let tax = Money::new(tax_minor, gross.currency);
        let net = gross.checked_sub(&tax)?;
        Ok(Self {
            unit_price,
            prices_include_tax: true,
            quantity,
            rate,
            net,
            tax,
            gross,
        })
    }

    /// The exact opposite of `lines` together, all of one rate: its net, tax and gross are
    /// the negated sums of theirs, so the lines and this one add up to exactly zero (a
    /// discount that takes everything off several lines; a credit of one line is simply
    /// that line with the negated quantity). `None` for no lines or lines of several rates.
    pub(crate) fn reversal_of(lines: &[&TaxLine]) -> Result<Option<TaxLine>, MoneyError> {
        let Some(first) = lines.first() else {
            return Ok(None);
        };
        if lines.iter().any(|l| l.rate != first.rate) {
            return Ok(None);
        }
        let currency = first.net.currency;
        let sum = |f: fn(&TaxLine) -> &Money| {
            Money::sum(currency, lines.iter().map(|l| f(l)))?.checked_neg()
        };
        let net = sum(TaxLine::net)?;
        Ok(Some(Self {
            unit_price: net.clone(),
            prices_include_tax: false,
            quantity: 1,
            rate: first.rate,
            tax: sum(TaxLine::tax)?,
            gross: sum(TaxLine::gross)?,
            net,
        }))
    }

    /// The unit price as given (tax-inclusive when [`Self::prices_include_tax`]).
    pub fn unit_price(&self) -> &Money {
        &self.unit_price
    }

    pub fn prices_include_tax(&self) -> bool {
        self.prices_include_tax
    }

    pub fn quantity(&self) -> i64 {
        self.quantity
    }

    pub fn rate(&self) -> TaxRate {
        self.rate
    }

    /// Tax-exclusive total of the line.
    pub fn net(&self) -> &Money {
        &self.net
    }

    pub fn tax(&self) -> &Money {
        &self.tax
    }

    /// Tax-inclusive total of the line.
    pub fn gross(&self) -> &Money {
        &self.gross
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::Currency;

    fn chf(minor: i64) -> Money {
        Money::new(minor, Currency::Chf)
    }

    fn amounts(line: &TaxLine) -> (i64, i64, i64) {
        (line.net().minor, line.tax().minor, line.gross().minor)
    }

    #[test]
    fn three_items_at_swiss_vat() {
        let line = TaxLine::from_net(chf(1990), 3, TaxRate::standard(810)).unwrap();
        assert_eq!(amounts(&line), (5970, 484, 6454));
        assert_eq!(line.quantity(), 3);
        assert!(!line.prices_include_tax());
    }

    #[test]
    fn the_rate_of_the_date_changes_the_tax() {
        let before = TaxLine::from_net(chf(10_000), 1, TaxRate::standard(770)).unwrap();
        let after = TaxLine::from_net(chf(10_000), 1, TaxRate::standard(810)).unwrap();
        assert_eq!(amounts(&before), (10_000, 770, 10_770));
        assert_eq!(amounts(&after), (10_000, 810, 10_810));
    }

    #[test]
    fn half_a_rappen_rounds_away_from_zero_and_credits_mirror_debits() {
        // CHF 5.00 at 8.1 % = 0.405 → 0.41
        let debit = TaxLine::from_net(chf(500), 1, TaxRate::standard(810)).unwrap();
        assert_eq!(amounts(&debit), (500, 41, 541));
        let credit = TaxLine::from_net(chf(500), -1, TaxRate::standard(810)).unwrap();
        assert_eq!(amounts(&credit), (-500, -41, -541));
        let credit_price = TaxLine::from_net(chf(-500), 1, TaxRate::standard(810)).unwrap();
        assert_eq!(amounts(&credit_price), amounts(&credit));
        // EUR 0.50 at 19 % = 0.095 → 0.10; 0.4 of a cent → 0.
        let eur = |m| Money::new(m, Currency::Eur);
        let line = TaxLine::from_net(eur(50), 1, TaxRate::standard(1900)).unwrap();
        assert_eq!(amounts(&line), (50, 10, 60));
        let line = TaxLine::from_net(eur(2), 1, TaxRate::standard(1900)).unwrap();
        assert_eq!(amounts(&line), (2, 0, 2));
    }

    #[test]
    fn inclusive_prices_are_kept_exactly() {
        let line = TaxLine::from_gross(chf(1990), 1, TaxRate::standard(810)).unwrap();
        assert_eq!(amounts(&line), (1841, 149, 1990));
        let line = TaxLine::from_gross(chf(1990), 3, TaxRate::standard(810)).unwrap();
        assert_eq!(amounts(&line), (5523, 447, 5970));
        assert!(line.prices_include_tax());
        let credit = TaxLine::from_gross(chf(1990), -3, TaxRate::standard(810)).unwrap();
        assert_eq!(amounts(&credit), (-5523, -447, -5970));
        // Whatever the price, exclusive plus tax is the inclusive amount.
        for minor in (0..20_000).step_by(7) {
            for bp in [770, 810, 1900, 2550] {
                let l = TaxLine::from_gross(chf(minor), 1, TaxRate::standard(bp)).unwrap();
                assert_eq!(l.net().checked_add(l.tax()).unwrap(), chf(minor));
                // and the tax differs from net × rate by at most one Rappen.
                let recomputed = l.net().percentage(bp).unwrap().minor;
                assert!((recomputed - l.tax().minor).abs() <= 1, "{minor} {bp}");
            }
        }
    }

    #[test]
    fn reverse_charge_and_export_lines_carry_no_tax() {
        for rate in [TaxRate::REVERSE_CHARGE, TaxRate::EXPORT] {
            let line = TaxLine::from_net(chf(1990), 3, rate).unwrap();
            assert_eq!(amounts(&line), (5970, 0, 5970));
            let line = TaxLine::from_gross(chf(1990), 3, rate).unwrap();
            assert_eq!(amounts(&line), (5970, 0, 5970));
        }
    }

    #[test]
    fn a_reversal_cancels_several_lines_exactly() {
        let rate = TaxRate::standard(810);
        // 4.00 + 0.324 → 0.32 twice; 8.00 × 8.1 % would be 0.648 → 0.65.
        let a = TaxLine::from_net(chf(400), 1, rate).unwrap();
        let b = TaxLine::from_net(chf(400), 1, rate).unwrap();
        let r = TaxLine::reversal_of(&[&a, &b]).unwrap().unwrap();
        assert_eq!(amounts(&r), (-800, -64, -864));
        assert_eq!(r.quantity(), 1);
        let other = TaxLine::from_net(chf(400), 1, TaxRate::EXPORT).unwrap();
        assert_eq!(TaxLine::reversal_of(&[&a, &other]), Ok(None));
        assert_eq!(TaxLine::reversal_of(&[]), Ok(None));
    }

    #[test]
    fn overflow_is_reported() {
        let huge = TaxLine::from_net(chf(i64::MAX), 2, TaxRate::standard(810));
        assert_eq!(huge, Err(MoneyError::Overflow));
        let huge = TaxLine::from_net(chf(i64::MAX - 10), 1, TaxRate::standard(810));
        assert_eq!(huge, Err(MoneyError::Overflow));
    }
}
