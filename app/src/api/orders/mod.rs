mod get_order_detail;
mod get_order_form;
mod get_prepaid_account;
mod list_orders;
mod list_to_pay;
mod pay_order;
mod place_order;
mod quote_order;
mod set_price_display;

pub use get_order_detail::*;
pub use get_order_form::*;
pub use get_prepaid_account::*;
pub use list_orders::*;
pub use list_to_pay::*;
pub use pay_order::*;
pub use place_order::*;
pub use quote_order::*;
pub use set_price_display::*;
