//! A catalogue that passed validation, and the questions the console asks it.

use super::document::{Catalogue, ExtensionEntry, KindEntry, PeriodEntry, PriceTable, PriceText};
use super::{CatalogueErrors, Period, ProductKind};
use crate::money::{Currency, Money};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One amount per billing currency, every currency present (validation saw to it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prices(pub(crate) BTreeMap<Currency, Money>);

impl Prices {
    pub fn get(&self, currency: Currency) -> Option<Money> {
        self.0.get(&currency).cloned()
    }

    /// The amounts in currency order (CHF, EUR).
    pub fn iter(&self) -> impl Iterator<Item = &Money> {
        self.0.values()
    }

    fn table(&self) -> PriceTable {
        self.0
            .iter()
            .map(|(c, m)| (c.code().to_owned(), PriceText::of(m)))
            .collect()
    }
}

/// What the catalogue says about one kind priced per period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KindTerms {
    pub contents: bool,
    /// The price of each period sold (none for domains: see [`ExtensionTerms`]).
    pub periods: BTreeMap<Period, Prices>,
    /// How many years one order of the yearly period may cover; `None` when the kind is
    /// not sold by the year (or is priced per extension).
    pub max_years: Option<u32>,
}

/// What the catalogue says about one domain extension.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExtensionTerms {
    /// Lower case with its leading dot: `.ch`.
    pub name: String,
    pub yearly: Prices,
    pub min_years: u32,
    pub max_years: u32,
    /// 0: released at once after expiry.
    pub redemption_days: u32,
    /// Present exactly when there is a redemption period.
    pub restore_fee: Option<Prices>,
}

/// One price that can be ordered: a kind (and extension) for a period in a currency.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PriceRow {
    pub kind: ProductKind,
    pub extension: Option<String>,
    pub period: Period,
    pub price: Money,
}

/// A validated catalogue. Only [`Catalogue::validate`] makes one; serialised, it is its
/// canonical document (sorted, amounts as exact decimal text), so equal catalogues have
/// byte-equal JSON and reading one back validates it again.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "Catalogue", into = "Catalogue")]
pub struct ValidCatalogue {
    pub(crate) kinds: BTreeMap<ProductKind, KindTerms>,
    /// By normalised name (`.ch`).
    pub(crate) extensions: BTreeMap<String, ExtensionTerms>,
}

/// `CH`, `ch`, ` .ch ` → `.ch`.
pub fn normalise_extension(name: &str) -> String {
    let name = name.trim().to_lowercase();
    if name.starts_with('.') {
        name
    } else {
        format!(".{name}")
    }
}

impl ValidCatalogue {
    /// The kinds sold, in [`ProductKind::ALL`] order.
    pub fn kinds(&self) -> impl Iterator<Item = (ProductKind, &KindTerms)> {
        self.kinds.iter().map(|(k, t)| (*k, t))
    }

    pub fn kind(&self, kind: ProductKind) -> Option<&KindTerms> {
        self.kinds.get(&kind)
    }

    pub fn sells(&self, kind: ProductKind) -> bool {
        self.kinds.contains_key(&kind)
    }

    /// Whether the kind holds customer contents (false for kinds not sold).
    pub fn has_contents(&self, kind: ProductKind) -> bool {
        self.kinds.get(&kind).is_some_and(|t| t.contents)
    }

    /// The extensions sold, sorted by name.
    pub fn extensions(&self) -> impl Iterator<Item = &ExtensionTerms> {
        self.extensions.values()
    }

    /// The terms of an extension, written with or without its dot, in any case.
    pub fn extension(&self, name: &str) -> Option<&ExtensionTerms> {
        self.extensions.get(&normalise_extension(name))
    }

    /// The price of one order of `kind` for `period` in `currency`, tax excluded; `None`
    /// when that cannot be ordered. Domains need their `extension` and a period of whole
    /// years within the extension's limits (the yearly price times the years); other kinds
    /// ignore `extension` and sell the periods listed, plus several years of the yearly
    /// period up to `max_years`.
    pub fn price(
        &self,
        kind: ProductKind,
        extension: Option<&str>,
        period: Period,
        currency: Currency,
    ) -> Option<Money> {
        let terms = self.kinds.get(&kind)?;
        if kind.priced_per_extension() {
            let ext = self.extension(extension?)?;
            let years = period.whole_years()?;
            if years < ext.min_years || years > ext.max_years {
                return None;
            }
            return ext.yearly.get(currency)?.checked_mul(i64::from(years)).ok();
        }
        if let Some(prices) = terms.periods.get(&period) {
            return prices.get(currency);
        }
        let years = period.whole_years()?;
        if years > terms.max_years? {
            return None;
        }
        terms
            .periods
            .get(&Period::YEAR)?
            .get(currency)?
            .checked_mul(i64::from(years))
            .ok()
    }

