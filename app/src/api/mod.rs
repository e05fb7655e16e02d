//! Server functions: the console's API. One function per file, grouped by domain, each at
//! the stable endpoint `<domain>/<verb_noun>`. Public ones live under `/api/public`; every
//! other endpoint requires a session, enforced once by the server's session layer.

pub mod account;
pub mod auth;
pub mod invitations;
pub mod invoices;
pub mod members;
pub mod orders;
pub mod organisation;
pub mod orgs;
pub mod products;
pub mod security;
#[cfg(feature = "ssr")]
pub mod ssr;
pub mod teams;

/// Path prefix of endpoints reachable without a session.
pub const PUBLIC_PREFIX: &str = "/api/public";
/// Path prefix of all server functions.
pub const API_PREFIX: &str = "/api";
