//! The **sandbox** payment processor: no real money moves. Its hosted page runs inside
//! Mandant (`/sandbox/checkout/{ref}`, served by the server) and takes test card numbers:
//! [`SANDBOX_CARD_OK`] pays, [`SANDBOX_CARD_DECLINED`] is declined, anything else is refused
//! on the page. Once the payer submits, the page sends the result to Mandant's webhook
//! (`/webhooks/payments/sandbox`) signed with HMAC-SHA256 — twice, as processors sometimes
//! do, so that a repeated callback is proven to change nothing — and sends the payer back.

use super::{Checkout, Event, Opened, Opening, Outcome, Processor, Saved, WebhookError};
use domain::order::PaymentMethod;
use hmac::{Hmac, Mac};
use sha2::Sha256;

/// A card number the sandbox accepts.
pub const SANDBOX_CARD_OK: &str = "4242 4242 4242 4242";
/// A card number the sandbox declines.
pub const SANDBOX_CARD_DECLINED: &str = "4000 0000 0000 0002";
/// The header the sandbox signs its callbacks in.
pub const SIGNATURE_HEADER: &str = "mandant-signature";
/// The signing secret unless `MANDANT_PAYMENT_SANDBOX_SECRET` sets one.
pub const DEFAULT_SECRET: &str = "sandbox-signing-secret";

pub struct SandboxProcessor {
    public_url: String,
    secret: Vec<u8>,
}

impl SandboxProcessor {
    pub fn new(public_url: &str, secret: &str) -> SandboxProcessor {
        SandboxProcessor {
            public_url: public_url.trim_end_matches('/').to_owned(),
            secret: secret.as_bytes().to_vec(),
        }
    }

    fn mac(&self, body: &[u8]) -> Hmac<Sha256> {
        // HMAC takes keys of any length.
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.secret)
            .unwrap_or_else(|_| unreachable!("HMAC accepts every key length"));
        mac.update(body);
        mac
    }

    /// The signature header of a callback `body`: `v1=<hex>`.
    pub fn sign(&self, body: &[u8]) -> String {
        let tag = self.mac(body).finalize().into_bytes();
        format!("v1={}", data_encoding::HEXLOWER.encode(&tag))
    }

    /// A callback body for `processor_ref`'s outcome; `event` names the event, `saved` is
    /// what the sandbox keeps for later payments.
    pub fn event_body(
        event: &str,
        processor_ref: &str,
        outcome: Outcome,
        saved: Option<&Saved>,
    ) -> String {
        let outcome = match outcome {
            Outcome::Succeeded => "succeeded",
            Outcome::Failed => "failed",
            Outcome::Cancelled => "cancelled",
        };
        let saved = saved
            .map(|s| serde_json::json!({"token": s.token, "label": s.label, "expires": s.expires}));
        serde_json::json!({"id": event, "checkout": processor_ref, "outcome": outcome,
                           "saved": saved})
        .to_string()
    }

    /// What the sandbox keeps when a payment by `method` with `card` (the number typed,
    /// empty for PayPal and TWINT) asked to save: one token per card number or profile,
    /// so saving the same card twice keeps it once.
    pub fn saved_for(method: PaymentMethod, card: &str) -> Saved {
        let digits: String = card.chars().filter(char::is_ascii_digit).collect();
        let last4 = &digits[digits.len().saturating_sub(4)..];
        let (label, expires) = match method {
            PaymentMethod::PostfinanceCard => (format!("PostFinance Card •••• {last4}"), true),
            PaymentMethod::Twint => ("TWINT (sandbox profile)".to_owned(), false),
            PaymentMethod::Paypal => ("PayPal (sandbox account)".to_owned(), false),
            _ => (format!("Visa •••• {last4}"), true),
        };
        Saved {
            token: format!("sbx_alias_{}_{last4}", method.code()),
            label,
            expires: expires.then(|| "2030-12".to_owned()),
        }
    }

    /// What the page does with a card number: `None` when it is not a test card.
    pub fn card_outcome(number: &str) -> Option<Outcome> {
        let digits: String = number.chars().filter(|c| !c.is_whitespace()).collect();
        let ok: String = SANDBOX_CARD_OK
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        let declined: String = SANDBOX_CARD_DECLINED
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        if digits == ok {
            Some(Outcome::Succeeded)
        } else if digits == declined {
            Some(Outcome::Failed)
        } else {
            None
        }
    }
}

