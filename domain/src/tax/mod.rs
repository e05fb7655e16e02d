//! Value-added tax: rates by country and date, which VAT a sale carries, VAT-number
//! format checks, invoice lines and the per-rate summary. Pure computation; amounts are
//! [`Money`](crate::money::Money), rates basis points (8.1 % = 810).
//!
//! **Model.** The console sells electronic services (hosting, domains, mail), whose place
//! of supply for consumers is the buyer's country and for businesses the buyer's seat. The
//! seller is a parameter ([`Seller`]); the operator is Swiss today. [`decide`] applies:
//! - buyer in the seller's VAT territory (Switzerland and Liechtenstein are one) →
//!   the seller's rate ([`VatTreatment::Domestic`]), business or not;
//! - EU buyer of another territory with a well-formed VAT number of its billing country,
//!   buying as a business → 0 %, marked reverse charge (the buyer self-accounts);
//! - other EU buyers → the buyer country's rate (the seller is registered for the
//!   One-Stop Shop); a business that gives no VAT number is treated as a consumer;
//! - everyone else (GB, NO, US, …, and Switzerland for an EU seller) → 0 %, export.
//!   Registration duties in those countries are out of scope.
//!
//! VAT numbers are only checked for format ([`VatNumber`]); confirming them with VIES or
//! the UID register belongs to the server, before a number is stored.
//!
//! **Rounding.** Tax is computed and rounded (half away from zero, to the minor unit) per
//! line, from that line's own amount; a rate group's tax is the sum of its lines' taxes.
//! Chosen because every line is then self-consistent (net + tax = gross), the summary
//! equals the sum of the lines the customer reads, a tax-inclusive price is charged
//! exactly as quoted, and crediting a line reverses exactly the tax billed for it. The
//! cost: a group's tax may differ from `base × rate` by up to half a minor unit per line,
//! which an EN 16931 e-invoice export (which recomputes per rate) must tolerate or
//! reconcile. Totals are exact: gross = Σ bases + Σ taxes. Cash rounding (CHF 0.05) never
//! touches tax or bases, only the payable amount ([`TaxSummary::payable`]).

mod line;
pub mod rates;
mod rules;
mod summary;
pub mod vat_number;

pub use line::TaxLine;
pub use rates::standard_rate;
pub use rules::{decide, Buyer, Seller, VatDecision, VatTreatment};
pub use summary::{Payable, RateGroup, TaxSummary};
pub use vat_number::{VatNumber, VatNumberError};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TaxError {
    /// No VAT rates are known for this country (it is outside Switzerland and the EU, or
    /// not a country).
    #[error("no VAT rates for country {0}")]
    UnknownCountry(String),
    #[error("no VAT rate for {country} on {date}")]
    NoRateForDate { country: String, date: NaiveDate },
    #[error(transparent)]
    InvalidVatNumber(#[from] VatNumberError),
}

/// The VAT category of a line, with its EN 16931 (UNCL 5305) code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum VatCategory {
    /// Taxed at the line's rate (`S`).
    Standard,
    /// Intra-EU business sale; the buyer accounts for the VAT (`AE`).
    ReverseCharge,
    /// Outside the seller's and the EU's VAT area (`G`).
    Export,
}

impl VatCategory {
    pub const fn code(self) -> &'static str {
        match self {
            VatCategory::Standard => "S",
            VatCategory::ReverseCharge => "AE",
            VatCategory::Export => "G",
        }
    }
}

/// A rate and its category. Reverse charge and export are 0 % but kept apart from each
/// other and from a taxed 0 %, because the invoice must state the reason. Not
/// deserialisable: a rate comes from [`decide`] or the constructors, never from outside.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TaxRate {
    category: VatCategory,
    basis_points: u32,
}

impl TaxRate {
    pub const REVERSE_CHARGE: TaxRate = TaxRate {
        category: VatCategory::ReverseCharge,
        basis_points: 0,
    };
    pub const EXPORT: TaxRate = TaxRate {
        category: VatCategory::Export,
        basis_points: 0,
    };

    /// A taxed rate: `standard(810)` is 8.1 %.
    pub const fn standard(basis_points: u32) -> TaxRate {
        TaxRate {
            category: VatCategory::Standard,
            basis_points,
        }
    }

    pub const fn basis_points(self) -> u32 {
        self.basis_points
    }

    pub const fn category(self) -> VatCategory {
        self.category
    }

    pub const fn is_reverse_charge(self) -> bool {
        matches!(self.category, VatCategory::ReverseCharge)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_order_taxed_first_then_zero_rated_reasons() {
        let mut rates = [
            TaxRate::EXPORT,
            TaxRate::standard(810),
            TaxRate::REVERSE_CHARGE,
            TaxRate::standard(260),
        ];
        rates.sort();
        assert_eq!(
            rates,
            [
                TaxRate::standard(260),
                TaxRate::standard(810),
                TaxRate::REVERSE_CHARGE,
                TaxRate::EXPORT
            ]
        );
        assert_eq!(TaxRate::REVERSE_CHARGE.category().code(), "AE");
        assert_ne!(TaxRate::EXPORT, TaxRate::standard(0));
    }
}
