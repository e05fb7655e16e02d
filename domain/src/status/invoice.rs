//! An invoice's lifecycle. Issued invoices are never deleted, only cancelled (by a credit
//! note) or refunded, so the accounting trail stays complete.

use super::Status;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum InvoiceStatus {
    /// Being prepared; no number yet, not shown to the customer.
    Draft,
    /// Issued, not yet due or paid.
    Unpaid,
    /// Issued and past its due date.
    Overdue,
    Paid,
    /// Annulled by a credit note. Final.
    Cancelled,
    /// Paid, then the money went back. Final.
    Refunded,
}

use InvoiceStatus::*;

impl Status for InvoiceStatus {
    const KIND: &'static str = "invoice";
    const ALL: &'static [Self] = &[Draft, Unpaid, Overdue, Paid, Cancelled, Refunded];
    const TRANSITIONS: &'static [(Self, Self)] = &[
        (Draft, Unpaid),
        (Draft, Cancelled),
        (Unpaid, Paid),
        (Unpaid, Overdue),
        (Unpaid, Cancelled),
        (Overdue, Paid),
        // The due date was extended.
        (Overdue, Unpaid),
        (Overdue, Cancelled),
        (Paid, Refunded),
        // The payment was reversed (chargeback, returned transfer).
        (Paid, Unpaid),
    ];

    fn code(self) -> &'static str {
        match self {
            Draft => "draft",
            Unpaid => "unpaid",
            Overdue => "overdue",
            Paid => "paid",
            Cancelled => "cancelled",
            Refunded => "refunded",
        }
    }
}

impl InvoiceStatus {
    /// Whether the customer still owes the amount.
    pub fn is_open(self) -> bool {
        matches!(self, Unpaid | Overdue)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_and_codes_are_consistent() {
        crate::status::tests::check_table::<InvoiceStatus>();
    }

    #[test]
    fn codes_stored_today_stay_valid() {
        for code in ["unpaid", "paid", "overdue"] {
            assert!(InvoiceStatus::from_code(code).is_some(), "{code}");
        }
    }

    #[test]
    fn illegal_changes_are_refused() {
        assert_eq!(Unpaid.transition(Paid), Ok(Paid));
        assert!(
            Paid.transition(Cancelled).is_err(),
            "a paid invoice is refunded"
        );
        assert!(Cancelled.transition(Paid).is_err());
        assert!(Refunded.transition(Paid).is_err());
        assert!(
            Draft.transition(Paid).is_err(),
            "only issued invoices are paid"
        );
        assert!(Unpaid.transition(Draft).is_err());
        assert!(Cancelled.is_final() && Refunded.is_final());
        assert!(Overdue.is_open() && !Paid.is_open());
    }
}
