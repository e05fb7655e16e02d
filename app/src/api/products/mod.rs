mod check_domain;
mod get_product;
mod list_products;
mod rename_product;
mod set_auto_renewal;
mod set_maintenance;
mod set_management_block;

pub use check_domain::*;
pub use get_product::*;
pub use list_products::*;
pub use rename_product::*;
pub use set_auto_renewal::*;
pub use set_maintenance::*;
pub use set_management_block::*;
