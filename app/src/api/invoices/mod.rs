mod list_invoices;

pub use list_invoices::*;
