//! The Organisation section: details and logo, billing addresses, replacing the legal
//! representative, deleting the organisation.

mod addresses;
mod delete;
mod details;
mod logo;
mod security;
mod succession;
mod tabs;

pub use addresses::AddressesPage;
pub use delete::DeletePage;
pub use details::DetailsPage;
pub use security::OrgSecurityPage;
pub use succession::SuccessionPage;
