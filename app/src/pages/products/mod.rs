//! The Products section: the organisation's products and each product's page.

mod history;
mod list;
mod manage;
mod product;

pub use list::ProductsPage;
pub use product::ProductPage;
