//! The Accounting section: the organisation's orders and paying them. To pay, invoices,
//! the prepaid account's history and payment methods follow.

mod invoices;
mod order;
mod order_lines;
mod orders;
mod pay;
mod prepaid;
mod tabs;
mod to_pay;

pub use invoices::InvoicesPage;
pub use order::OrderDetailPage;
pub use orders::OrdersPage;
pub use prepaid::PrepaidPage;
pub use to_pay::ToPayPage;

use crate::components::data_table::{Pagination, RowRange};
use leptos::prelude::*;

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
