//! Lifecycle statuses of products, invoices, orders and payments, stored as kebab-case
//! text codes and displayed through Fluent keys `<kind>-status-<code>`
//! (`invoice-status-paid`).
//!
//! Each status type has **one transition table**, a const list of allowed
//! `(from, to)` pairs; [`Status::transition`] refuses anything else, including staying in
//! the same status (an idempotent update must compare first). Code that changes a stored
//! status goes through `transition`, so the table is the single place that says which
//! lifecycles exist. Codes are never renamed: they are data in the database.

mod invoice;
mod order;
mod payment;
mod product;

pub use invoice::InvoiceStatus;
pub use order::OrderStatus;
pub use payment::PaymentStatus;
pub use product::ProductStatus;

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum StatusError {
    #[error("{kind} status cannot change from {from} to {to}")]
    NotAllowed {
        kind: &'static str,
        from: &'static str,
        to: &'static str,
    },
}

/// What every status type provides; implementors give the codes and the table.
pub trait Status: Copy + Eq + Sized + 'static {
    /// Fluent key prefix and name in errors: `product`, `invoice`, …
    const KIND: &'static str;
    const ALL: &'static [Self];
    /// Every allowed change, `(from, to)`.
    const TRANSITIONS: &'static [(Self, Self)];

    /// Stable storage and wire code (kebab-case).
    fn code(self) -> &'static str;

    fn from_code(code: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|s| s.code() == code)
    }

    /// Key of the display name, e.g. `invoice-status-paid`.
    fn fluent_key(self) -> String {
        format!("{}-status-{}", Self::KIND, self.code())
    }

    fn can_become(self, to: Self) -> bool {
        Self::TRANSITIONS.contains(&(self, to))
    }

    /// `to` if the table allows the change from `self`.
    fn transition(self, to: Self) -> Result<Self, StatusError> {
        if self.can_become(to) {
            Ok(to)
        } else {
            Err(StatusError::NotAllowed {
                kind: Self::KIND,
                from: self.code(),
                to: to.code(),
            })
        }
    }

    /// No transition leads out of this status.
    fn is_final(self) -> bool {
        !Self::TRANSITIONS.iter().any(|(from, _)| *from == self)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use serde::Serialize;
    use std::fmt::Debug;

    /// Checks what every status type must satisfy.
    pub(crate) fn check_table<S: Status + Debug + Serialize>() {
        for s in S::ALL {
            assert_eq!(S::from_code(s.code()), Some(*s));
            assert_eq!(
                serde_json::to_string(s).unwrap(),
                format!("\"{}\"", s.code())
            );
            assert!(s
                .code()
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'-'));
            assert_eq!(s.fluent_key(), format!("{}-status-{}", S::KIND, s.code()));
            assert_eq!(
                s.transition(*s),
                Err(StatusError::NotAllowed {
                    kind: S::KIND,
                    from: s.code(),
                    to: s.code()
                }),
                "{s:?} to itself"
            );
        }
        assert_eq!(S::from_code("no-such-status"), None);
        for (i, (from, to)) in S::TRANSITIONS.iter().enumerate() {
            assert_eq!(from.transition(*to), Ok(*to), "{from:?} → {to:?}");
            assert_ne!(from, to);
            assert!(
                !S::TRANSITIONS[..i].contains(&(*from, *to)),
                "duplicate {from:?} → {to:?}"
            );
        }
        // Every pair not in the table is refused.
        for from in S::ALL {
            for to in S::ALL {
                assert_eq!(from.can_become(*to), S::TRANSITIONS.contains(&(*from, *to)));
                assert_eq!(from.transition(*to).is_ok(), from.can_become(*to));
            }
        }
    }
}
