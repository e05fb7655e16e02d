//! Free vouchers: one product for one period, free, for one organisation.
//!
//! An operator grants a voucher to one organisation for one product kind (for domains
//! optionally one extension) and one period, e.g. the first year of a `.ch` domain. It is
//! single use and expires at an instant. Only its organisation sees it
//! (`db::vouchers::available`). In a cart it makes exactly one matching line free: kind
//! equal, extension equal when the voucher names one, period equal (a one-year voucher does
//! not match a two-year line). The free line is its own negative line with the same tax
//! as the line it frees, so the tax is reversed exactly (see [`super::price_cart`]).

use crate::catalogue::{normalise_extension, Period, ProductKind, ValidCatalogue};
use crate::ids::VoucherId;
use crate::OrgId;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A granted voucher, as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Voucher {
    pub id: VoucherId,
    /// The only organisation that may see and use it.
    pub org: OrgId,
    pub kind: ProductKind,
    /// For domains: the one extension it is for (`.ch`), normalised; `None`: any.
    pub extension: Option<String>,
    pub period: Period,
    /// Usable strictly before this instant (Unix ms).
    pub expires_at: i64,
    pub granted_at: i64,
    /// Who granted it (`operator:alice`).
    pub granted_by: String,
    pub used_at: Option<i64>,
    /// The order it was used for.
    pub used_order: Option<String>,
}

/// Why a voucher cannot be used. Each is an `AppError::conflict` reason.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum VoucherRefusal {
    /// Its expiry instant has passed.
    Expired,
    /// It was used for an order already (or named twice in one cart).
    Used,
    /// No line of the cart is its kind, extension and period (or each such line is free
    /// already by another voucher).
    WrongProduct,
    /// It belongs to another organisation.
    OtherOrganisation,
}

impl VoucherRefusal {
    pub const ALL: [VoucherRefusal; 4] = [
        VoucherRefusal::Expired,
        VoucherRefusal::Used,
        VoucherRefusal::WrongProduct,
        VoucherRefusal::OtherOrganisation,
    ];

    /// The conflict reason (`error-conflict-<code>`).
    pub const fn code(self) -> &'static str {
        match self {
            VoucherRefusal::Expired => "voucher-expired",
            VoucherRefusal::Used => "voucher-used",
            VoucherRefusal::WrongProduct => "voucher-wrong-product",
            VoucherRefusal::OtherOrganisation => "voucher-other-organisation",
        }
    }
}

impl fmt::Display for VoucherRefusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Voucher {
    /// Whether `org` may use it at `now_ms`, whatever the cart: its organisation's (checked
    /// first, so another organisation learns nothing about its state), not used, not expired.
    pub fn check(&self, org: OrgId, now_ms: i64) -> Result<(), VoucherRefusal> {
        if self.org != org {
            return Err(VoucherRefusal::OtherOrganisation);
        }
        if self.used_at.is_some() {
            return Err(VoucherRefusal::Used);
        }
        if now_ms >= self.expires_at {
            return Err(VoucherRefusal::Expired);
        }
        Ok(())
    }

    /// Whether it is for a line of `kind` (of `extension`, for domains) and `period`.
    pub fn applies_to(&self, kind: ProductKind, extension: Option<&str>, period: Period) -> bool {
        let extension_matches = match &self.extension {
            None => true,
            Some(mine) => extension.is_some_and(|e| normalise_extension(e) == *mine),
        };
        self.kind == kind && self.period == period && extension_matches
    }

    /// The whole rule for one line: [`Voucher::check`], then [`Voucher::applies_to`]
    /// (`voucher-wrong-product`).
    pub fn check_line(
        &self,
        org: OrgId,
        now_ms: i64,
        kind: ProductKind,
        extension: Option<&str>,
        period: Period,
    ) -> Result<(), VoucherRefusal> {
        self.check(org, now_ms)?;
        if self.applies_to(kind, extension, period) {
            Ok(())
        } else {
            Err(VoucherRefusal::WrongProduct)
        }
    }

    /// The voucher as one a cart may use, once [`Voucher::check`] passed.
    pub fn usable(self, org: OrgId, now_ms: i64) -> Result<UsableVoucher, VoucherRefusal> {
        self.check(org, now_ms)?;
        Ok(UsableVoucher(self))
    }

