//! The adapter for **Datatrans** (Zurich), a Swiss payment service provider covering cards
//! (Visa, Mastercard), PostFinance Card, PayPal and TWINT behind one hosted payment page.
//! Its published JSON API (api-reference.datatrans.ch):
//!
//! - **Open**: `POST {api}/v1/transactions` with HTTP basic auth (merchant id and password),
//!   an `Idempotency-Key` (the payment's id, so a retried request opens one transaction),
//!   and `{currency, refno, amount, paymentMethods, autoSettle, redirect, webhook}`; the
//!   answer `201 {"transactionId"}` is the processor's reference, and the payer is sent to
//!   `{pay}/v1/start/{transactionId}`.
//! - **Callback**: Datatrans posts the transaction's status to the webhook URL given at
//!   opening, signed in `Datatrans-Signature: t=<ms>,s0=<hex>` where `s0` is
//!   HMAC-SHA256(hex-decoded key, `t` followed by the body's bytes). `settled` and
//!   `transmitted` end a payment, `failed` and `canceled` too; earlier statuses change
//!   nothing. A status is applied once (the event id is the transaction and its status).
//! - **Saving**: with `option.createAlias`, the status carries the alias Datatrans keeps for
//!   the card (`card.alias`, `card.masked`, `card.expiryMonth`/`expiryYear`) or the TWINT,
//!   PayPal or PostFinance profile (`TWI.alias`, `PAP.alias`, `PFC.alias`).
//!
//! Configured by `MANDANT_DATATRANS_*` (`config.rs`); tested against a local stand-in of
//! this API (`server/tests/datatrans.rs`), since the real sandbox needs an account.

use app::payments::{Checkout, Event, Opened, Opening, Outcome, Processor, Saved, WebhookError};
use domain::order::PaymentMethod;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::time::Duration;

/// Where the adapter reaches Datatrans, and its credentials.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DatatransConfig {
    /// `MANDANT_DATATRANS_MERCHANT_ID`.
    pub merchant_id: String,
    /// `MANDANT_DATATRANS_PASSWORD`: the server-to-server password.
    pub password: String,
    /// `MANDANT_DATATRANS_HMAC_KEY`: the webhook signing key, hex.
    pub hmac_key: Vec<u8>,
    /// `MANDANT_DATATRANS_API_URL`, default the sandbox `https://api.sandbox.datatrans.com`.
    pub api_url: String,
    /// `MANDANT_DATATRANS_PAY_URL`, default the sandbox `https://pay.sandbox.datatrans.com`.
    pub pay_url: String,
}

/// The header Datatrans signs its callbacks in.
pub const SIGNATURE_HEADER: &str = "datatrans-signature";

pub struct Datatrans {
    config: DatatransConfig,
    /// Mandant's webhook for Datatrans (`{public}/webhooks/payments/datatrans`).
    webhook_url: String,
    agent: ureq::Agent,
}

impl Datatrans {
    pub fn new(config: DatatransConfig, public_url: &str) -> Datatrans {
        Datatrans {
            webhook_url: format!(
                "{}/webhooks/payments/datatrans",
                public_url.trim_end_matches('/')
            ),
            config,
            agent: ureq::AgentBuilder::new()
                .timeout(Duration::from_secs(20))
                .build(),
        }
    }

    /// The `Datatrans-Signature` of `body` sent at `timestamp_ms`, as Datatrans computes it.
    pub fn sign(key: &[u8], timestamp_ms: &str, body: &[u8]) -> String {
        let tag = mac(key, timestamp_ms, body).finalize().into_bytes();
        format!(
            "t={timestamp_ms},s0={}",
            data_encoding::HEXLOWER.encode(&tag)
        )
    }
}

fn mac(key: &[u8], timestamp_ms: &str, body: &[u8]) -> Hmac<Sha256> {
    let mut mac = Hmac::<Sha256>::new_from_slice(key)
        .unwrap_or_else(|_| unreachable!("HMAC accepts every key length"));
    mac.update(timestamp_ms.as_bytes());
    mac.update(body);
    mac
}

/// Datatrans' codes of the brands a payer may use for `method`.
pub fn method_codes(method: PaymentMethod) -> &'static [&'static str] {
    match method {
        PaymentMethod::Card => &["VIS", "ECA"],
        PaymentMethod::PostfinanceCard => &["PFC"],
        PaymentMethod::Paypal => &["PAP"],
        PaymentMethod::Twint => &["TWI"],
        PaymentMethod::BankTransfer | PaymentMethod::PrepaidAccount => &[],
    }
}

/// The body that opens `checkout`: `refno` is what the payer and the provider's back
/// office see (the order's number; at most 20 characters).
pub fn opening_body(checkout: &Checkout, webhook_url: &str) -> serde_json::Value {
    let refno: String = checkout.description.chars().take(20).collect();
    serde_json::json!({
        "currency": checkout.amount.currency.code(),
        "refno": refno,
        "amount": checkout.amount.minor,
        "paymentMethods": method_codes(checkout.method),
        "autoSettle": true,
        "option": { "createAlias": checkout.save },
        "redirect": {
            "successUrl": checkout.return_url,
            "cancelUrl": checkout.return_url,
            "errorUrl": checkout.return_url,
        },
        "webhook": { "url": webhook_url },
    })
}

