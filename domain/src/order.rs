//! Placing an order: what a customer may put in one, how they mean to pay, and how long a
//! placed order waits for its payment.
//!
//! Rules, and why:
//! - **At most [`MAX_LINES`] products per order**: an order is one checkout; larger
//!   purchases are several orders, and the bound keeps one request's work small.
//! - **A product other than a domain is named by a label** of 1 to [`MAX_LABEL_CHARS`]
//!   characters (the customer's own name for it, e.g. "Shop"); a domain by its name.
//! - **Placing is idempotent by a request key** the interface makes once per checkout: a
//!   double click or a retried request finds the order placed with the same key and
//!   answers it again, so one order is placed and vouchers and codes are used once.
//! - **A placed order is pending for [`PAYMENT_DAYS`] days**; after that it expires (the
//!   accounting job) and the vouchers it used come back.

use crate::catalogue::{Period, ProductKind};
use serde::{Deserialize, Serialize};

/// Products in one order, at most.
pub const MAX_LINES: usize = 20;

/// Characters of a product's label, at most.
pub const MAX_LABEL_CHARS: usize = 80;

/// Days a placed order waits for its payment.
pub const PAYMENT_DAYS: i64 = 30;

/// Characters of a request key, at most (the interface sends a UUID).
pub const MAX_REQUEST_KEY_CHARS: usize = 64;

/// How the customer means to pay; the payment itself is Accounting's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PaymentMethod {
    /// A payment card (Visa, MasterCard, Carte Bleue), charged when the order is paid.
    Card,
    /// PostFinance's own card, which pays in Swiss francs only.
    PostfinanceCard,
    /// Approved on PayPal's page.
    Paypal,
    /// Approved in the payer's TWINT app.
    Twint,
    /// A bank transfer against the order's pro forma (QR-bill in Switzerland).
    BankTransfer,
    /// The organisation's prepaid account.
    PrepaidAccount,
}

impl PaymentMethod {
    pub const ALL: [PaymentMethod; 6] = [
        PaymentMethod::Card,
        PaymentMethod::PostfinanceCard,
        PaymentMethod::Paypal,
        PaymentMethod::Twint,
        PaymentMethod::BankTransfer,
        PaymentMethod::PrepaidAccount,
    ];

    pub const fn code(self) -> &'static str {
        match self {
            PaymentMethod::Card => "card",
            PaymentMethod::PostfinanceCard => "postfinance-card",
            PaymentMethod::Paypal => "paypal",
            PaymentMethod::Twint => "twint",
            PaymentMethod::BankTransfer => "bank-transfer",
            PaymentMethod::PrepaidAccount => "prepaid-account",
        }
    }

    /// Whether it can pay in `currency`: PostFinance Card only in Swiss francs.
    pub fn accepts(self, currency: crate::money::Currency) -> bool {
        self != PaymentMethod::PostfinanceCard || currency == crate::money::Currency::Chf
    }

    /// The methods offered for `currency`, in the order the interface lists them.
    pub fn offered_in(currency: crate::money::Currency) -> Vec<PaymentMethod> {
        PaymentMethod::ALL
            .into_iter()
            .filter(|m| m.accepts(currency))
            .collect()
    }

    /// Paid on the payment processor's page (the others: from the balance, by transfer).
    pub const fn through_processor(self) -> bool {
        !matches!(
            self,
            PaymentMethod::BankTransfer | PaymentMethod::PrepaidAccount
        )
    }

    /// Approved on the provider's page or app rather than typed in as a card number.
    pub const fn approved_by_payer(self) -> bool {
        matches!(self, PaymentMethod::Paypal | PaymentMethod::Twint)
    }

    pub fn from_code(code: &str) -> Option<PaymentMethod> {
        PaymentMethod::ALL.into_iter().find(|m| m.code() == code)
    }

    /// Fluent key of its name.
    pub fn label_key(self) -> String {
        format!("order-payment-{}", self.code())
    }
}

/// How the payer pays a pending order: `method`, the prepaid balance first when
/// `use_prepaid`, and whether the provider should keep what they pay with for later
/// payments (`save`; cards, PostFinance Card, PayPal and TWINT only).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paying {
    pub method: PaymentMethod,
    #[serde(default)]
    pub use_prepaid: bool,
    #[serde(default)]
    pub save: bool,
}

impl Paying {
    /// `method` alone.
    pub fn by(method: PaymentMethod) -> Paying {
        Paying {
            method,
            use_prepaid: false,
            save: false,
        }
    }
}

/// One product the customer asks for, as the interface sends it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderLineRequest {
    pub kind: ProductKind,
    /// The domain name as typed (any case, Unicode or ASCII form) for domains; a label for
    /// other kinds.
    pub name: String,
    pub period: Period,
    #[serde(default)]
    pub options: Vec<ProductKind>,
    /// A product the organisation holds: the line renews it (its own kind; a domain in
    /// redemption is restored) or adds an option to it (an option's kind). `None`: a new
    /// product.
    #[serde(default)]
    pub product: Option<crate::ProductId>,
}

/// Why a line's label is refused (a field code of `line-<n>`).
pub fn check_label(label: &str) -> Result<(), &'static str> {
    let label = label.trim();
    if label.is_empty() {
        Err("required")
    } else if label.chars().count() > MAX_LABEL_CHARS {
        Err("too-long")
    } else if label.chars().any(char::is_control) {
        Err("label-invalid")
    } else {
        Ok(())
    }
}

/// Whether a request key is one the interface could have made.
pub fn request_key_is_valid(key: &str) -> bool {
    !key.is_empty()
        && key.len() <= MAX_REQUEST_KEY_CHARS
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The order's number, `O-2026-000042`: the year, then that year's sequence.
pub fn order_number(year: i32, number: i64) -> String {
    format!("O-{year}-{number:06}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_required_short_and_printable() {
        assert_eq!(check_label("Shop"), Ok(()));
        assert_eq!(check_label("   "), Err("required"));
        assert_eq!(check_label(&"x".repeat(81)), Err("too-long"));
        assert_eq!(
            check_label(&"é".repeat(80)),
            Ok(()),
            "characters, not bytes"
        );
        assert_eq!(check_label("a\u{7}b"), Err("label-invalid"));
    }

    #[test]
    fn request_keys_are_short_tokens() {
        assert!(request_key_is_valid("0190c6d2-7f1e-7a7b-9d7e-1b2c3d4e5f60"));
        assert!(!request_key_is_valid(""));
        assert!(!request_key_is_valid("a b"));
        assert!(!request_key_is_valid(&"a".repeat(65)));
    }

    #[test]
    fn payment_methods_round_trip_their_codes() {
        for method in PaymentMethod::ALL {
            assert_eq!(PaymentMethod::from_code(method.code()), Some(method));
        }
        assert_eq!(PaymentMethod::from_code("cash"), None);
    }

    #[test]
    fn postfinance_card_pays_in_swiss_francs_only() {
        use crate::money::Currency;
        assert!(PaymentMethod::PostfinanceCard.accepts(Currency::Chf));
        assert!(!PaymentMethod::PostfinanceCard.accepts(Currency::Eur));
        assert!(PaymentMethod::Twint.accepts(Currency::Eur));
        assert_eq!(PaymentMethod::offered_in(Currency::Chf).len(), 6);
        assert!(!PaymentMethod::offered_in(Currency::Eur).contains(&PaymentMethod::PostfinanceCard));
    }

    #[test]
    fn order_numbers_pad_to_six_digits() {
        assert_eq!(order_number(2026, 42), "O-2026-000042");
        assert_eq!(order_number(2027, 1_234_567), "O-2027-1234567");
    }
}
