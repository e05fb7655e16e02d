//! How long one order or renewal runs, in whole months.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A billing period: 1 month, 12 months, 24 months, … Serialised as its number of months.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u32", into = "u32")]
pub struct Period(u16);

impl Period {
    /// The longest period anything is ordered for: ten years, as registries allow.
    pub const MAX_MONTHS: u32 = 120;
    pub const MONTH: Period = Period(1);
    pub const YEAR: Period = Period(12);

    /// A period of `months` (1 ..= 120).
    pub fn from_months(months: u32) -> Option<Period> {
        if (1..=Self::MAX_MONTHS).contains(&months) {
            u16::try_from(months).ok().map(Period)
        } else {
            None
        }
    }

    /// A period of `years` whole years (1 ..= 10).
    pub fn years(years: u32) -> Option<Period> {
        Period::from_months(years.checked_mul(12)?)
    }

    pub const fn months(self) -> u32 {
        self.0 as u32
    }

    /// The number of years when the period is a whole number of them.
    pub const fn whole_years(self) -> Option<u32> {
        if self.0.is_multiple_of(12) {
            Some(self.0 as u32 / 12)
        } else {
            None
        }
    }
}

impl TryFrom<u32> for Period {
    type Error = String;
    fn try_from(months: u32) -> Result<Period, String> {
        Period::from_months(months)
            .ok_or_else(|| format!("a period is 1 to {} months", Period::MAX_MONTHS))
    }
}

impl From<Period> for u32 {
    fn from(period: Period) -> u32 {
        period.months()
    }
}

impl fmt::Display for Period {
    /// `1 month`, `3 months`, `1 year`, `2 years` (operators' English).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.whole_years() {
            Some(1) => f.write_str("1 year"),
            Some(n) => write!(f, "{n} years"),
            None if self.0 == 1 => f.write_str("1 month"),
            None => write!(f, "{} months", self.0),
        }
    }
}
