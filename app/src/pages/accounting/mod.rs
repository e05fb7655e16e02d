//! The Accounting section: To pay, the organisation's orders and paying them, invoices,
//! the prepaid account and the saved payment methods.

mod invoices;
mod order;
mod order_lines;
mod orders;
mod pay;
mod payment_methods;
mod prepaid;
mod tabs;
mod to_pay;

pub use invoices::InvoicesPage;
pub use order::OrderDetailPage;
pub use orders::OrdersPage;
pub use payment_methods::PaymentMethodsPage;
pub use prepaid::PrepaidPage;
pub use to_pay::ToPayPage;

use crate::components::data_table::{Pagination, RowRange};
use crate::routes::org_section;
use domain::OrgId;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// `?a=1&b=2` of the parts that are set, or nothing.
fn query_string(parts: &[(&str, Option<String>)]) -> String {
    let set: Vec<String> = parts
        .iter()
        .filter_map(|(name, value)| value.as_ref().map(|v| format!("{name}={v}")))
        .collect();
    if set.is_empty() {
        String::new()
    } else {
        format!("?{}", set.join("&"))
    }
}

/// Goes to the Accounting tab `tab` of the organisation with a list's `?query`, keeping
/// the list's state in the URL.
fn list_navigator(org: Memo<Option<OrgId>>, tab: &'static str) -> Callback<String> {
    let navigate = use_navigate();
    Callback::new(move |query: String| {
        if let Some(org) = org.get_untracked() {
            navigate(
                &format!("{}/{tab}{query}", org_section(org, "accounting")),
                Default::default(),
            );
        }
    })
}

/// The `page` of the URL, from 1.
fn page_param(value: Option<String>) -> u32 {
    value.and_then(|p| p.parse().ok()).unwrap_or(1).max(1)
}

/// The pager of a list with `per` rows a page: `shown` rows of `total` on page `page`.
fn fixed_pages(
    page: Signal<u32>,
    per: u32,
    shown: usize,
    total: u64,
    go: Callback<u32>,
) -> Pagination {
    let pages = u32::try_from(total.div_ceil(u64::from(per)).max(1)).unwrap_or(u32::MAX);
    let first = page.get_untracked().saturating_sub(1).saturating_mul(per);
    let shown = u32::try_from(shown).unwrap_or(per);
    Pagination {
        page,
        pages: Signal::derive(move || pages),
        go,
        range: Some(RowRange {
            first: first + 1,
            last: first + shown,
            total,
        }),
        sizes: None,
    }
}
