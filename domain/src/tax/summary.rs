//! An invoice's VAT summary: lines grouped by rate (reverse charge and export apart), and
//! the totals. Tax is rounded per line, and a group's tax is the sum of its lines' taxes;
//! see the `tax` module documentation for why.

use super::line::TaxLine;
use super::TaxRate;
use crate::money::{CashRounding, Currency, Money, MoneyError};
use std::collections::BTreeMap;

/// Taxable base and tax of one rate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RateGroup {
    pub rate: TaxRate,
    pub base: Money,
    pub tax: Money,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaxSummary {
    currency: Currency,
    groups: Vec<RateGroup>,
    net: Money,
    tax: Money,
    gross: Money,
}

/// What the customer pays: the tax-inclusive total, adjusted by cash rounding if asked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Payable {
    /// `amount − total`; shown as its own line, outside the VAT base.
    pub rounding: Money,
    pub amount: Money,
}

impl TaxSummary {
    /// Groups `lines`, all of which must be in `currency`. Groups come in a fixed order:
    /// taxed rates ascending, then reverse charge, then export.
    pub fn of<'a, I>(currency: Currency, lines: I) -> Result<TaxSummary, MoneyError>
    where
        I: IntoIterator<Item = &'a TaxLine>,
    {
        let mut by_rate: BTreeMap<TaxRate, (Money, Money)> = BTreeMap::new();
        for line in lines {
            let zero = || (Money::zero(currency), Money::zero(currency));
            let (base, tax) = by_rate.entry(line.rate()).or_insert_with(zero);
            *base = base.checked_add(line.net())?;
            *tax = tax.checked_add(line.tax())?;
        }
        let groups: Vec<RateGroup> = by_rate
            .into_iter()
            .map(|(rate, (base, tax))| RateGroup { rate, base, tax })
            .collect();
        let net = Money::sum(currency, groups.iter().map(|g| &g.base))?;
        let tax = Money::sum(currency, groups.iter().map(|g| &g.tax))?;
        let gross = net.checked_add(&tax)?;
        Ok(TaxSummary {
            currency,
            groups,
            net,
            tax,
            gross,
        })
    }

    pub fn currency(&self) -> Currency {
        self.currency
    }

    pub fn groups(&self) -> &[RateGroup] {
        &self.groups
    }

    /// Sum of the groups' bases.
    pub fn net(&self) -> &Money {
        &self.net
    }

    /// Sum of the groups' taxes.
    pub fn tax(&self) -> &Money {
        &self.tax
    }

    /// `net + tax`, exactly; also the sum of the lines' inclusive amounts.
    pub fn gross(&self) -> &Money {
        &self.gross
    }

    /// Whether any line is reverse-charged (the invoice must then say so).
    pub fn has_reverse_charge(&self) -> bool {
        self.groups.iter().any(|g| g.rate.is_reverse_charge())
    }

    /// The amount to pay. [`CashRounding::ToCash`] rounds a CHF total to 0.05; the tax and
    /// bases stay exact.
    pub fn payable(&self, rounding: CashRounding) -> Result<Payable, MoneyError> {
        let amount = rounding.apply(&self.gross)?;
        Ok(Payable {
            rounding: amount.checked_sub(&self.gross)?,
            amount,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chf(minor: i64) -> Money {
        Money::new(minor, Currency::Chf)
    }

    fn net(unit: i64, qty: i64, rate: TaxRate) -> TaxLine {
        TaxLine::from_net(chf(unit), qty, rate).unwrap()
    }

    fn group(g: &RateGroup) -> (TaxRate, i64, i64) {
        (g.rate, g.base.minor, g.tax.minor)
    }

    #[test]
    fn lines_are_grouped_per_rate_and_totals_add_up_exactly() {
        let full = TaxRate::standard(810);
        let reduced = TaxRate::standard(260);
        let lines = [
            net(1990, 3, full),                               // 59.70 + 4.84
            net(500, 1, full),                                // 5.00 + 0.41
            net(1200, 2, reduced),                            // 24.00 + 0.62 (0.624)
            net(500, -1, full),                               // −5.00 − 0.41
            TaxLine::from_gross(chf(1990), 1, full).unwrap(), // 18.41 + 1.49
            net(3000, 1, TaxRate::REVERSE_CHARGE),            // 30.00 + 0
        ];
        let s = TaxSummary::of(Currency::Chf, &lines).unwrap();
        let groups: Vec<_> = s.groups().iter().map(group).collect();
        assert_eq!(
            groups,
            [
                (reduced, 2400, 62),
                (full, 5970 + 1841, 484 + 149),
                (TaxRate::REVERSE_CHARGE, 3000, 0),
            ]
        );
        assert_eq!(
            (s.net().minor, s.tax().minor, s.gross().minor),
            (13_211, 695, 13_906)
        );
        let lines_gross = Money::sum(Currency::Chf, lines.iter().map(TaxLine::gross)).unwrap();
        assert_eq!(s.gross(), &lines_gross);
        assert!(s.has_reverse_charge());
    }

    #[test]
    fn an_empty_invoice_is_zero_in_its_currency() {
        let s = TaxSummary::of(Currency::Eur, &[]).unwrap();
        assert!(s.groups().is_empty());
        assert_eq!(s.gross(), &Money::zero(Currency::Eur));
        assert!(!s.has_reverse_charge());
    }

    #[test]
    fn totals_refuse_mixed_currencies() {
        let eur = TaxLine::from_net(Money::new(100, Currency::Eur), 1, TaxRate::EXPORT).unwrap();
        let lines = [net(100, 1, TaxRate::EXPORT), eur];
        assert_eq!(
            TaxSummary::of(Currency::Chf, &lines),
            Err(MoneyError::CurrencyMismatch {
                expected: Currency::Chf,
                found: Currency::Eur
            })
        );
    }

    #[test]
    fn cash_rounding_changes_only_the_payable_amount() {
        // 9.28 + 0.75 (0.7517) = 10.03 → 10.05 in cash
        let lines = [net(928, 1, TaxRate::standard(810))];
        let s = TaxSummary::of(Currency::Chf, &lines).unwrap();
        assert_eq!(s.gross(), &chf(1003));
        let exact = s.payable(CashRounding::Exact).unwrap();
        assert_eq!((exact.rounding.minor, exact.amount.minor), (0, 1003));
        let cash = s.payable(CashRounding::ToCash).unwrap();
        assert_eq!((cash.rounding.minor, cash.amount.minor), (2, 1005));
        assert_eq!(s.tax(), &chf(75));
        // 9.27 + 0.75 = 10.02 → 10.00
        let lines = [net(927, 1, TaxRate::standard(810))];
        let cash = TaxSummary::of(Currency::Chf, &lines)
            .unwrap()
            .payable(CashRounding::ToCash)
            .unwrap();
        assert_eq!((cash.rounding.minor, cash.amount.minor), (-2, 1000));
        // Euro totals are never cash-rounded.
        let eur = [TaxLine::from_net(Money::new(1003, Currency::Eur), 1, TaxRate::EXPORT).unwrap()];
        let s = TaxSummary::of(Currency::Eur, &eur).unwrap();
        assert_eq!(s.payable(CashRounding::ToCash).unwrap().amount.minor, 1003);
    }
}
