//! `Catalogue::validate`: every rule a catalogue must satisfy before it can price anything.
//! All errors are collected, so the operator fixes a file in one go.

use super::document::{parse_decimal, Catalogue, DecimalError, KindEntry, PriceTable, PriceText};
use super::valid::{normalise_extension, ExtensionTerms, KindTerms, Prices, ValidCatalogue};
use super::{
    CatalogueError, Period, Place, Problem, ProductKind, KIND_PERIOD_MONTHS, MAX_REDEMPTION_DAYS,
    MAX_YEARS,
};
use crate::money::{Currency, Money};
use std::collections::{BTreeMap, BTreeSet};

struct Errors(Vec<CatalogueError>);

impl Errors {
    fn push(&mut self, place: Place, problem: Problem) {
        self.0.push(CatalogueError { place, problem });
    }
}

impl Catalogue {
    /// Checks the whole document and returns the catalogue the console can price with, or
    /// every error found (each naming its place and code).
    pub fn validate(self) -> Result<ValidCatalogue, Vec<CatalogueError>> {
        let mut errors = Errors(Vec::new());
        if self.kinds.is_empty() {
            errors.push(Place::catalogue(), Problem::Empty);
        }
        let mut kinds = BTreeMap::new();
        for (code, entry) in &self.kinds {
            let place = Place::kind(code);
            let Some(kind) = ProductKind::from_code(code) else {
                errors.push(place, Problem::UnknownKind);
                continue;
            };
            if let Some(parent) = kind.option_of() {
                if !self.kinds.contains_key(parent.code()) {
                    errors.push(place.clone(), Problem::OptionWithoutParent { parent });
                }
            }
            if let Some(terms) = kind_terms(kind, entry, &place, &mut errors) {
                kinds.insert(kind, terms);
            }
        }

        let sells_domains = self.kinds.contains_key(ProductKind::Domain.code());
        if sells_domains && self.extensions.is_empty() {
            errors.push(
                Place::kind(ProductKind::Domain.code()),
                Problem::NoExtensions,
            );
        }
        if !sells_domains && !self.extensions.is_empty() {
            errors.push(
                Place::catalogue().field("extension"),
                Problem::ExtensionsWithoutDomain,
            );
        }
        let mut seen = BTreeSet::new();
        let mut extensions = BTreeMap::new();
        for entry in &self.extensions {
            let name = normalise_extension(&entry.name);
            let place = Place::extension(&name);
            if !seen.insert(name.clone()) {
                errors.push(place, Problem::DuplicateExtension);
                continue;
            }
            if let Err(reason) = check_extension_name(&name) {
                errors.push(place.field("name"), Problem::BadExtension { reason });
                continue;
            }
            let yearly = prices(&entry.price, &place, "price", &mut errors);
            let min_years = entry.min_years.unwrap_or(1);
            let max_years = entry.max_years;
            let years_ok = years_in_range(min_years, max_years);
            if !years_ok {
                errors.push(
                    place.field("max_years"),
                    Problem::BadYears {
                        min: min_years,
                        max: max_years,
                    },
                );
            }
            let days = entry.redemption_days;
            if days > MAX_REDEMPTION_DAYS {
                errors.push(
                    place.field("redemption_days"),
                    Problem::BadRedemption { days },
                );
            }
            let restore_fee = match (&entry.restore_fee, days) {
                (Some(_), 0) => {
                    errors.push(
                        place.field("restore_fee"),
                        Problem::RestoreFeeWithoutRedemption,
                    );
                    None
                }
                (None, 1..) => {
                    errors.push(place.field("restore_fee"), Problem::MissingRestoreFee);
                    None
                }
                (Some(table), _) => prices(table, &place, "restore_fee", &mut errors).map(Some),
                (None, _) => Some(None),
            };
            if let (Some(yearly), Some(restore_fee), true) = (yearly, restore_fee, years_ok) {
                extensions.insert(
                    name.clone(),
                    ExtensionTerms {
                        name,
                        yearly,
                        min_years,
                        max_years,
                        redemption_days: days,
                        restore_fee,
                    },
                );
            }
        }

        if errors.0.is_empty() {
            Ok(ValidCatalogue { kinds, extensions })
        } else {
            Err(errors.0)
        }
    }
}

fn years_in_range(min: u32, max: u32) -> bool {
    (1..=MAX_YEARS).contains(&min) && (1..=MAX_YEARS).contains(&max) && min <= max
}

