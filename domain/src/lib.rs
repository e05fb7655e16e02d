//! Mandant's shared, IO-free model. Everything here compiles for the server and for the
//! browser (wasm32), so both sides validate, authorise and format with the same code.

pub mod cart;
pub mod catalogue;
pub mod country;
pub mod datetime;
pub mod device;
pub mod domain_name;
pub mod dto;
pub mod error;
pub mod ids;
pub mod lang;
pub mod login_limits;
pub mod membership;
pub mod money;
pub mod order;
pub mod prepaid;
pub mod product_lifecycle;
pub mod product_rules;
pub mod qr_bill;
pub mod role;
pub mod security_mail;
#[cfg(feature = "server-fn")]
mod server_fn_error;
pub mod status;
pub mod tax;
pub mod validation;

pub use error::{AppError, FieldError};
pub use ids::{BillingAddressId, InvitationId, InvoiceId, OrgId, ProductId, TeamId, UserId};
pub use lang::Lang;
pub use role::{Access, Permission, Role};
