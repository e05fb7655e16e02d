//! The Organisation section: details, billing addresses, logo, deletion, succession.

use crate::datetime::UnixMillis;
use crate::ids::{BillingAddressId, OrgId, UserId};
use crate::money::Money;
use serde::{Deserialize, Serialize};

/// Largest logo file accepted, before re-encoding.
pub const LOGO_MAX_BYTES: usize = 1024 * 1024;

/// A postal address invoices can be sent to.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostalAddress {
    pub street: String,
    pub postal_code: String,
    pub city: String,
    pub country: String,
}

/// A further billing address, chosen per renewal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BillingAddress {
    pub id: BillingAddressId,
    /// Who the invoice is addressed to.
    pub name: String,
    pub email: String,
    pub address: PostalAddress,
    /// Compact for Swiss and EU numbers; `None` when not given.
    #[serde(default)]
    pub vat_number: Option<String>,
}

/// The organisation's details page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrgDetails {
    pub id: OrgId,
    pub name: String,
    pub currency: String,
    /// The main billing address; its country sets the currency.
    pub address: PostalAddress,
    /// The VAT number of the main billing address, when given.
    #[serde(default)]
    pub vat_number: Option<String>,
    pub billing_addresses: Vec<BillingAddress>,
    /// Changes when the logo changes (cache key of its URL); `None` without a logo.
    pub logo_version: Option<UnixMillis>,
    /// The viewer may edit these details.
    pub can_update: bool,
    /// Members without a second factor can do nothing here but set one up (or leave).
    #[serde(default)]
    pub require_two_factor: bool,
    /// Changing the currency is refused while money is pending in the current one.
    pub currency_locked: bool,
    /// The zone in which product end dates are calendar dates: the one chosen, or empty
    /// for the billing country's (`country::default_time_zone`).
    #[serde(default)]
    pub time_zone: String,
}

/// What still prevents deleting the organisation; it can go when every count is zero.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeletionCheck {
    pub org_name: String,
    pub products: i64,
    pub prepaid_balance: Money,
    pub unpaid_invoices: i64,
    pub unpaid_total: Money,
    /// The viewer is a legal representative (only they may delete).
    pub may_delete: bool,
}

impl DeletionCheck {
    pub fn blocked(&self) -> bool {
        self.products > 0 || self.prepaid_balance.minor != 0 || self.unpaid_invoices > 0
    }
}

/// A pending replacement of a legal representative.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Succession {
    pub from_user: UserId,
    pub from_name: String,
    pub to_user: UserId,
    pub to_name: String,
    pub created_at: UnixMillis,
    pub expires_at: UnixMillis,
}

/// The succession page: the pending replacement (if any) and who could take over.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SuccessionPage {
    pub pending: Option<Succession>,
    /// Members the viewer may name as successor (empty unless they are a legal
    /// representative).
    pub candidates: Vec<crate::dto::TeamMember>,
    pub viewer: UserId,
}