    /// `domain .ch, 1 year` (operators' English).
    pub fn describe(&self) -> String {
        match &self.extension {
            Some(ext) => format!("{} {ext}, {}", self.kind, self.period),
            None => format!("{}, {}", self.kind, self.period),
        }
    }
}

/// A voucher of the ordering organisation, unused and unexpired when checked: the only
/// kind [`super::price_cart`] takes, so a cart cannot be priced with another organisation's
/// or a used voucher. Redemption checks again, inside the order's transaction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UsableVoucher(Voucher);

impl UsableVoucher {
    pub fn voucher(&self) -> &Voucher {
        &self.0
    }

    pub fn into_voucher(self) -> Voucher {
        self.0
    }
}

/// The default validity of a granted voucher: 90 days.
pub const DEFAULT_VALIDITY_MS: i64 = 90 * 86_400_000;

/// What an operator grants (the organisation and who grants come separately).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewVoucher {
    pub kind: ProductKind,
    /// As typed (`ch`, `.CH`); normalised by [`NewVoucher::check`].
    pub extension: Option<String>,
    pub period: Period,
    pub expires_at: i64,
}

/// Why a grant is refused, for the operator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GrantProblem {
    /// The catalogue in force does not sell this kind.
    KindNotSold(ProductKind),
    /// An extension was named for a kind that is not priced per extension.
    ExtensionNotForKind(ProductKind),
    ExtensionNotSold(String),
    /// The kind (extension) cannot be ordered for this period.
    PeriodNotOffered {
        kind: ProductKind,
        extension: Option<String>,
        period: Period,
    },
    /// The expiry is not in the future.
    ExpiryPast,
}

impl fmt::Display for GrantProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GrantProblem::KindNotSold(kind) => {
                write!(f, "the catalogue in force does not sell {kind}")
            }
            GrantProblem::ExtensionNotForKind(kind) => {
                write!(
                    f,
                    "{kind} is not priced per extension: --extension is only for domains"
                )
            }
            GrantProblem::ExtensionNotSold(ext) => {
                write!(
                    f,
                    "the catalogue in force does not sell the extension {ext}"
                )
            }
            GrantProblem::PeriodNotOffered {
                kind,
                extension: Some(ext),
                period,
            } => write!(f, "{kind} {ext} cannot be ordered for {period}"),
            GrantProblem::PeriodNotOffered {
                kind,
                extension: None,
                period,
            } => write!(f, "{kind} cannot be ordered for {period}"),
            GrantProblem::ExpiryPast => f.write_str("the expiry must be in the future"),
        }
    }
}

impl NewVoucher {
    /// Checks the grant against the catalogue in force: the kind is sold, an extension only
    /// for domains and sold, the period orderable (for a domain without extension: by at
    /// least one extension), the expiry after `now_ms`. Returns it with its extension
    /// normalised.
    pub fn check(
        mut self,
        catalogue: &ValidCatalogue,
        now_ms: i64,
    ) -> Result<NewVoucher, GrantProblem> {
        let kind = self.kind;
        if !catalogue.sells(kind) {
            return Err(GrantProblem::KindNotSold(kind));
        }
        let currency = crate::money::Currency::Chf;
        match self.extension.as_deref().map(normalise_extension) {
            Some(ext) => {
                if !kind.priced_per_extension() {
                    return Err(GrantProblem::ExtensionNotForKind(kind));
                }
                if catalogue.extension(&ext).is_none() {
                    return Err(GrantProblem::ExtensionNotSold(ext));
                }
                if catalogue
                    .price(kind, Some(&ext), self.period, currency)
                    .is_none()
                {
                    return Err(GrantProblem::PeriodNotOffered {
                        kind,
                        extension: Some(ext),
                        period: self.period,
                    });
                }
                self.extension = Some(ext);
            }
            None => {
                let orderable = if kind.priced_per_extension() {
                    catalogue.extensions().any(|e| {
                        catalogue
                            .price(kind, Some(&e.name), self.period, currency)
                            .is_some()
                    })
                } else {
                    catalogue.price(kind, None, self.period, currency).is_some()
                };
                if !orderable {
                    return Err(GrantProblem::PeriodNotOffered {
                        kind,
                        extension: None,
                        period: self.period,
                    });
                }
            }
        }
        if self.expires_at <= now_ms {
            return Err(GrantProblem::ExpiryPast);
        }
        Ok(self)
    }
}
