//! Standard VAT rates by country and date, in basis points (8.1 % = 810), and the VAT
//! territory a country belongs to.
//!
//! The tables are data to maintain: a rate change is a new `(first day, rate)` row, never
//! an edit of an old one, so invoices of past dates keep their rate. Each table starts at
//! the earliest date it is known for here (2020 for EU members, 2001 for Switzerland);
//! earlier dates are refused rather than guessed. Sub-national exceptions (Büsingen,
//! Campione, Livigno, Heligoland, Canary Islands, Åland, Mount Athos, Azores, Madeira)
//! are not modelled: the billing country decides.

use super::TaxError;
use chrono::{Datelike, NaiveDate};

/// Where a country's VAT comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Territory {
    /// Switzerland and Liechtenstein: one VAT area, Swiss rates.
    Swiss,
    /// An EU member state's VAT territory; Monaco belongs to France's.
    Eu { member: &'static str },
    /// No VAT charged by this console (e.g. GB, NO, US, CA).
    Outside,
}

/// The EU's 27 member states (ISO codes; Greece is `GR` here and `EL` in VAT numbers).
pub const EU_MEMBERS: &[&str] = &[
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT",
    "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
];

pub fn territory(country: &str) -> Territory {
    match country {
        "CH" | "LI" => Territory::Swiss,
        "MC" => Territory::Eu { member: "FR" },
        _ => match EU_MEMBERS.iter().find(|m| **m == country) {
            Some(member) => Territory::Eu { member },
            None => Territory::Outside,
        },
    }
}

/// `(first day as yyyymmdd, basis points)`, oldest first.
type Table = &'static [(u32, u32)];

const SWITZERLAND: Table = &[
    (20010101, 760),
    (20110101, 800),
    (20180101, 770),
    (20240101, 810),
];
const EU_FROM: u32 = 20200101;

/// Standard rates of the EU members since [`EU_FROM`].
const EU_RATES: &[(&str, Table)] = &[
    ("AT", &[(EU_FROM, 2000)]),
    ("BE", &[(EU_FROM, 2100)]),
    ("BG", &[(EU_FROM, 2000)]),
    ("CY", &[(EU_FROM, 1900)]),
    ("CZ", &[(EU_FROM, 2100)]),
    // Temporary Covid-19 reduction in the second half of 2020.
    ("DE", &[(EU_FROM, 1900), (20200701, 1600), (20210101, 1900)]),
    ("DK", &[(EU_FROM, 2500)]),
    ("EE", &[(EU_FROM, 2000), (20240101, 2200), (20250701, 2400)]),
    ("ES", &[(EU_FROM, 2100)]),
    ("FI", &[(EU_FROM, 2400), (20240901, 2550)]),
    ("FR", &[(EU_FROM, 2000)]),
    ("GR", &[(EU_FROM, 2400)]),
    ("HR", &[(EU_FROM, 2500)]),
    ("HU", &[(EU_FROM, 2700)]),
    // Temporary reduction from September 2020 to February 2021.
    ("IE", &[(EU_FROM, 2300), (20200901, 2100), (20210301, 2300)]),
    ("IT", &[(EU_FROM, 2200)]),
    ("LT", &[(EU_FROM, 2100)]),
    // Temporary reduction for 2023.
    ("LU", &[(EU_FROM, 1700), (20230101, 1600), (20240101, 1700)]),
    ("LV", &[(EU_FROM, 2100)]),
    ("MT", &[(EU_FROM, 1800)]),
    ("NL", &[(EU_FROM, 2100)]),
    ("PL", &[(EU_FROM, 2300)]),
    ("PT", &[(EU_FROM, 2300)]),
    ("RO", &[(EU_FROM, 1900), (20250801, 2100)]),
    ("SE", &[(EU_FROM, 2500)]),
    ("SI", &[(EU_FROM, 2200)]),
    ("SK", &[(EU_FROM, 2000), (20250101, 2300)]),
];

fn table(country: &str) -> Option<Table> {
    match territory(country) {
        Territory::Swiss => Some(SWITZERLAND),
        Territory::Eu { member } => EU_RATES.iter().find(|(c, _)| *c == member).map(|(_, t)| *t),
        Territory::Outside => None,
    }
}

/// The standard VAT rate in `country` on `date`, in basis points. Liechtenstein has
/// Switzerland's rates, Monaco France's.
pub fn standard_rate(country: &str, date: NaiveDate) -> Result<u32, TaxError> {
    let table = table(country).ok_or_else(|| TaxError::UnknownCountry(country.to_owned()))?;
    let day = date.year_ce().1 * 10_000 + date.month() * 100 + date.day();
    table
        .iter()
        .rev()
        .find(|(from, _)| *from <= day)
        .map(|(_, rate)| *rate)
        .ok_or_else(|| TaxError::NoRateForDate {
            country: country.to_owned(),
            date,
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::country;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn swiss_rates_change_on_new_year() {
        assert_eq!(standard_rate("CH", day(2023, 12, 31)), Ok(770));
        assert_eq!(standard_rate("CH", day(2024, 1, 1)), Ok(810));
        assert_eq!(standard_rate("CH", day(2018, 1, 1)), Ok(770));
        assert_eq!(standard_rate("CH", day(2017, 12, 31)), Ok(800));
        assert_eq!(standard_rate("LI", day(2023, 12, 31)), Ok(770));
        assert_eq!(standard_rate("LI", day(2026, 6, 1)), Ok(810));
        assert_eq!(
            standard_rate("CH", day(2000, 12, 31)),
            Err(TaxError::NoRateForDate {
                country: "CH".into(),
                date: day(2000, 12, 31)
            })
        );
    }

    #[test]
    fn eu_standard_rates() {
        let on = day(2026, 3, 1);
        for (c, rate) in [
            ("DE", 1900),
            ("FR", 2000),
            ("IT", 2200),
            ("ES", 2100),
            ("BE", 2100),
            ("AT", 2000),
            ("FI", 2550),
            ("MC", 2000),
        ] {
            assert_eq!(standard_rate(c, on), Ok(rate), "{c}");
        }
        assert_eq!(standard_rate("DE", day(2020, 7, 1)), Ok(1600));
        assert_eq!(standard_rate("DE", day(2020, 12, 31)), Ok(1600));
        assert_eq!(standard_rate("DE", day(2021, 1, 1)), Ok(1900));
        assert_eq!(standard_rate("LU", day(2023, 6, 1)), Ok(1600));
        assert!(standard_rate("FR", day(2019, 12, 31)).is_err());
    }

    #[test]
    fn countries_outside_switzerland_and_the_eu_have_no_rates() {
        for c in ["US", "GB", "NO", "CA", "XX"] {
            assert_eq!(
                standard_rate(c, day(2026, 1, 1)),
                Err(TaxError::UnknownCountry(c.into()))
            );
            assert_eq!(territory(c), Territory::Outside);
        }
    }

    #[test]
    fn every_member_has_an_ordered_table_and_is_offered() {
        assert_eq!(EU_MEMBERS.len(), 27);
        for member in EU_MEMBERS {
            assert!(country::is_known(member), "{member}");
            let t = table(member).unwrap();
            assert!(t.windows(2).all(|w| w[0].0 < w[1].0), "{member}");
        }
        assert!(SWITZERLAND.windows(2).all(|w| w[0].0 < w[1].0));
    }
}
