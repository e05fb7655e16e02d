//! The Accounting section: the organisation's orders and paying them. To pay, invoices,
//! the prepaid account's history and payment methods follow.

mod order;
mod order_lines;
mod orders;
mod pay;
mod tabs;

pub use order::OrderDetailPage;
pub use orders::OrdersPage;
