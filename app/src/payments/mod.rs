//! The boundary to payment processors: a checkout session opened for one payment, the
//! processor's hosted page the payer is sent to, and the processor's signed callback
//! (webhook) that says how it ended. Use cases call this trait only; which processor answers
//! is the server's choice (`Payments` in the request's context): the **sandbox**
//! (`sandbox.rs`), which runs inside Mandant, unless a payment service provider's adapter is
//! configured (the server's `datatrans.rs`).

pub mod camt054;
mod sandbox;

use domain::money::Money;
use domain::order::PaymentMethod;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

pub use sandbox::{
    SandboxProcessor, DEFAULT_SECRET as SANDBOX_DEFAULT_SECRET, SANDBOX_CARD_DECLINED,
    SANDBOX_CARD_OK, SIGNATURE_HEADER as SANDBOX_SIGNATURE_HEADER,
};

/// What a checkout is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checkout {
    /// Mandant's payment id: the processor sends it back in its callback.
    pub payment: String,
    pub amount: Money,
    /// How the payer pays on the processor's page (card, PostFinance Card, PayPal, TWINT).
    pub method: PaymentMethod,
    /// Shown on the processor's page (the order's number).
    pub description: String,
    /// Where the processor sends the payer back to, whatever the outcome.
    pub return_url: String,
    /// The payer asks the processor to keep what they pay with, for later payments.
    pub save: bool,
}

/// An opened checkout: the processor's reference and its page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opened {
    pub processor_ref: String,
    pub redirect: String,
}

/// How a payment ended, as the processor reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Succeeded,
    Failed,
    Cancelled,
}

/// A verified callback.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// The processor's id of this event: a repeated delivery carries the same one.
    pub id: String,
    pub processor_ref: String,
    pub outcome: Outcome,
    /// What the processor now keeps for later payments, when the payer asked it to.
    pub saved: Option<Saved>,
}

/// A payment method the processor keeps: its token (alias) and how to show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Saved {
    pub token: String,
    /// Masked, e.g. `Visa •••• 4242`.
    pub label: String,
    /// `YYYY-MM` for cards.
    pub expires: Option<String>,
}

/// Why a callback is not applied: it is not from the processor, not one it could send, or
/// (signed and well formed) about a step before the payment's end.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WebhookError {
    BadSignature,
    Malformed,
    NotFinal,
}

/// What opening a checkout answers, later.
pub type Opening<'a> = Pin<Box<dyn Future<Output = Result<Opened, String>> + Send + 'a>>;

pub trait Processor: Send + Sync {
    /// Stable name, stored with each payment and in its callback's path
    /// (`/webhooks/payments/{label}`).
    fn label(&self) -> &'static str;
    /// Opens a checkout; the payer goes to `Opened::redirect`.
    fn open<'a>(&'a self, checkout: &'a Checkout) -> Opening<'a>;
    /// The page of a checkout opened before (to send the payer back to it).
    fn page(&self, processor_ref: &str) -> String;
    /// The HTTP header its callbacks carry their signature in.
    fn signature_header(&self) -> &'static str;
    /// Reads a callback, checking that the processor signed it.
    fn verify(&self, signature: &str, body: &[u8]) -> Result<Event, WebhookError>;
}

/// The processors in use.
#[derive(Clone)]
pub struct Payments {
    pub cards: Arc<dyn Processor>,
}

impl Payments {
    pub fn sandbox(public_url: &str, secret: &str) -> Payments {
        Payments {
            cards: Arc::new(SandboxProcessor::new(public_url, secret)),
        }
    }

    /// The processor whose label is `label` (a callback's path names it).
    pub fn by_label(&self, label: &str) -> Option<Arc<dyn Processor>> {
        (self.cards.label() == label).then(|| self.cards.clone())
    }
}

/// The processors of this request (the sandbox unless the server provides others).
pub fn payments() -> Payments {
    leptos::prelude::use_context::<Payments>().unwrap_or_else(|| {
        let config = crate::api::ssr::config();
        Payments::sandbox(&config.public_url, sandbox::DEFAULT_SECRET)
    })
}
