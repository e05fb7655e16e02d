//! Amounts and whole numbers in the viewer's regional format. The number of decimals comes
//! from the currency's minor-unit exponent, not from a constant.

use super::Money;
use crate::datetime::Region;
use crate::lang::Lang;

impl Region {
    /// Grouping and decimal separators of the viewer's region.
    fn separators(&self) -> (&'static str, &'static str) {
        match (self.lang, self.country.as_str()) {
            (_, "CH" | "LI") => ("\u{2019}", "."),
            (Lang::En, _) => (",", "."),
            (Lang::Fr, _) => ("\u{202f}", ","),
            _ => (".", ","),
        }
    }

    /// A whole number with the region's digit grouping.
    pub fn integer(&self, value: i64) -> String {
        let (group, _) = self.separators();
        group_digits(value.unsigned_abs(), group, value < 0)
    }

    /// The number alone, as in a table's amount column: `1’234.50`, `1.234,50`.
    pub fn amount(&self, amount: &Money) -> String {
        let (group, decimal) = self.separators();
        let abs = amount.minor.unsigned_abs();
        let exponent = amount.currency.exponent();
        let per_major = 10_u64.pow(exponent);
        let major = group_digits(abs / per_major, group, amount.minor < 0);
        if exponent == 0 {
            major
        } else {
            let width = exponent as usize;
            format!("{major}{decimal}{:0width$}", abs % per_major)
        }
    }

    /// A rate in basis points as a percentage: `8.1 %`, `8,1 %`, `20 %`.
    pub fn rate(&self, basis_points: u32) -> String {
        let (_, decimal) = self.separators();
        let (whole, fraction) = (basis_points / 100, basis_points % 100);
        if fraction == 0 {
            format!("{whole} %")
        } else {
            let digits = format!("{fraction:02}");
            format!("{whole}{decimal}{} %", digits.trim_end_matches('0'))
        }
    }

    /// e.g. `CHF 1’234.50` (Swiss), `1.234,50 EUR` (German), `EUR 1,234.50` (English).
    pub fn money(&self, amount: &Money) -> String {
        let number = self.amount(amount);
        let code = amount.currency.code();
        match (self.lang, self.country.as_str()) {
            (_, "CH" | "LI") | (Lang::En, _) => format!("{code} {number}"),
            _ => format!("{number}\u{a0}{code}"),
        }
    }
}

pub(crate) fn group_digits(value: u64, group: &str, negative: bool) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + 8);
    if negative {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(group);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::Currency;

    #[test]
    fn rates_and_bare_amounts_follow_the_region() {
        let ch = region(Lang::De, "CH");
        let de = region(Lang::De, "DE");
        assert_eq!(ch.rate(810), "8.1 %");
        assert_eq!(de.rate(1900), "19 %");
        assert_eq!(de.rate(550), "5,5 %");
        assert_eq!(
            ch.amount(&Money::new(123_450, Currency::Chf)),
            "1\u{2019}234.50"
        );
        assert_eq!(de.amount(&Money::new(-123_450, Currency::Eur)), "-1.234,50");
    }

    fn region(lang: Lang, country: &str) -> Region {
        Region {
            lang,
            country: country.into(),
            time_zone: "Europe/Zurich".into(),
        }
    }

    #[test]
    fn amounts_follow_the_viewers_region() {
        let amount = Money::new(123_450, Currency::Chf);
        assert_eq!(region(Lang::De, "CH").money(&amount), "CHF 1\u{2019}234.50");
        let eur = Money::new(123_450, Currency::Eur);
        assert_eq!(region(Lang::De, "DE").money(&eur), "1.234,50\u{a0}EUR");
        assert_eq!(
            region(Lang::Fr, "FR").money(&eur),
            "1\u{202f}234,50\u{a0}EUR"
        );
        assert_eq!(region(Lang::En, "GB").money(&eur), "EUR 1,234.50");
        assert_eq!(
            region(Lang::It, "IT").money(&Money::new(-5, Currency::Eur)),
            "-0,05\u{a0}EUR"
        );
        assert_eq!(
            region(Lang::De, "CH").money(&Money::new(-123_456_789, Currency::Chf)),
            "CHF -1\u{2019}234\u{2019}567.89"
        );
    }

    #[test]
    fn integers_are_grouped_by_thousands() {
        assert_eq!(region(Lang::En, "US").integer(1_234_567), "1,234,567");
        assert_eq!(region(Lang::En, "US").integer(999), "999");
    }
}
