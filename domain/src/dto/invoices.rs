//! An invoice as it was issued, for its printable document.

use crate::datetime::UnixMillis;
use crate::dto::QuoteLine;
use crate::ids::InvoiceId;
use crate::money::Money;
use crate::order::PaymentMethod;
use crate::status::InvoiceStatus;
use serde::{Deserialize, Serialize};

/// A seller or buyer as printed on an invoice, copied when it was issued.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvoiceParty {
    pub name: String,
    pub street: String,
    pub postal_code: String,
    pub city: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub vat_number: Option<String>,
}

/// Everything an issued invoice states.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvoiceDocument {
    pub id: InvoiceId,
    pub number: String,
    pub status: InvoiceStatus,
    pub issued_at: UnixMillis,
    pub paid_at: Option<UnixMillis>,
    /// The order it was issued for.
    pub order_number: Option<String>,
    pub payment_method: Option<PaymentMethod>,
    pub seller: InvoiceParty,
    pub buyer: InvoiceParty,
    pub lines: Vec<QuoteLine>,
    pub net: Money,
    pub tax: Money,
    pub gross: Money,
    /// The part paid from the prepaid balance (zero when none); the rest was paid by
    /// `payment_method`.
    pub prepaid: Money,
    /// As on the order (`domestic`, `reverse-charge`, …).
    pub vat_treatment: String,
}

/// Which billing address an invoice was addressed to, as Accounting → Invoices filters by
/// it: the organisation's main address, or one of its other billing addresses.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AddressChoice {
    Main,
    Other(crate::ids::BillingAddressId),
}

impl AddressChoice {
    /// Its form in the URL (`main` or the address's id).
    pub fn code(&self) -> String {
        match self {
            AddressChoice::Main => "main".to_owned(),
            AddressChoice::Other(id) => id.to_string(),
        }
    }

    pub fn parse(code: &str) -> Option<AddressChoice> {
        if code == "main" {
            return Some(AddressChoice::Main);
        }
        code.parse().ok().map(AddressChoice::Other)
    }
}

/// Which invoices Accounting → Invoices lists.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvoiceFilter {
    pub status: Option<InvoiceStatus>,
    /// Issued in this calendar year, in the reader's time zone.
    pub year: Option<i32>,
    pub address: Option<AddressChoice>,
}

/// A billing address the invoices can be filtered by.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddressOption {
    pub choice: AddressChoice,
    /// Who it is addressed to and where (`Anna AG, Zürich`).
    pub label: String,
}

/// One page of the organisation's invoices and what they can be filtered by.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvoiceList {
    pub rows: Vec<super::InvoiceRow>,
    /// Invoices matching the filter.
    pub total: u64,
    /// Years with invoices, newest first.
    pub years: Vec<i32>,
    pub addresses: Vec<AddressOption>,
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn address_choices_round_trip_through_the_url() {
        assert_eq!(AddressChoice::parse("main"), Some(AddressChoice::Main));
        let id = "0190c6d2-7f1e-7a7b-9d7e-1b2c3d4e5f60";
        let other = AddressChoice::parse(id).unwrap();
        assert_eq!(other.code(), id);
        assert_eq!(AddressChoice::parse("somewhere"), None);
        assert_eq!(AddressChoice::parse(""), None);
    }
}
