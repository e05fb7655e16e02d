//! Why a catalogue was refused: each error names its place and carries a stable code, and
//! reads as one English line on the operator's terminal.

use super::{ProductKind, KIND_PERIOD_MONTHS, MAX_REDEMPTION_DAYS, MAX_YEARS};
use crate::money::Currency;
use std::fmt;

/// One thing wrong with a catalogue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogueError {
    pub place: Place,
    pub problem: Problem,
}

impl CatalogueError {
    /// The stable code (`catalogue-missing-price`, …).
    pub fn code(&self) -> &'static str {
        self.problem.code()
    }
}

/// Where in the document: the kind or extension, the period, the field. Empty for the
/// catalogue as a whole.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Place {
    pub kind: Option<String>,
    pub extension: Option<String>,
    pub period_months: Option<u32>,
    /// The field inside the entry: `price.CHF`, `max_years`, `restore_fee`, …
    pub field: Option<String>,
}

impl Place {
    pub(crate) fn catalogue() -> Place {
        Place::default()
    }

    pub(crate) fn kind(code: &str) -> Place {
        Place {
            kind: Some(code.to_owned()),
            ..Place::default()
        }
    }

    pub(crate) fn extension(name: &str) -> Place {
        Place {
            extension: Some(name.to_owned()),
            ..Place::default()
        }
    }

    pub(crate) fn period(&self, months: u32) -> Place {
        Place {
            period_months: Some(months),
            ..self.clone()
        }
    }

    pub(crate) fn field(&self, field: impl Into<String>) -> Place {
        Place {
            field: Some(field.into()),
            ..self.clone()
        }
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts = Vec::new();
        if let Some(kind) = &self.kind {
            parts.push(format!("kind {kind}"));
        }
        if let Some(extension) = &self.extension {
            parts.push(format!("extension {extension}"));
        }
        match self.period_months {
            Some(1) => parts.push("period of 1 month".to_owned()),
            Some(months) => parts.push(format!("period of {months} months")),
            None => {}
        }
        if let Some(field) = &self.field {
            parts.push(field.clone());
        }
        if parts.is_empty() {
            f.write_str("catalogue")
        } else {
            f.write_str(&parts.join(", "))
        }
    }
}

/// What is wrong there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// No kind at all.
    Empty,
    UnknownKind,
    /// A kind priced per period lists none.
    NoPeriods,
    BadPeriod {
        months: u32,
    },
    DuplicatePeriod,
    /// Periods or `max_years` on the domain kind, whose terms are per extension.
    DomainTerms,
    /// The domain kind is sold but no extension is listed.
    NoExtensions,
    /// Extensions are listed but the domain kind is not.
    ExtensionsWithoutDomain,
    /// An option is sold without the kind it is an option of.
    OptionWithoutParent {
        parent: ProductKind,
    },
    /// Years outside 1 ..= 10, or fewer allowed than required.
    BadYears {
        min: u32,
        max: u32,
    },
    /// `max_years` on a kind that is not sold by the year.
    YearsWithoutYearlyPeriod,
    BadExtension {
        reason: &'static str,
    },
    DuplicateExtension,
    BadRedemption {
        days: u32,
    },
    MissingRestoreFee,
    RestoreFeeWithoutRedemption,
    UnknownCurrency {
        code: String,
    },
    MissingPrice {
        currency: Currency,
    },
    NegativePrice {
        text: String,
    },
    BadPrice {
        text: String,
        decimals: u32,
    },
    /// A number where decimal text was expected.
    PriceNotText,
}

