//! A hosting product's lifecycle, domains included (redemption exists only for them).

use super::Status;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProductStatus {
    /// Ordered, being set up (domain registration, server provisioning).
    Pending,
    Active,
    /// Active, near the end of its term without automatic renewal.
    ExpiringSoon,
    /// Active but temporarily unavailable for planned work.
    InMaintenance,
    /// Suspended (unpaid invoices, abuse); data kept.
    Blocked,
    /// The term ended; can still be renewed.
    Expired,
    /// Domains after expiry: only the holder can restore it, for a fee.
    InRedemption,
    /// Cancelled and removed. Final.
    Terminated,
    /// A domain not renewed nor restored in time: the name went back to the registry and
    /// is no longer the organisation's. Final.
    Released,
}

use ProductStatus::*;

impl Status for ProductStatus {
    const KIND: &'static str = "product";
    const ALL: &'static [Self] = &[
        Pending,
        Active,
        ExpiringSoon,
        InMaintenance,
        Blocked,
        Expired,
        InRedemption,
        Terminated,
        Released,
    ];
    const TRANSITIONS: &'static [(Self, Self)] = &[
        (Pending, Active),
        (Pending, Terminated),
        (Active, ExpiringSoon),
        (Active, InMaintenance),
        (Active, Blocked),
        (Active, Expired),
        (Active, Terminated),
        (ExpiringSoon, Active),
        (ExpiringSoon, InMaintenance),
        (ExpiringSoon, Blocked),
        (ExpiringSoon, Expired),
        (ExpiringSoon, Terminated),
        (InMaintenance, Active),
        (InMaintenance, ExpiringSoon),
        (InMaintenance, Blocked),
        (InMaintenance, Terminated),
        (Blocked, Active),
        (Blocked, Expired),
        (Blocked, Terminated),
        (Expired, Active),
        (Expired, InRedemption),
        (Expired, Terminated),
        (Expired, Released),
        (InRedemption, Active),
        (InRedemption, Terminated),
        (InRedemption, Released),
    ];

    fn code(self) -> &'static str {
        match self {
            Pending => "pending",
            Active => "active",
            ExpiringSoon => "expiring-soon",
            InMaintenance => "in-maintenance",
            Blocked => "blocked",
            Expired => "expired",
            InRedemption => "in-redemption",
            Terminated => "terminated",
            Released => "released",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::status::StatusError;

    #[test]
    fn table_and_codes_are_consistent() {
        crate::status::tests::check_table::<ProductStatus>();
    }

    #[test]
    fn codes_stored_today_stay_valid() {
        for code in [
            "active",
            "expiring-soon",
            "expired",
            "in-redemption",
            "blocked",
            "in-maintenance",
            "terminated",
        ] {
            assert!(ProductStatus::from_code(code).is_some(), "{code}");
        }
    }

    #[test]
    fn illegal_changes_are_refused() {
        assert_eq!(Expired.transition(InRedemption), Ok(InRedemption));
        assert_eq!(
            Terminated.transition(Active),
            Err(StatusError::NotAllowed {
                kind: "product",
                from: "terminated",
                to: "active"
            })
        );
        assert!(Active.transition(InRedemption).is_err());
        assert!(Pending.transition(Expired).is_err());
        assert!(InRedemption.transition(Expired).is_err());
        assert!(Terminated.is_final());
        assert!(Released.is_final());
        assert_eq!(InRedemption.transition(Released), Ok(Released));
        assert!(!Blocked.is_final());
    }
}
