//! The boundary to payment processors: a checkout session opened for one payment, the
//! processor's hosted page the payer is sent to, and the processor's signed callback
//! (webhook) that says how it ended. Use cases call this trait only; which processor answers
//! is the server's choice (`Payments` in the request's context). Until a real adapter is
//! configured the console uses the **sandbox** (`sandbox.rs`), which runs inside Mandant.

pub mod camt054;
mod sandbox;

use domain::money::Money;
use std::sync::Arc;

pub use sandbox::{
    SandboxProcessor, DEFAULT_SECRET as SANDBOX_DEFAULT_SECRET, SANDBOX_CARD_DECLINED,
    SANDBOX_CARD_OK,
};

/// What a checkout is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checkout {
    /// Mandant's payment id: the processor sends it back in its callback.
    pub payment: String,
    pub amount: Money,
    /// Shown on the processor's page (the order's number).
    pub description: String,
    /// Where the processor sends the payer back to, whatever the outcome.
    pub return_url: String,
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
}

/// Why a callback is refused: it is not from the processor, or not one it could send.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WebhookError {
    BadSignature,
    Malformed,
}

pub trait Processor: Send + Sync {
    /// Stable name, stored with each payment (`sandbox`).
    fn label(&self) -> &'static str;
    /// Opens a checkout; the payer goes to `Opened::redirect`.
    fn open(&self, checkout: &Checkout) -> Result<Opened, String>;
    /// The page of a checkout opened before (to send the payer back to it).
    fn page(&self, processor_ref: &str) -> String;
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
}

/// The processors of this request (the sandbox unless the server provides others).
pub fn payments() -> Payments {
    leptos::prelude::use_context::<Payments>().unwrap_or_else(|| {
        let config = crate::api::ssr::config();
        Payments::sandbox(&config.public_url, sandbox::DEFAULT_SECRET)
    })
}