fn kind_terms(
    kind: ProductKind,
    entry: &KindEntry,
    place: &Place,
    errors: &mut Errors,
) -> Option<KindTerms> {
    if kind.priced_per_extension() {
        if !entry.periods.is_empty() || entry.max_years.is_some() {
            errors.push(place.clone(), Problem::DomainTerms);
            return None;
        }
        return Some(KindTerms {
            contents: entry.contents,
            periods: BTreeMap::new(),
            max_years: None,
        });
    }
    if entry.periods.is_empty() {
        errors.push(place.clone(), Problem::NoPeriods);
        return None;
    }
    let mut ok = true;
    let mut periods = BTreeMap::new();
    for period in &entry.periods {
        let at = place.period(period.months);
        let Some(p) = Period::from_months(period.months)
            .filter(|_| KIND_PERIOD_MONTHS.contains(&period.months))
        else {
            errors.push(
                at.field("months"),
                Problem::BadPeriod {
                    months: period.months,
                },
            );
            ok = false;
            continue;
        };
        if periods.contains_key(&p) {
            errors.push(at, Problem::DuplicatePeriod);
            ok = false;
            continue;
        }
        match prices(&period.price, &at, "price", errors) {
            Some(prices) => {
                periods.insert(p, prices);
            }
            None => ok = false,
        }
    }
    let yearly = entry
        .periods
        .iter()
        .any(|p| p.months == Period::YEAR.months());
    let max_years = match entry.max_years {
        Some(max) if !years_in_range(1, max) => {
            errors.push(place.field("max_years"), Problem::BadYears { min: 1, max });
            ok = false;
            None
        }
        Some(_) if !yearly => {
            errors.push(place.field("max_years"), Problem::YearsWithoutYearlyPeriod);
            ok = false;
            None
        }
        Some(max) => Some(max),
        None => yearly.then_some(1),
    };
    ok.then_some(KindTerms {
        contents: entry.contents,
        periods,
        max_years,
    })
}

/// The amounts of `table` (`field` names it in errors), when every currency is present
/// and every amount is a non-negative exact decimal.
fn prices(table: &PriceTable, place: &Place, field: &str, errors: &mut Errors) -> Option<Prices> {
    let mut ok = true;
    let mut out = BTreeMap::new();
    for (code, text) in table {
        let at = place.field(format!("{field}.{code}"));
        let Some(currency) = Currency::from_code(code) else {
            errors.push(at, Problem::UnknownCurrency { code: code.clone() });
            ok = false;
            continue;
        };
        let PriceText::Text(text) = text else {
            errors.push(at, Problem::PriceNotText);
            ok = false;
            continue;
        };
        match parse_decimal(text, currency) {
            Ok(minor) => {
                out.insert(currency, Money::new(minor, currency));
            }
            Err(DecimalError::Negative) => {
                errors.push(at, Problem::NegativePrice { text: text.clone() });
                ok = false;
            }
            Err(DecimalError::Malformed) => {
                errors.push(
                    at,
                    Problem::BadPrice {
                        text: text.clone(),
                        decimals: currency.exponent(),
                    },
                );
                ok = false;
            }
        }
    }
    for currency in Currency::ALL {
        if !table.contains_key(currency.code()) {
            errors.push(place.field(field), Problem::MissingPrice { currency });
            ok = false;
        }
    }
    ok.then_some(Prices(out))
}

/// `.ch`, `.co.uk`, `.xn--p1ai`: labels of lower-case letters, digits and inner hyphens,
/// at most 63 characters each, the last not all digits.
fn check_extension_name(name: &str) -> Result<(), &'static str> {
    let Some(labels) = name.strip_prefix('.') else {
        return Err("it must start with a dot");
    };
    if labels.is_empty() {
        return Err("it is empty");
    }
    if labels.len() > 253 {
        return Err("it is longer than 253 characters");
    }
    for label in labels.split('.') {
        if label.is_empty() {
            return Err("it has an empty label (two dots in a row)");
        }
        if label.len() > 63 {
            return Err("a label is longer than 63 characters");
        }
        if !label
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            return Err("use letters, digits and hyphens only (IDN extensions in punycode, xn--…)");
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Err("a label cannot start or end with a hyphen");
        }
    }
    if labels
        .rsplit('.')
        .next()
        .is_some_and(|tld| tld.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err("the top-level label cannot be all digits");
    }
    Ok(())
}
