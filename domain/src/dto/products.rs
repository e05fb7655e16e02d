//! Products as the Products section shows them: the list with its URL state, one product
//! with its history.

use super::urlencode;
use crate::datetime::UnixMillis;
use crate::ids::ProductId;
use crate::status::{ProductStatus, Status};
use serde::{Deserialize, Serialize};

/// Products shown per page unless the viewer chooses another size.
pub const PRODUCT_PAGE_SIZE: u32 = 25;
/// The page sizes the product list offers.
pub const PRODUCT_PAGE_SIZES: [u32; 3] = [25, 50, 100];
/// "Expiring soon" in the list's filter: within this many days.
pub const EXPIRING_WITHIN_DAYS: i64 = 30;

/// Columns the product list sorts by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProductSort {
    /// Soonest expiry first, products without an expiry last.
    #[default]
    Expiry,
    Name,
    Kind,
    Status,
}

impl ProductSort {
    pub const ALL: [ProductSort; 4] = [
        ProductSort::Expiry,
        ProductSort::Name,
        ProductSort::Kind,
        ProductSort::Status,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ProductSort::Expiry => "expiry",
            ProductSort::Name => "name",
            ProductSort::Kind => "kind",
            ProductSort::Status => "status",
        }
    }

    pub fn from_code(code: &str) -> Option<ProductSort> {
        ProductSort::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// The list's status filter: one status, or every product whose term ends within
/// [`EXPIRING_WITHIN_DAYS`] (whatever its status, terminated ones aside).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "filter", content = "status")]
pub enum ProductFilter {
    Status(ProductStatus),
    ExpiringSoon,
}

impl ProductFilter {
    /// The URL's `status=` value.
    pub fn code(self) -> &'static str {
        match self {
            ProductFilter::Status(status) => status.code(),
            ProductFilter::ExpiringSoon => "expiring-30",
        }
    }

    pub fn from_code(code: &str) -> Option<ProductFilter> {
        if code == "expiring-30" {
            return Some(ProductFilter::ExpiringSoon);
        }
        ProductStatus::from_code(code).map(ProductFilter::Status)
    }

    /// Every choice the filter offers, in display order.
    pub fn choices() -> Vec<ProductFilter> {
        std::iter::once(ProductFilter::ExpiringSoon)
            .chain(
                ProductStatus::ALL
                    .iter()
                    .copied()
                    .map(ProductFilter::Status),
            )
            .collect()
    }

    /// Fluent key of the choice's label.
    pub fn label_key(self) -> String {
        match self {
            ProductFilter::Status(status) => format!("product-status-{}", status.code()),
            ProductFilter::ExpiringSoon => "products-filter-expiring".to_owned(),
        }
    }
}

/// Search, filters, sort and page of the product list; kept in the URL.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductQuery {
    /// Matches the product's name, case-insensitively.
    #[serde(default)]
    pub search: String,
    /// A product kind's code.
    #[serde(default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub filter: Option<ProductFilter>,
    #[serde(default)]
    pub sort: ProductSort,
    #[serde(default)]
    pub descending: bool,
    /// Zero-based.
    #[serde(default)]
    pub page: u32,
    #[serde(default = "default_page_size")]
    pub page_size: u32,
}

fn default_page_size() -> u32 {
    PRODUCT_PAGE_SIZE
}

impl Default for ProductQuery {
    fn default() -> Self {
        ProductQuery {
            search: String::new(),
            kind: None,
            filter: None,
            sort: ProductSort::default(),
            descending: false,
            page: 0,
            page_size: PRODUCT_PAGE_SIZE,
        }
    }
}

impl ProductQuery {
    /// Reads the URL's parameters (`q`, `kind`, `status`, `sort`, `desc`, `per`, `page`
    /// one-based); anything unknown falls back to the default rather than failing.
    pub fn from_params(get: impl Fn(&str) -> Option<String>) -> ProductQuery {
        ProductQuery {
            search: get("q").unwrap_or_default().chars().take(100).collect(),
            kind: get("kind").filter(|k| super::PRODUCT_KINDS.contains(&k.as_str())),
            filter: get("status").and_then(|s| ProductFilter::from_code(&s)),
            sort: get("sort")
                .and_then(|s| ProductSort::from_code(&s))
                .unwrap_or_default(),
            descending: get("desc").is_some_and(|d| d == "1"),
            page: get("page")
                .and_then(|p| p.parse::<u32>().ok())
                .map_or(0, |p| p.saturating_sub(1)),
            page_size: get("per")
                .and_then(|p| p.parse::<u32>().ok())
                .filter(|p| PRODUCT_PAGE_SIZES.contains(p))
                .unwrap_or(PRODUCT_PAGE_SIZE),
        }
    }