impl Processor for Datatrans {
    fn label(&self) -> &'static str {
        "datatrans"
    }

    fn open<'a>(&'a self, checkout: &'a Checkout) -> Opening<'a> {
        let url = format!(
            "{}/v1/transactions",
            self.config.api_url.trim_end_matches('/')
        );
        let credentials = format!("{}:{}", self.config.merchant_id, self.config.password);
        let authorization = format!(
            "Basic {}",
            base64::Engine::encode(&base64::engine::general_purpose::STANDARD, credentials)
        );
        let request = self
            .agent
            .post(&url)
            .set("authorization", &authorization)
            .set("content-type", "application/json; charset=UTF-8")
            .set("idempotency-key", &checkout.payment);
        let body = opening_body(checkout, &self.webhook_url);
        Box::pin(async move {
            // ureq blocks: the request runs on the blocking pool.
            let answer = tokio::task::spawn_blocking(move || {
                let response = request.send_json(body).map_err(|e| match e {
                    ureq::Error::Status(code, r) => {
                        let text = r.into_string().unwrap_or_default();
                        format!(
                            "Datatrans answered {code}: {}",
                            text.chars().take(300).collect::<String>()
                        )
                    }
                    other => format!("Datatrans: {other}"),
                })?;
                response
                    .into_json::<serde_json::Value>()
                    .map_err(|e| format!("Datatrans' answer: {e}"))
            })
            .await
            .map_err(|e| format!("Datatrans task: {e}"))??;
            let id = answer["transactionId"]
                .as_str()
                .filter(|id| !id.is_empty() && id.len() <= 64)
                .ok_or("Datatrans' answer has no transactionId")?
                .to_owned();
            Ok(Opened {
                redirect: self.page(&id),
                processor_ref: id,
            })
        })
    }

    fn page(&self, processor_ref: &str) -> String {
        format!(
            "{}/v1/start/{processor_ref}",
            self.config.pay_url.trim_end_matches('/')
        )
    }

    fn signature_header(&self) -> &'static str {
        SIGNATURE_HEADER
    }

    fn verify(&self, signature: &str, body: &[u8]) -> Result<Event, WebhookError> {
        let mut timestamp = None;
        let mut tag = None;
        for part in signature.split(',') {
            match part.trim().split_once('=') {
                Some(("t", t)) if !t.is_empty() && t.chars().all(|c| c.is_ascii_digit()) => {
                    timestamp = Some(t)
                }
                Some(("s0", s)) => {
                    tag = data_encoding::HEXLOWER_PERMISSIVE.decode(s.as_bytes()).ok()
                }
                _ => {}
            }
        }
        let (Some(timestamp), Some(tag)) = (timestamp, tag) else {
            return Err(WebhookError::BadSignature);
        };
        // Constant-time comparison.
        mac(&self.config.hmac_key, timestamp, body)
            .verify_slice(&tag)
            .map_err(|_| WebhookError::BadSignature)?;
        let status: serde_json::Value =
            serde_json::from_slice(body).map_err(|_| WebhookError::Malformed)?;
        let text = |field: &str| {
            status[field]
                .as_str()
                .filter(|s| !s.is_empty() && s.len() <= 64)
                .ok_or(WebhookError::Malformed)
        };
        let id = text("transactionId")?;
        let state = text("status")?;
        let outcome = match state {
            "settled" | "transmitted" => Outcome::Succeeded,
            "failed" => Outcome::Failed,
            "canceled" => Outcome::Cancelled,
            "initialized" | "challenge_required" | "challenge_ongoing" | "authenticated"
            | "authorized" | "settlement_pending" => return Err(WebhookError::NotFinal),
            _ => return Err(WebhookError::Malformed),
        };
        Ok(Event {
            id: format!("{id}:{state}"),
            processor_ref: id.to_owned(),
            outcome,
            saved: saved_of(&status),
        })
    }
}