impl Processor for SandboxProcessor {
    fn label(&self) -> &'static str {
        "sandbox"
    }

    fn open<'a>(&'a self, _checkout: &'a Checkout) -> Opening<'a> {
        let reference = format!("sbx_{}", uuid::Uuid::now_v7().simple());
        let opened = Opened {
            redirect: self.page(&reference),
            processor_ref: reference,
        };
        Box::pin(async move { Ok(opened) })
    }

    fn signature_header(&self) -> &'static str {
        SIGNATURE_HEADER
    }

    fn page(&self, processor_ref: &str) -> String {
        format!("{}/sandbox/checkout/{processor_ref}", self.public_url)
    }

    fn verify(&self, signature: &str, body: &[u8]) -> Result<Event, WebhookError> {
        let hex = signature
            .trim()
            .strip_prefix("v1=")
            .ok_or(WebhookError::BadSignature)?;
        let tag = data_encoding::HEXLOWER_PERMISSIVE
            .decode(hex.as_bytes())
            .map_err(|_| WebhookError::BadSignature)?;
        // Constant-time comparison.
        self.mac(body)
            .verify_slice(&tag)
            .map_err(|_| WebhookError::BadSignature)?;
        let value: serde_json::Value =
            serde_json::from_slice(body).map_err(|_| WebhookError::Malformed)?;
        let text = |field: &str| {
            value[field]
                .as_str()
                .filter(|s| !s.is_empty() && s.len() <= 200)
                .map(str::to_owned)
                .ok_or(WebhookError::Malformed)
        };
        let outcome = match text("outcome")?.as_str() {
            "succeeded" => Outcome::Succeeded,
            "failed" => Outcome::Failed,
            "cancelled" => Outcome::Cancelled,
            _ => return Err(WebhookError::Malformed),
        };
        let saved = &value["saved"];
        let saved = if saved.is_null() {
            None
        } else {
            let field = |name: &str| {
                saved[name]
                    .as_str()
                    .filter(|s| !s.is_empty() && s.chars().count() <= 100)
                    .map(str::to_owned)
            };
            Some(Saved {
                token: field("token").ok_or(WebhookError::Malformed)?,
                label: field("label").ok_or(WebhookError::Malformed)?,
                expires: field("expires"),
            })
        };
        Ok(Event {
            id: text("id")?,
            processor_ref: text("checkout")?,
            outcome,
            saved,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn callbacks_are_verified_by_their_signature() {
        let sandbox = SandboxProcessor::new("http://localhost:3000", "secret");
        let body = SandboxProcessor::event_body("evt_1", "sbx_1", Outcome::Succeeded, None);
        let signature = sandbox.sign(body.as_bytes());
        let event = sandbox.verify(&signature, body.as_bytes()).unwrap();
        assert_eq!(event.outcome, Outcome::Succeeded);
        assert_eq!(event.processor_ref, "sbx_1");
        let tampered = body.replace("succeeded", "failed");
        assert_eq!(
            sandbox.verify(&signature, tampered.as_bytes()),
            Err(WebhookError::BadSignature)
        );
        let other = SandboxProcessor::new("http://localhost:3000", "other");
        assert_eq!(
            other.verify(&signature, body.as_bytes()),
            Err(WebhookError::BadSignature)
        );
        assert_eq!(
            sandbox.verify("v1=zz", body.as_bytes()),
            Err(WebhookError::BadSignature)
        );
    }

    #[test]
    fn a_saved_card_travels_masked_in_the_signed_callback() {
        let sandbox = SandboxProcessor::new("http://localhost:3000", "secret");
        let saved = SandboxProcessor::saved_for(PaymentMethod::Card, "4242 4242 4242 4242");
        assert_eq!(saved.label, "Visa •••• 4242");
        let body = SandboxProcessor::event_body("evt_2", "sbx_2", Outcome::Succeeded, Some(&saved));
        assert!(
            !body.contains("4242 4242"),
            "never the whole number: {body}"
        );
        let event = sandbox
            .verify(&sandbox.sign(body.as_bytes()), body.as_bytes())
            .unwrap();
        assert_eq!(event.saved, Some(saved));
        let twint = SandboxProcessor::saved_for(PaymentMethod::Twint, "");
        assert_eq!(twint.expires, None);
    }

    #[test]
    fn test_cards_decide_the_outcome() {
        assert_eq!(
            SandboxProcessor::card_outcome("4242424242424242"),
            Some(Outcome::Succeeded)
        );
        assert_eq!(
            SandboxProcessor::card_outcome(SANDBOX_CARD_DECLINED),
            Some(Outcome::Failed)
        );
        assert_eq!(SandboxProcessor::card_outcome("1234"), None);
    }
}
