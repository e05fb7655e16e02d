//! The catalogue as the operator writes it (`catalogue/default.toml`) and as it is stored:
//! plain serde types, read by any format. Nothing here is trusted before
//! [`Catalogue::validate`](super::Catalogue::validate) has accepted it.

use crate::money::{Currency, Money};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A whole catalogue: every kind sold with its periods and prices, and the domain
/// extensions with their yearly prices and registry terms.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    /// Kinds by code (`web-hosting = { … }`, written `[kind.web-hosting]`).
    #[serde(default, rename = "kind")]
    pub kinds: BTreeMap<String, KindEntry>,
    /// Domain extensions (`[[extension]]`), priced per year. A list rather than a table so
    /// that two spellings of one extension (`.ch`, `CH`) are reported, not merged.
    #[serde(default, rename = "extension", skip_serializing_if = "Vec::is_empty")]
    pub extensions: Vec<ExtensionEntry>,
}

/// One kind of product.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KindEntry {
    /// The product holds the customer's contents (mail, files, messages): support staff
    /// need the customer's consent to look inside.
    #[serde(default)]
    pub contents: bool,
    /// How many years one order or renewal of the yearly period may cover (1 when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_years: Option<u32>,
    /// The periods sold and their prices (`[[kind.web-hosting.period]]`). Domains have none:
    /// they are priced per extension.
    #[serde(default, rename = "period", skip_serializing_if = "Vec::is_empty")]
    pub periods: Vec<PeriodEntry>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PeriodEntry {
    /// 1, 3, 6 or 12.
    pub months: u32,
    /// The price of one period, tax excluded.
    pub price: PriceTable,
}

/// One domain extension.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExtensionEntry {
    /// `.ch`, `.co.uk`, `.xn--p1ai` (a leading dot and lower case are added when missing).
    pub name: String,
    /// The price of one year, tax excluded.
    pub price: PriceTable,
    /// The fewest years one registration or renewal covers (1 when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_years: Option<u32>,
    /// The most years one registration or renewal may cover (1 ..= 10).
    pub max_years: u32,
    /// Days after expiry during which the holder can still restore the domain, for the
    /// restore fee; 0 when the registry releases it at once.
    pub redemption_days: u32,
    /// The fee to restore the domain during redemption, tax excluded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restore_fee: Option<PriceTable>,
}

/// Amounts by ISO currency code: `{ CHF = "12.50", EUR = "12.90" }`.
pub type PriceTable = BTreeMap<String, PriceText>;

/// An amount as written: decimal text in major units (`"12.50"`), parsed exactly. Numbers
/// are kept only to be refused with a clear message, since a TOML float cannot hold 0.10
/// exactly and a bare integer does not say whether it counts francs or Rappen.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum PriceText {
    Text(String),
    Integer(i64),
    Float(f64),
}

impl PriceText {
    /// The canonical text of `money`: major units with exactly the currency's decimals.
    pub fn of(money: &Money) -> PriceText {
        PriceText::Text(decimal_text(money))
    }
}

/// An amount as catalogue text: major units with exactly the currency's decimals, no
/// grouping (`12.50`, `1200.00`). For documents and operators' tables, not for customers
/// (they see `money::format`'s regional form).
pub fn decimal_text(money: &Money) -> String {
    format_decimal(money.minor, money.currency)
}

/// Why a price's text is not an amount.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DecimalError {
    Negative,
    /// Not digits with an optional point and at most the currency's decimals, or too large.
    Malformed,
}

/// `"12.50"` → 1250 minor units of a two-decimal currency. Exactly: digits, an optional
/// point followed by at most the currency's number of decimals, nothing else (no sign but a
/// leading `-`, which is refused as negative, no separators, no exponent, no spaces).
pub(crate) fn parse_decimal(text: &str, currency: Currency) -> Result<i64, DecimalError> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (whole, fraction) = match digits.split_once('.') {
        Some((w, f)) => (w, f),
        None => (digits, ""),
    };
    let decimals = currency.exponent() as usize;
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty()
        || !all_digits(whole)
        || !all_digits(fraction)
        || fraction.len() > decimals
        || (digits.contains('.') && fraction.is_empty())
    {
        return Err(DecimalError::Malformed);
    }
    let mut minor: i64 = 0;
    let padded = fraction
        .bytes()
        .chain(std::iter::repeat(b'0'))
        .take(decimals);
    for b in whole.bytes().chain(padded) {
        minor = minor
            .checked_mul(10)
            .and_then(|m| m.checked_add(i64::from(b - b'0')))
            .ok_or(DecimalError::Malformed)?;
    }
    if negative {
        // `-0.00` is no price anyone means; any other negative amount is refused as such.
        return Err(if minor == 0 {
            DecimalError::Malformed
        } else {
            DecimalError::Negative
        });
    }
    Ok(minor)
}

/// 1250 → `"12.50"` for a two-decimal currency (no grouping: a data format, not display).
pub(crate) fn format_decimal(minor: i64, currency: Currency) -> String {
    let per_major = currency.minor_per_major();
    let decimals = currency.exponent() as usize;
    let sign = if minor < 0 { "-" } else { "" };
    let abs = minor.unsigned_abs();
    let per_major = per_major.unsigned_abs();
    if decimals == 0 {
        format!("{sign}{abs}")
    } else {
        format!(
            "{sign}{}.{:0decimals$}",
            abs / per_major,
            abs % per_major,
            decimals = decimals
        )
    }
}
