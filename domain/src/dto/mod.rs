//! Data sent between server functions and the interface.

use crate::datetime::{Region, UnixMillis};
use crate::ids::{InvoiceId, OrgId, ProductId, UserId};
use crate::money::Money;
use crate::role::Role;
use serde::{Deserialize, Serialize};

mod invoices;
mod members;
mod orders;
mod organisation;
mod products;
mod security;
pub use invoices::*;
pub use members::*;
pub use orders::*;
pub use organisation::*;
pub use products::*;
pub use security::*;

/// Percent-encodes a value for a URL's query string.
fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The signed-in user, as the interface needs them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Me {
    pub id: UserId,
    pub name: String,
    pub email: String,
    pub region: Region,
    pub last_org: Option<OrgId>,
}

impl Me {
    /// Up to two initials for the avatar.
    pub fn initials(&self) -> String {
        initials(&self.name)
    }
}

pub fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .take(2)
        .flat_map(char::to_uppercase)
        .collect()
}

/// One organisation as seen by one member.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrgSummary {
    pub id: OrgId,
    pub name: String,
    pub role: Role,
    pub country: String,
    pub currency: String,
    /// Version of the organisation's logo (its URL's cache key), if it has one.
    #[serde(default)]
    pub logo_version: Option<UnixMillis>,
}

impl OrgSummary {
    /// Where the logo is served (members only).
    pub fn logo_url(&self) -> Option<String> {
        self.logo_version
            .map(|v| format!("/media/logo/{}?v={v}", self.id))
    }
}

/// The organisation to open after signing in: the one used last if the user still belongs
/// to it, else the first of their organisations.
pub fn landing_org(last: Option<OrgId>, orgs: &[OrgSummary]) -> Option<OrgId> {
    last.filter(|id| orgs.iter().any(|o| o.id == *id))
        .or_else(|| orgs.first().map(|o| o.id))
}

/// What the app shell needs on every page: who is signed in and their organisations.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ShellData {
    pub me: Me,
    pub orgs: Vec<OrgSummary>,
}

/// Product kinds of the catalogue; displayed through `product-kind-<code>`. The codes of
/// [`ProductKind::ALL`](crate::catalogue::ProductKind::ALL), for lists of strings.
pub const PRODUCT_KINDS: &[&str] = &crate::catalogue::CODES;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductRow {
    pub id: ProductId,
    pub name: String,
    pub kind: String,
    /// Displayed through `product-status-<code>`.
    pub status: crate::status::ProductStatus,
    pub expires_at: Option<UnixMillis>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvoiceRow {
    pub id: InvoiceId,
    pub number: String,
    /// Displayed through `invoice-status-<code>`.
    pub status: crate::status::InvoiceStatus,
    pub total: Money,
    pub issued_at: UnixMillis,
    pub due_at: UnixMillis,
    /// Paid and issued with its printable copy: the PDF can be downloaded.
    #[serde(default)]
    pub printable: bool,
    /// The credit note that annulled it, if one did (its PDF is downloadable).
    #[serde(default)]
    pub credit_note: Option<crate::ids::CreditNoteId>,
}

/// The organisation dashboard.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dashboard {
    pub org: OrgSummary,
    pub member_count: i64,
    pub products: Vec<ProductRow>,
    /// Only filled for members who may see invoices.
    pub unpaid_invoices: Option<Vec<InvoiceRow>>,
    pub unpaid_total: Option<Money>,
}

/// A row of "My organisations" in the profile.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyOrgRow {
    pub org: OrgSummary,
    /// Whether this user may leave (not the last legal representative).
    pub can_leave: bool,
    pub joined_at: UnixMillis,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn landing_prefers_the_last_org_the_user_still_belongs_to() {
        let org = |n: u128, name: &str| OrgSummary {
            id: OrgId(uuid::Uuid::from_u128(n)),
            name: name.into(),
            role: Role::Administrator,
            country: "CH".into(),
            currency: "CHF".into(),
            logo_version: None,
        };
        let orgs = vec![org(1, "A"), org(2, "B")];
        assert_eq!(landing_org(Some(orgs[1].id), &orgs), Some(orgs[1].id));
        let left = OrgId(uuid::Uuid::from_u128(9));
        assert_eq!(landing_org(Some(left), &orgs), Some(orgs[0].id));
        assert_eq!(landing_org(None, &orgs), Some(orgs[0].id));
        assert_eq!(landing_org(Some(left), &[]), None);
    }

    #[test]
    fn initials_take_the_first_two_words() {
        assert_eq!(initials("anna maria muster"), "AM");
        assert_eq!(initials("Élodie"), "É");
        assert_eq!(initials("  "), "");
    }
}
