//! One payment attempt (card, transfer, prepaid balance). A retry is a new payment, so
//! failed and cancelled attempts are final.

use super::Status;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PaymentStatus {
    /// Started, waiting for the provider's answer.
    Pending,
    Succeeded,
    Failed,
    /// Abandoned by the payer before it completed.
    Cancelled,
    /// The money went back to the payer.
    Refunded,
}

use PaymentStatus::*;

impl Status for PaymentStatus {
    const KIND: &'static str = "payment";
    const ALL: &'static [Self] = &[Pending, Succeeded, Failed, Cancelled, Refunded];
    const TRANSITIONS: &'static [(Self, Self)] = &[
        (Pending, Succeeded),
        (Pending, Failed),
        (Pending, Cancelled),
        (Succeeded, Refunded),
    ];

    fn code(self) -> &'static str {
        match self {
            Pending => "pending",
            Succeeded => "succeeded",
            Failed => "failed",
            Cancelled => "cancelled",
            Refunded => "refunded",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_and_codes_are_consistent() {
        crate::status::tests::check_table::<PaymentStatus>();
    }

    #[test]
    fn illegal_changes_are_refused() {
        assert_eq!(Pending.transition(Succeeded), Ok(Succeeded));
        assert!(
            Failed.transition(Succeeded).is_err(),
            "a retry is a new payment"
        );
        assert!(Pending.transition(Refunded).is_err());
        assert!(Refunded.transition(Succeeded).is_err());
        assert!(Succeeded.transition(Failed).is_err());
    }
}
