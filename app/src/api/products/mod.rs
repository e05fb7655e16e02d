mod add_mail_address;
mod check_domain;
mod get_product;
mod list_products;
mod remove_mail_address;
mod rename_product;
mod set_auto_renewal;
mod set_maintenance;
mod set_management_block;

pub use add_mail_address::*;
pub use check_domain::*;
pub use get_product::*;
pub use list_products::*;
pub use remove_mail_address::*;
pub use rename_product::*;
pub use set_auto_renewal::*;
pub use set_maintenance::*;
pub use set_management_block::*;
