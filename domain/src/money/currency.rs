//! ISO 4217 currencies the console bills in. A closed enum rather than a string, so a
//! typo cannot create a currency and every amount knows its number of decimals.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A billing currency. Serialised as its ISO 4217 code (`"CHF"`), the same text the
/// database stores and the JSON DTOs carried when this was a string.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Currency {
    #[serde(rename = "CHF")]
    Chf,
    #[serde(rename = "EUR")]
    Eur,
}

impl Currency {
    pub const ALL: [Currency; 2] = [Currency::Chf, Currency::Eur];

    /// ISO 4217 alphabetic code, as stored and displayed.
    pub const fn code(self) -> &'static str {
        match self {
            Currency::Chf => "CHF",
            Currency::Eur => "EUR",
        }
    }

    /// The currency with exactly this ISO code (upper case, as stored).
    pub fn from_code(code: &str) -> Option<Currency> {
        Currency::ALL.into_iter().find(|c| c.code() == code)
    }

    /// Decimal places of the minor unit (ISO 4217 "exponent"): 2 for francs and euros,
    /// 0 would be yen, 3 Bahraini dinar. Amounts are always counted in minor units.
    pub const fn exponent(self) -> u32 {
        match self {
            Currency::Chf | Currency::Eur => 2,
        }
    }

    /// Minor units per major unit: `10^exponent`.
    pub const fn minor_per_major(self) -> i64 {
        10_i64.pow(self.exponent())
    }

    /// Smallest amount payable in cash, in minor units, where it differs from the minor
    /// unit: the 5-Rappen coin for francs. Euro cash rounding is a national option
    /// (e.g. Finland, the Netherlands), not a property of the currency, so none here.
    pub const fn cash_increment(self) -> Option<i64> {
        match self {
            Currency::Chf => Some(5),
            Currency::Eur => None,
        }
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_serialise_as_iso_strings() {
        for c in Currency::ALL {
            assert_eq!(Currency::from_code(c.code()), Some(c));
            assert_eq!(
                serde_json::to_string(&c).unwrap(),
                format!("\"{}\"", c.code())
            );
        }
        assert_eq!(Currency::from_code("chf"), None);
        assert_eq!(Currency::from_code("USD"), None);
        assert!(serde_json::from_str::<Currency>("\"XXX\"").is_err());
        assert_eq!(Currency::Chf.to_string(), "CHF");
    }

    #[test]
    fn minor_units_follow_the_exponent() {
        assert_eq!(Currency::Chf.minor_per_major(), 100);
        assert_eq!(Currency::Eur.exponent(), 2);
    }
}
