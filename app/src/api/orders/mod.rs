mod get_order;
mod get_order_form;
mod place_order;
mod quote_order;
mod set_price_display;

pub use get_order::*;
pub use get_order_form::*;
pub use place_order::*;
pub use quote_order::*;
pub use set_price_display::*;
