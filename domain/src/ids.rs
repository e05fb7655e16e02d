//! Identifiers. Rows are keyed by UUIDv7 (generated server-side), so ids that appear in
//! URLs are not guessable sequences. Each kind of id is its own type.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use uuid::Uuid;

macro_rules! id_type {
    ($name:ident) => {
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl $name {
            pub fn as_uuid(&self) -> Uuid {
                self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.as_hyphenated().fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = uuid::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(s).map(Self)
            }
        }
    };
}

id_type!(UserId);
id_type!(OrgId);
id_type!(ProductId);
id_type!(MailAddressId);
id_type!(InvoiceId);
id_type!(TeamId);
id_type!(InvitationId);
id_type!(BillingAddressId);
id_type!(VoucherId);
id_type!(OrderId);
id_type!(PaymentId);
id_type!(PromotionId);
id_type!(SavedMethodId);
id_type!(CreditNoteId);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_through_text() {
        let text = "0190f0d2-7c1e-7a2b-9c3d-4e5f60718293";
        let id: OrgId = text.parse().unwrap();
        assert_eq!(id.to_string(), text);
        assert!("42".parse::<OrgId>().is_err());
    }
}
