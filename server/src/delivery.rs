//! The outbox's delivery loop, shared by e-mail and text messages: claim what is due on one
//! channel (with a lease, so instances never send a message twice), send each, then mark it
//! sent or schedule its retry with backoff. The `deliver-mail` and `deliver-sms` jobs run it.

use db::outbox::{self, Mail};
use db::{Db, DbError, SystemScope};
use std::future::Future;

/// How long a claimed message is reserved for this instance.
const LEASE_MS: i64 = 120_000;
const BATCH: i64 = 20;

/// What one delivery round did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Round {
    pub sent: usize,
    pub failed: usize,
}

/// A way to deliver one channel of the outbox.
pub trait Sender: Send + Sync + 'static {
    /// `mail` or `sms`.
    const CHANNEL: &'static str;
    /// Delivers one message; the error is for operators (`mandant outbox`).
    fn send(&self, message: &Mail) -> impl Future<Output = Result<(), String>> + Send;
}

/// Sends every message of `sender`'s channel that is due at `now`.
/// Delivery acts as the system (`deliver-mail`/`deliver-sms`, or an operator).
pub async fn deliver_due_at<S: Sender>(
    sender: &S,
    db: &Db,
    scope: &SystemScope,
    now: i64,
) -> Result<Round, DbError> {
    let mut round = Round::default();
    for message in outbox::claim_due_on(db, scope, S::CHANNEL, now, BATCH, LEASE_MS).await? {
        match sender.send(&message).await {
            Ok(()) => {
                outbox::mark_sent(db, scope, &message.id).await?;
                round.sent += 1;
            }
            Err(error) => {
                tracing::warn!(id = %message.id, channel = S::CHANNEL, attempt = message.attempts + 1, %error, "delivery failed");
                outbox::mark_failed(db, scope, &message, now, &error).await?;
                round.failed += 1;
            }
        }
    }
    Ok(round)
}