    /// The fewest years one order or renewal covers (domains: per extension).
    pub fn min_years(&self, kind: ProductKind, extension: Option<&str>) -> Option<u32> {
        if kind.priced_per_extension() {
            self.kinds.get(&kind)?;
            return Some(self.extension(extension?)?.min_years);
        }
        self.kinds.get(&kind)?.max_years.map(|_| 1)
    }

    /// The most years one order or renewal may cover (domains: per extension); `None` when
    /// the kind (or extension) is not sold by the year.
    pub fn max_years(&self, kind: ProductKind, extension: Option<&str>) -> Option<u32> {
        if kind.priced_per_extension() {
            self.kinds.get(&kind)?;
            return Some(self.extension(extension?)?.max_years);
        }
        self.kinds.get(&kind)?.max_years
    }

    /// Days a domain of this extension can still be restored after expiry (0: released at
    /// once); `None` for an extension not sold.
    pub fn redemption_days(&self, extension: &str) -> Option<u32> {
        Some(self.extension(extension)?.redemption_days)
    }

    /// The fee to restore a domain of this extension during its redemption period.
    pub fn restore_fee(&self, extension: &str, currency: Currency) -> Option<Money> {
        self.extension(extension)?
            .restore_fee
            .as_ref()?
            .get(currency)
    }

    /// The catalogue's extension of a domain name: the longest one the name ends with after
    /// at least one label of its own (`shop.co.uk` → `.co.uk` when sold, else `.uk`),
    /// compared in lower case, a final dot ignored. IDN names are matched in the form
    /// given (punycode `xn--…` against punycode extensions).
    pub fn extension_of(&self, domain_name: &str) -> Option<&str> {
        let name = domain_name.trim().trim_end_matches('.').to_lowercase();
        self.extensions
            .keys()
            .filter(|ext| {
                name.len() > ext.len()
                    && name.ends_with(ext.as_str())
                    && !name[..name.len() - ext.len()].ends_with('.')
            })
            .max_by_key(|ext| ext.len())
            .map(String::as_str)
    }

    /// Every price that can be ordered, one row per kind (and extension), period and
    /// currency: what the database stores for reading prices by date. Each row is exactly
    /// [`ValidCatalogue::price`] of its key.
    pub fn price_rows(&self) -> Vec<PriceRow> {
        let mut keys: Vec<(ProductKind, Option<&str>, Period)> = Vec::new();
        for (kind, terms) in &self.kinds {
            if kind.priced_per_extension() {
                for ext in self.extensions.values() {
                    for years in ext.min_years..=ext.max_years {
                        if let Some(period) = Period::years(years) {
                            keys.push((*kind, Some(ext.name.as_str()), period));
                        }
                    }
                }
                continue;
            }
            keys.extend(terms.periods.keys().map(|p| (*kind, None, *p)));
            for years in 2..=terms.max_years.unwrap_or(1) {
                if let Some(period) = Period::years(years) {
                    keys.push((*kind, None, period));
                }
            }
        }
        keys.sort();
        keys.dedup();
        let mut rows = Vec::new();
        for (kind, extension, period) in keys {
            for currency in Currency::ALL {
                if let Some(price) = self.price(kind, extension, period, currency) {
                    rows.push(PriceRow {
                        kind,
                        extension: extension.map(str::to_owned),
                        period,
                        price,
                    });
                }
            }
        }
        rows
    }

    /// The canonical document: what validation accepted, normalised (extension names,
    /// defaults written out, amounts with exactly their currency's decimals) and sorted.
    pub fn document(&self) -> Catalogue {
        let kinds = self
            .kinds
            .iter()
            .map(|(kind, terms)| {
                let entry = KindEntry {
                    contents: terms.contents,
                    max_years: terms.max_years,
                    periods: terms
                        .periods
                        .iter()
                        .map(|(period, prices)| PeriodEntry {
                            months: period.months(),
                            price: prices.table(),
                        })
                        .collect(),
                };
                (kind.code().to_owned(), entry)
            })
            .collect();
        let extensions = self
            .extensions
            .values()
            .map(|ext| ExtensionEntry {
                name: ext.name.clone(),
                price: ext.yearly.table(),
                min_years: Some(ext.min_years),
                max_years: ext.max_years,
                redemption_days: ext.redemption_days,
                restore_fee: ext.restore_fee.as_ref().map(Prices::table),
            })
            .collect();
        Catalogue { kinds, extensions }
    }
}

impl From<ValidCatalogue> for Catalogue {
    fn from(valid: ValidCatalogue) -> Catalogue {
        valid.document()
    }
}

impl TryFrom<Catalogue> for ValidCatalogue {
    type Error = CatalogueErrors;
    fn try_from(document: Catalogue) -> Result<ValidCatalogue, CatalogueErrors> {
        document.validate().map_err(CatalogueErrors)
    }
}
