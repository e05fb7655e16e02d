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
    /// As on the order (`domestic`, `reverse-charge`, …).
    pub vat_treatment: String,
}
