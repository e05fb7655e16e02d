//! The kinds of product the provider sells: a closed list, because code (ordering,
//! provisioning, support access) differs per kind, while prices and terms are data.

use serde::{Deserialize, Serialize};

/// A product kind. Stored and written in catalogues as its kebab-case code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProductKind {
    /// A domain name, priced per extension (`.ch`, `.com`, …).
    Domain,
    /// Option of a domain: the holder's details hidden from the public registry data.
    DomainPrivacy,
    /// Option of a domain: renewed by the provider even when a payment is late.
    RenewalWarranty,
    WebHosting,
    WebMailHosting,
    MailService,
    CloudServer,
    Drive,
    TeamChat,
    Backup,
    SslCertificate,
    Newsletter,
    PremiumSupport,
}

impl ProductKind {
    pub const ALL: [ProductKind; 13] = [
        ProductKind::Domain,
        ProductKind::DomainPrivacy,
        ProductKind::RenewalWarranty,
        ProductKind::WebHosting,
        ProductKind::WebMailHosting,
        ProductKind::MailService,
        ProductKind::CloudServer,
        ProductKind::Drive,
        ProductKind::TeamChat,
        ProductKind::Backup,
        ProductKind::SslCertificate,
        ProductKind::Newsletter,
        ProductKind::PremiumSupport,
    ];

    /// Stable storage, wire and catalogue code.
    pub const fn code(self) -> &'static str {
        match self {
            ProductKind::Domain => "domain",
            ProductKind::DomainPrivacy => "domain-privacy",
            ProductKind::RenewalWarranty => "renewal-warranty",
            ProductKind::WebHosting => "web-hosting",
            ProductKind::WebMailHosting => "web-mail-hosting",
            ProductKind::MailService => "mail-service",
            ProductKind::CloudServer => "cloud-server",
            ProductKind::Drive => "drive",
            ProductKind::TeamChat => "team-chat",
            ProductKind::Backup => "backup",
            ProductKind::SslCertificate => "ssl-certificate",
            ProductKind::Newsletter => "newsletter",
            ProductKind::PremiumSupport => "premium-support",
        }
    }

    /// The kind with exactly this code.
    pub fn from_code(code: &str) -> Option<ProductKind> {
        ProductKind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// Fluent key of the kind's display name.
    pub fn label_key(self) -> String {
        format!("product-kind-{}", self.code())
    }

    /// Whether the kind is priced per domain extension rather than per period.
    pub const fn priced_per_extension(self) -> bool {
        matches!(self, ProductKind::Domain)
    }

    /// The kind this one is an option of (it is only sold together with one of those).
    pub const fn option_of(self) -> Option<ProductKind> {
        match self {
            ProductKind::DomainPrivacy | ProductKind::RenewalWarranty => Some(ProductKind::Domain),
            _ => None,
        }
    }
}

impl std::fmt::Display for ProductKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// Every kind's code, in [`ProductKind::ALL`]'s order (for lists of strings, such as the
/// translation check's keys).
pub const CODES: [&str; ProductKind::ALL.len()] = {
    let mut out = [""; ProductKind::ALL.len()];
    let mut i = 0;
    while i < out.len() {
        out[i] = ProductKind::ALL[i].code();
        i += 1;
    }
    out
};
