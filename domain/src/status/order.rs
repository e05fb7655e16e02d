//! An order's lifecycle, from checkout to the products being set up.

use super::Status;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OrderStatus {
    /// Placed, waiting for payment.
    Pending,
    /// Paid; products are being set up.
    Paid,
    /// Every product of the order is set up. Can still be refunded.
    Completed,
    /// Withdrawn before payment. Final.
    Cancelled,
    /// Not paid in time. Final.
    Expired,
    /// Paid, then reimbursed. Final.
    Refunded,
}

use OrderStatus::*;

impl Status for OrderStatus {
    const KIND: &'static str = "order";
    const ALL: &'static [Self] = &[Pending, Paid, Completed, Cancelled, Expired, Refunded];
    const TRANSITIONS: &'static [(Self, Self)] = &[
        (Pending, Paid),
        (Pending, Cancelled),
        (Pending, Expired),
        (Paid, Completed),
        (Paid, Refunded),
        (Completed, Refunded),
    ];

    fn code(self) -> &'static str {
        match self {
            Pending => "pending",
            Paid => "paid",
            Completed => "completed",
            Cancelled => "cancelled",
            Expired => "expired",
            Refunded => "refunded",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_and_codes_are_consistent() {
        crate::status::tests::check_table::<OrderStatus>();
    }

    #[test]
    fn illegal_changes_are_refused() {
        assert_eq!(Pending.transition(Paid), Ok(Paid));
        assert!(Pending.transition(Completed).is_err(), "not before payment");
        assert!(
            Paid.transition(Cancelled).is_err(),
            "a paid order is refunded"
        );
        assert!(Expired.transition(Paid).is_err());
        assert!(Completed.transition(Pending).is_err());
        assert!(Cancelled.is_final() && Expired.is_final() && Refunded.is_final());
    }
}
