//! Mandant's Leptos application: the same code renders on the server and hydrates in the
//! browser. Pages and components call the server functions in `api`.
// Nested views build deep types; the default limit is too low for the shell with its pages.
#![recursion_limit = "256"]

pub mod api;
mod app;
pub mod client_parts;
mod components;
pub mod i18n;
mod layout;
#[cfg(feature = "ssr")]
mod logo;
#[cfg(feature = "ssr")]
pub mod mail;
mod pages;
#[cfg(feature = "ssr")]
pub mod payments;
#[cfg(feature = "ssr")]
pub mod provisioning;
mod request_key;
pub mod routes;
#[cfg(feature = "ssr")]
pub mod security;
#[cfg(feature = "ssr")]
pub mod seller;
#[cfg(feature = "ssr")]
pub mod use_cases;
mod webauthn;

pub use app::{shell, App, AssetRoot};
pub use client_parts::ClientParts;