impl Problem {
    /// Every code, for documentation and tests.
    pub const CODES: &'static [&'static str] = &[
        "catalogue-empty",
        "catalogue-unknown-kind",
        "catalogue-no-periods",
        "catalogue-bad-period",
        "catalogue-duplicate-period",
        "catalogue-domain-terms",
        "catalogue-no-extensions",
        "catalogue-extensions-without-domain",
        "catalogue-option-without-parent",
        "catalogue-bad-years",
        "catalogue-years-without-yearly-period",
        "catalogue-bad-extension",
        "catalogue-duplicate-extension",
        "catalogue-bad-redemption",
        "catalogue-missing-restore-fee",
        "catalogue-restore-fee-without-redemption",
        "catalogue-unknown-currency",
        "catalogue-missing-price",
        "catalogue-negative-price",
        "catalogue-bad-price",
        "catalogue-price-not-text",
    ];

    /// Stable code of the problem.
    pub fn code(&self) -> &'static str {
        match self {
            Problem::Empty => "catalogue-empty",
            Problem::UnknownKind => "catalogue-unknown-kind",
            Problem::NoPeriods => "catalogue-no-periods",
            Problem::BadPeriod { .. } => "catalogue-bad-period",
            Problem::DuplicatePeriod => "catalogue-duplicate-period",
            Problem::DomainTerms => "catalogue-domain-terms",
            Problem::NoExtensions => "catalogue-no-extensions",
            Problem::ExtensionsWithoutDomain => "catalogue-extensions-without-domain",
            Problem::OptionWithoutParent { .. } => "catalogue-option-without-parent",
            Problem::BadYears { .. } => "catalogue-bad-years",
            Problem::YearsWithoutYearlyPeriod => "catalogue-years-without-yearly-period",
            Problem::BadExtension { .. } => "catalogue-bad-extension",
            Problem::DuplicateExtension => "catalogue-duplicate-extension",
            Problem::BadRedemption { .. } => "catalogue-bad-redemption",
            Problem::MissingRestoreFee => "catalogue-missing-restore-fee",
            Problem::RestoreFeeWithoutRedemption => "catalogue-restore-fee-without-redemption",
            Problem::UnknownCurrency { .. } => "catalogue-unknown-currency",
            Problem::MissingPrice { .. } => "catalogue-missing-price",
            Problem::NegativePrice { .. } => "catalogue-negative-price",
            Problem::BadPrice { .. } => "catalogue-bad-price",
            Problem::PriceNotText => "catalogue-price-not-text",
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Empty => f.write_str("the catalogue sells nothing: add a [kind.<code>] table"),
            Problem::UnknownKind => {
                let known: Vec<&str> = ProductKind::ALL.iter().map(|k| k.code()).collect();
                write!(f, "unknown product kind; known kinds: {}", known.join(", "))
            }
            Problem::NoPeriods => {
                f.write_str("no period is sold: add at least one [[kind.<code>.period]]")
            }
            Problem::BadPeriod { months } => write!(
                f,
                "a period of {months} months is not sold; periods are {} months \
                 (longer terms: max_years with a 12-month period)",
                KIND_PERIOD_MONTHS.map(|m| m.to_string()).join(", ")
            ),
            Problem::DuplicatePeriod => f.write_str("this period is listed twice"),
            Problem::DomainTerms => f.write_str(
                "domains are priced and limited per extension: put periods and max_years \
                 in the [[extension]] entries",
            ),
            Problem::NoExtensions => f.write_str("domains are sold but no [[extension]] is listed"),
            Problem::ExtensionsWithoutDomain => {
                f.write_str("extensions are listed but the kind domain is not sold")
            }
            Problem::OptionWithoutParent { parent } => {
                write!(
                    f,
                    "this option is only sold with {parent}, which is not in the catalogue"
                )
            }
            Problem::BadYears { min, max } => write!(
                f,
                "years must run from 1 to {MAX_YEARS} with min_years ≤ max_years \
                 (found {min} to {max})"
            ),
            Problem::YearsWithoutYearlyPeriod => {
                f.write_str("max_years needs a 12-month period to multiply")
            }
            Problem::BadExtension { reason } => write!(f, "not a domain extension: {reason}"),
            Problem::DuplicateExtension => f.write_str("this extension is listed twice"),
            Problem::BadRedemption { days } => write!(
                f,
                "a redemption period of {days} days is implausible (at most \
                 {MAX_REDEMPTION_DAYS})"
            ),
            Problem::MissingRestoreFee => {
                f.write_str("a domain with a redemption period needs a restore_fee")
            }
            Problem::RestoreFeeWithoutRedemption => f.write_str(
                "a restore fee without a redemption period can never be charged: set \
                 redemption_days or remove restore_fee",
            ),
            Problem::UnknownCurrency { code } => {
                let known: Vec<&str> = Currency::ALL.iter().map(|c| c.code()).collect();
                write!(
                    f,
                    "unknown currency {code:?}; prices are in {}",
                    known.join(" and ")
                )
            }
            Problem::MissingPrice { currency } => write!(f, "no price in {currency}"),
            Problem::NegativePrice { text } => write!(f, "the price {text:?} is negative"),
            Problem::BadPrice { text, decimals } => write!(
                f,
                "{text:?} is not an amount: write digits with at most {decimals} decimals, \
                 such as \"12.50\""
            ),
            Problem::PriceNotText => f.write_str(
                "write prices as decimal text in quotes, such as \"12.50\" (a number could \
                 be inexact or mean minor units)",
            ),
        }
    }
}

impl fmt::Display for CatalogueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} [{}]", self.place, self.problem, self.code())
    }
}

impl std::error::Error for CatalogueError {}

/// Several errors at once (the error of reading a stored catalogue through serde).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogueErrors(pub Vec<CatalogueError>);

impl fmt::Display for CatalogueErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lines: Vec<String> = self.0.iter().map(ToString::to_string).collect();
        f.write_str(&lines.join("; "))
    }
}

impl std::error::Error for CatalogueErrors {}