/// The alias a status carries, masked for display: a card's (`Visa •••• 4242`, expiry
/// `YYYY-MM`), else a TWINT, PayPal or PostFinance profile's.
fn saved_of(status: &serde_json::Value) -> Option<Saved> {
    let short = |v: &serde_json::Value| {
        v.as_str()
            .filter(|s| !s.is_empty() && s.len() <= 100)
            .map(str::to_owned)
    };
    let card = &status["card"];
    if let Some(token) = short(&card["alias"]) {
        let masked = short(&card["masked"]).unwrap_or_default();
        let last4 = masked
            .get(masked.len().saturating_sub(4)..)
            .unwrap_or_default();
        let brand = match status["paymentMethod"].as_str() {
            Some("ECA") => "Mastercard",
            Some("PFC") => "PostFinance Card",
            _ => "Visa",
        };
        let expires = match (short(&card["expiryYear"]), short(&card["expiryMonth"])) {
            (Some(y), Some(m)) if y.len() == 2 && m.len() == 2 => Some(format!("20{y}-{m}")),
            _ => None,
        };
        return Some(Saved {
            token,
            label: format!("{brand} •••• {last4}"),
            expires,
        });
    }
    [
        ("TWI", "TWINT"),
        ("PAP", "PayPal"),
        ("PFC", "PostFinance Card"),
    ]
    .into_iter()
    .find_map(|(code, name)| {
        short(&status[code]["alias"]).map(|token| Saved {
            token,
            label: name.to_owned(),
            expires: None,
        })
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use domain::money::{Currency, Money};

    fn adapter() -> Datatrans {
        Datatrans::new(
            DatatransConfig {
                merchant_id: "1100007283".into(),
                password: "secret".into(),
                hmac_key: data_encoding::HEXLOWER
                    .decode(b"00112233445566778899aabbccddeeff")
                    .unwrap(),
                api_url: "http://127.0.0.1:1".into(),
                pay_url: "https://pay.sandbox.datatrans.com/".into(),
            },
            "https://console.example.ch/",
        )
    }

    #[test]
    fn a_checkout_asks_for_its_amount_in_minor_units_and_the_methods_brands() {
        let checkout = Checkout {
            payment: "p-1".into(),
            amount: Money::new(12_345, Currency::Chf),
            method: PaymentMethod::PostfinanceCard,
            description: "O-2026-000018".into(),
            return_url: "https://console.example.ch/o/1/accounting/orders/2".into(),
            save: true,
        };
        let body = opening_body(&checkout, &adapter().webhook_url);
        assert_eq!(body["amount"], 12_345);
        assert_eq!(body["currency"], "CHF");
        assert_eq!(body["refno"], "O-2026-000018");
        assert_eq!(body["paymentMethods"], serde_json::json!(["PFC"]));
        assert_eq!(body["option"]["createAlias"], true);
        assert_eq!(
            body["webhook"]["url"],
            "https://console.example.ch/webhooks/payments/datatrans"
        );
        assert_eq!(
            adapter().page("230101120000000001"),
            "https://pay.sandbox.datatrans.com/v1/start/230101120000000001"
        );
    }

    #[test]
    fn callbacks_are_applied_only_when_signed_with_the_key_and_final() {
        let datatrans = adapter();
        let key = datatrans.config.hmac_key.clone();
        let body = br#"{"transactionId":"230101120000000001","status":"settled","refno":"O-1"}"#;
        let signature = Datatrans::sign(&key, "1559303131511", body);
        let event = datatrans.verify(&signature, body).unwrap();
        assert_eq!(event.outcome, Outcome::Succeeded);
        assert_eq!(event.processor_ref, "230101120000000001");
        assert_eq!(event.id, "230101120000000001:settled");
        let tampered = String::from_utf8_lossy(body).replace("settled", "failed");
        assert_eq!(
            datatrans.verify(&signature, tampered.as_bytes()),
            Err(WebhookError::BadSignature)
        );
        let other_time = signature.replace("t=1559303131511", "t=1559303131512");
        assert_eq!(
            datatrans.verify(&other_time, body),
            Err(WebhookError::BadSignature)
        );
        assert_eq!(datatrans.verify("", body), Err(WebhookError::BadSignature));
        let authorized = br#"{"transactionId":"230101120000000001","status":"authorized"}"#;
        let signed = Datatrans::sign(&key, "1", authorized);
        assert_eq!(
            datatrans.verify(&signed, authorized),
            Err(WebhookError::NotFinal)
        );
        let saved = br#"{"transactionId":"2","status":"settled","paymentMethod":"ECA","card":{"alias":"AAABcH0Bq92s3kgAESIAAbGj5NIsAHWC","masked":"520000xxxxxx0007","expiryMonth":"06","expiryYear":"29"}}"#;
        let signed = Datatrans::sign(&key, "2", saved);
        let kept = datatrans.verify(&signed, saved).unwrap().saved.unwrap();
        assert_eq!(kept.label, "Mastercard •••• 0007");
        assert_eq!(kept.expires.as_deref(), Some("2029-06"));
        let twint = br#"{"transactionId":"3","status":"settled","TWI":{"alias":"twint-alias-1"}}"#;
        let signed = Datatrans::sign(&key, "3", twint);
        let kept = datatrans.verify(&signed, twint).unwrap().saved.unwrap();
        assert_eq!((kept.label.as_str(), kept.expires), ("TWINT", None));
        let odd = br#"{"transactionId":"230101120000000001","status":"odd"}"#;
        let signed = Datatrans::sign(&key, "1", odd);
        assert_eq!(datatrans.verify(&signed, odd), Err(WebhookError::Malformed));
    }
}
