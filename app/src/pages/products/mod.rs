//! The Products section: the organisation's products and each product's page.

mod addresses;
mod history;
mod list;
mod manage;
mod order;
mod order_add;
mod order_cart;
mod order_checkout;
mod order_saved;
mod product;
mod renew;

pub use list::ProductsPage;
pub use order::OrderPage;
pub use product::ProductPage;
