//! The provider's catalogue as data: the product kinds sold, their periods and prices in
//! every billing currency (tax excluded), and the domain extensions with their registry
//! terms (years per order, redemption period, restore fee).
//!
//! The operator writes a catalogue as a document (`catalogue/default.toml` is the default
//! one; the server reads TOML, this crate only knows the serde types, so it stays free of
//! IO and builds for wasm32). [`Catalogue::validate`] turns it into a [`ValidCatalogue`]
//! or lists every error with its place and a stable code. Prices are exact decimal text
//! parsed into [`Money`](crate::money::Money), never floats. The database keeps each
//! imported catalogue as a version with the date it takes effect (`db::catalogue`), so a
//! price is always read for a date and never changed in place.

mod document;
mod error;
mod kind;
mod period;
mod valid;
mod validate;

pub use document::{
    decimal_text, Catalogue, ExtensionEntry, KindEntry, PeriodEntry, PriceTable, PriceText,
};
pub use error::{CatalogueError, CatalogueErrors, Place, Problem};
pub use kind::{ProductKind, CODES};
pub use period::Period;
pub use valid::{normalise_extension, ExtensionTerms, KindTerms, PriceRow, Prices, ValidCatalogue};

/// The most years one registration, renewal or order may cover (registries stop at ten).
pub const MAX_YEARS: u32 = 10;
/// The periods a kind priced per period may list, in months; several years are orders of
/// the 12-month period (`max_years`).
pub const KIND_PERIOD_MONTHS: [u32; 4] = [1, 3, 6, 12];
/// The longest redemption period accepted, in days (registries use 0 to 40).
pub const MAX_REDEMPTION_DAYS: u32 = 90;

#[cfg(test)]
mod tests;