    /// The page size to use: a size the list offers, else the default.
    pub fn rows_per_page(&self) -> u32 {
        if PRODUCT_PAGE_SIZES.contains(&self.page_size) {
            self.page_size
        } else {
            PRODUCT_PAGE_SIZE
        }
    }

    /// The URL query string for this state (empty parts left out).
    pub fn to_query_string(&self) -> String {
        let mut parts = Vec::new();
        if !self.search.is_empty() {
            parts.push(format!("q={}", urlencode(&self.search)));
        }
        if let Some(kind) = &self.kind {
            parts.push(format!("kind={}", urlencode(kind)));
        }
        if let Some(filter) = self.filter {
            parts.push(format!("status={}", filter.code()));
        }
        if self.sort != ProductSort::default() {
            parts.push(format!("sort={}", self.sort.code()));
        }
        if self.descending {
            parts.push("desc=1".to_owned());
        }
        if self.rows_per_page() != PRODUCT_PAGE_SIZE {
            parts.push(format!("per={}", self.rows_per_page()));
        }
        if self.page > 0 {
            parts.push(format!("page={}", self.page + 1));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

/// One product of the list, with what the viewer may do with it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductListRow {
    pub id: ProductId,
    pub name: String,
    /// Displayed through `product-kind-<code>`.
    pub kind: String,
    pub status: ProductStatus,
    pub expires_at: Option<UnixMillis>,
    pub auto_renew: bool,
    /// Administrators and legal representatives blocked its management by limited members.
    pub management_blocked: bool,
    /// Whether the viewer may manage it.
    pub can_manage: bool,
}

/// One page of the organisation's products the viewer may see.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductPage {
    pub rows: Vec<ProductListRow>,
    /// Matching products in all pages.
    pub total: i64,
    pub page: u32,
    pub page_size: u32,
    /// Whether the viewer may order (`product_rules::may_order`).
    #[serde(default)]
    pub can_order: bool,
}

/// The answer to "can I have this domain name?".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DomainCheck {
    pub name: crate::domain_name::DomainName,
    /// The extension as the catalogue sells it (`.ch`).
    pub extension: String,
    pub available: bool,
    /// A year's price, tax excluded, in the organisation's currency.
    pub yearly_price: Option<crate::money::Money>,
    /// The most years one order may cover.
    pub max_years: Option<u32>,
}

/// Who changed a product.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum ProductActor {
    /// A person, by the name they have now (or had, if their account is gone).
    Member { name: String },
    /// A background job (`renewals`, `domain-lifecycle`…) or an operator's command.
    System { name: String },
}

/// What one entry of a product's history changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "change", rename_all = "kebab-case")]
pub enum ProductChange {
    Renamed {
        from: String,
        to: String,
    },
    Status {
        from: ProductStatus,
        to: ProductStatus,
    },
    AutoRenewal {
        on: bool,
    },
    ManagementBlocked,
    ManagementUnblocked,
}

impl ProductChange {
    /// Stable storage code of the change's kind.
    pub fn code(&self) -> &'static str {
        match self {
            ProductChange::Renamed { .. } => "renamed",
            ProductChange::Status { .. } => "status",
            ProductChange::AutoRenewal { on: true } => "auto-renewal-on",
            ProductChange::AutoRenewal { on: false } => "auto-renewal-off",
            ProductChange::ManagementBlocked => "management-blocked",
            ProductChange::ManagementUnblocked => "management-unblocked",
        }
    }

    /// The change as stored: its code and the values before and after, where it has them.
    pub fn to_parts(&self) -> (&'static str, Option<String>, Option<String>) {
        match self {
            ProductChange::Renamed { from, to } => {
                (self.code(), Some(from.clone()), Some(to.clone()))
            }
            ProductChange::Status { from, to } => (
                self.code(),
                Some(from.code().to_owned()),
                Some(to.code().to_owned()),
            ),
            _ => (self.code(), None, None),
        }
    }

    /// Reads a stored change back; `None` for a row that is not one (corruption).
    pub fn from_parts(code: &str, from: Option<String>, to: Option<String>) -> Option<Self> {
        Some(match code {
            "renamed" => ProductChange::Renamed {
                from: from?,
                to: to?,
            },
            "status" => ProductChange::Status {
                from: ProductStatus::from_code(&from?)?,
                to: ProductStatus::from_code(&to?)?,
            },
            "auto-renewal-on" => ProductChange::AutoRenewal { on: true },
            "auto-renewal-off" => ProductChange::AutoRenewal { on: false },
            "management-blocked" => ProductChange::ManagementBlocked,
            "management-unblocked" => ProductChange::ManagementUnblocked,
            _ => return None,
        })
    }
}

