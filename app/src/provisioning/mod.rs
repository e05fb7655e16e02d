//! The boundary to the systems that really create, renew, suspend and remove products: a
//! registrar for domain names (EPP in production) and a hosting panel for everything else.
//! Use cases call these traits only; which implementation answers is the server's choice
//! (`Provisioning` in the request's context). Until a real adapter is configured the
//! console runs on the **sandbox** (`sandbox.rs`), which answers at once and predictably.

mod sandbox;

use domain::domain_name::DomainName;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

pub use sandbox::{SandboxPanel, SandboxRegistrar};

/// What an adapter's call gives back, later.
pub type Answer<'a, T> = Pin<Box<dyn Future<Output = Result<T, ProvisioningError>> + Send + 'a>>;

/// Whether a domain name can be registered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Availability {
    Available,
    /// Registered by someone (or reserved by the registry).
    Taken,
}

/// Why an adapter could not do what was asked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProvisioningError {
    /// No answer in time, or the connection failed: worth retrying later (by a job).
    Unreachable,
    /// The other side said no; `code` is its reason, for the logs and the retry decision.
    Refused { code: String },
}

/// A domain registrar.
pub trait Registrar: Send + Sync {
    /// The adapter's name, shown to operators (`sandbox`, `epp:…`).
    fn label(&self) -> &'static str;
    fn check(&self, name: &DomainName) -> Answer<'_, Availability>;
    fn register(&self, name: &DomainName, years: u32) -> Answer<'_, ()>;
    fn renew(&self, name: &DomainName, years: u32) -> Answer<'_, ()>;
    /// Takes a domain back out of redemption.
    fn restore(&self, name: &DomainName) -> Answer<'_, ()>;
    /// Lets the name go back to the registry.
    fn release(&self, name: &DomainName) -> Answer<'_, ()>;
}

/// A hosting panel: web and mail hosting, mail services, servers, drives, …
pub trait HostingPanel: Send + Sync {
    fn label(&self) -> &'static str;
    fn create(&self, kind: &str, name: &str) -> Answer<'_, ()>;
    fn renew(&self, kind: &str, name: &str, months: u32) -> Answer<'_, ()>;
    /// Blocks the service (unpaid, abuse); data is kept.
    fn suspend(&self, kind: &str, name: &str) -> Answer<'_, ()>;
    fn resume(&self, kind: &str, name: &str) -> Answer<'_, ()>;
    fn terminate(&self, kind: &str, name: &str) -> Answer<'_, ()>;
}

/// The adapters in use.
#[derive(Clone)]
pub struct Provisioning {
    pub registrar: Arc<dyn Registrar>,
    pub panel: Arc<dyn HostingPanel>,
}

impl Provisioning {
    pub fn sandbox() -> Provisioning {
        Provisioning {
            registrar: Arc::new(SandboxRegistrar),
            panel: Arc::new(SandboxPanel),
        }
    }
}

/// The adapters of this request (the sandbox unless the server provides others).
pub fn provisioning() -> Provisioning {
    leptos::prelude::use_context::<Provisioning>().unwrap_or_else(Provisioning::sandbox)
}