/// One entry of a product's history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductEvent {
    pub at: UnixMillis,
    pub actor: ProductActor,
    pub change: ProductChange,
}

/// One product's page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductDetail {
    pub product: ProductListRow,
    pub created_at: UnixMillis,
    /// What the viewer may do from its *Manage* menu.
    pub actions: crate::product_rules::ProductActions,
    /// Newest first.
    pub history: Vec<ProductEvent>,
    /// While a domain is in redemption: until when it can be restored.
    #[serde(default)]
    pub redemption_until: Option<UnixMillis>,
    /// What restoring it costs (tax excluded, the organisation's currency), while in
    /// redemption.
    #[serde(default)]
    pub restore_fee: Option<crate::money::Money>,
    /// A mail service's addresses.
    #[serde(default)]
    pub addresses: Vec<MailAddressRow>,
    /// What the viewer may order for it (members who may order, while it is not over).
    #[serde(default)]
    pub renewal: Option<RenewalChoices>,
}

/// What can be ordered for a product the organisation holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RenewalChoices {
    /// Renewal periods with their prices, tax excluded.
    pub periods: Vec<crate::dto::OrderablePeriod>,
    /// Options of a domain it does not have yet.
    pub options: Vec<crate::dto::OrderableOption>,
    /// A domain in redemption: renewing restores it.
    pub restore: bool,
    /// Renewal Warranty waives the restore fee.
    pub restore_fee_waived: bool,
}

/// One address of a mail service.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailAddressRow {
    pub id: crate::ids::MailAddressId,
    pub address: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_query_round_trips_through_the_url() {
        let query = ProductQuery {
            search: "bäckerei".into(),
            kind: Some("domain".into()),
            filter: Some(ProductFilter::ExpiringSoon),
            sort: ProductSort::Name,
            descending: true,
            page: 1,
            page_size: 50,
        };
        let qs = query.to_query_string();
        assert_eq!(
            qs,
            "?q=b%C3%A4ckerei&kind=domain&status=expiring-30&sort=name&desc=1&per=50&page=2"
        );
        let params: Vec<(String, String)> = qs[1..]
            .split('&')
            .map(|kv| {
                let (k, v) = kv.split_once('=').unwrap();
                (k.to_owned(), v.replace("%C3%A4", "ä"))
            })
            .collect();
        let read = ProductQuery::from_params(|k| {
            params.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone())
        });
        assert_eq!(read, query);
        assert_eq!(ProductQuery::default().to_query_string(), "");
    }

    #[test]
    fn unknown_url_values_fall_back_to_the_defaults() {
        let read = ProductQuery::from_params(|k| {
            Some(match k {
                "kind" => "spaceship".to_owned(),
                "status" => "on-fire".to_owned(),
                "sort" => "colour".to_owned(),
                "per" => "7".to_owned(),
                "page" => "x".to_owned(),
                _ => return None,
            })
        });
        assert_eq!(read, ProductQuery::default());
        assert_eq!(
            ProductFilter::from_code("in-redemption"),
            Some(ProductFilter::Status(ProductStatus::InRedemption))
        );
    }

    #[test]
    fn every_change_is_stored_and_read_back_unchanged() {
        let changes = [
            ProductChange::Renamed {
                from: "old".into(),
                to: "new".into(),
            },
            ProductChange::Status {
                from: ProductStatus::Active,
                to: ProductStatus::InMaintenance,
            },
            ProductChange::AutoRenewal { on: true },
            ProductChange::AutoRenewal { on: false },
            ProductChange::ManagementBlocked,
            ProductChange::ManagementUnblocked,
        ];
        for change in changes {
            let (code, from, to) = change.to_parts();
            assert_eq!(ProductChange::from_parts(code, from, to), Some(change));
        }
        assert_eq!(
            ProductChange::from_parts("status", Some("x".into()), None),
            None
        );
        assert_eq!(ProductChange::from_parts("exploded", None, None), None);
    }
}
