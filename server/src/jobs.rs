//! The jobs every `mandant serve` runs (see `db::jobs` for claiming, leases and records):
//! delivering the outbox's e-mail and text messages when a transport is configured, and
//! forgetting expired rows. A new periodic task is a job here, never a loop of its own.

use crate::delivery::{deliver_due_at, Sender};
use crate::mailer::Mailer;
use crate::sms::SmsGateway;
use crate::Config;
use db::jobs::{Job, RunFuture, Runner};
use db::{Db, SystemScope};
use std::time::Duration;

/// How often a runner looks for due jobs.
pub const TICK: Duration = Duration::from_secs(1);

/// Delivers one channel of the outbox (`deliver-mail`, `deliver-sms`).
pub struct Deliver<S: Sender> {
    name: &'static str,
    sender: S,
}

impl<S: Sender> Deliver<S> {
    pub fn new(name: &'static str, sender: S) -> Deliver<S> {
        Deliver { name, sender }
    }
}

impl<S: Sender> Job for Deliver<S> {
    fn name(&self) -> &'static str {
        self.name
    }
    fn period_ms(&self) -> Option<i64> {
        Some(2_000)
    }
    fn lease_ms(&self) -> i64 {
        120_000
    }
    fn run<'a>(&'a self, db: &'a Db, scope: &'a SystemScope, _: Option<&'a str>) -> RunFuture<'a> {
        Box::pin(async move {
            let round = deliver_due_at(&self.sender, db, scope, db.now_ms())
                .await
                .map_err(|e| e.to_string())?;
            Ok((round.sent + round.failed) as u64)
        })
    }
}

/// Forgets expired sessions, sign-ins, links, codes, throttle windows, old outbox rows and
/// long-expired invitations (`db::pruning`), hourly.
pub struct PruneExpired;

impl Job for PruneExpired {
    fn name(&self) -> &'static str {
        "prune-expired"
    }
    fn period_ms(&self) -> Option<i64> {
        Some(3_600_000)
    }
    fn run<'a>(&'a self, db: &'a Db, scope: &'a SystemScope, _: Option<&'a str>) -> RunFuture<'a> {
        Box::pin(async move {
            let pruned = db::pruning::prune_expired(db, scope)
                .await
                .map_err(|e| e.to_string())?;
            Ok(pruned.iter().map(|(_, n)| n).sum())
        })
    }
}

/// Moves unpaid invoices past their due date to overdue, hourly.
pub struct MarkOverdue;

impl Job for MarkOverdue {
    fn name(&self) -> &'static str {
        "mark-overdue"
    }
    fn period_ms(&self) -> Option<i64> {
        Some(3_600_000)
    }
    fn run<'a>(&'a self, db: &'a Db, scope: &'a SystemScope, _: Option<&'a str>) -> RunFuture<'a> {
        Box::pin(async move {
            db::invoices::mark_overdue(db, scope)
                .await
                .map_err(|e| e.to_string())
        })
    }
}

/// Moves products on as their end dates come and go (expiring soon, expired, redemption,
/// released) and sends the expiry reminders, hourly: dates change at midnight in each
/// organisation's own time zone.
pub struct ProductLifecycle;

impl Job for ProductLifecycle {
    fn name(&self) -> &'static str {
        "product-lifecycle"
    }
    fn period_ms(&self) -> Option<i64> {
        Some(3_600_000)
    }
    fn run<'a>(&'a self, db: &'a Db, scope: &'a SystemScope, _: Option<&'a str>) -> RunFuture<'a> {
        Box::pin(async move {
            app::use_cases::product_lifecycle::run(db, scope)
                .await
                .map_err(|e| format!("{e:?}"))
        })
    }
}

/// Sets up what paid orders bought when the provisioning adapters could not the first time
/// (a payment sets its order up at once), every five minutes.
pub struct FulfilOrders;

impl Job for FulfilOrders {
    fn name(&self) -> &'static str {
        "fulfil-orders"
    }
    fn period_ms(&self) -> Option<i64> {
        Some(300_000)
    }
    fn run<'a>(&'a self, db: &'a Db, scope: &'a SystemScope, _: Option<&'a str>) -> RunFuture<'a> {
        Box::pin(async move { Ok(app::use_cases::fulfilment::run(db, scope, None).await) })
    }
}

/// Expires the orders left unpaid past their payment time and gives back the vouchers and
/// promotion code uses they held, hourly.
pub struct ExpireOrders;

impl Job for ExpireOrders {
    fn name(&self) -> &'static str {
        "expire-orders"
    }
    fn period_ms(&self) -> Option<i64> {
        Some(3_600_000)
    }
    fn run<'a>(&'a self, db: &'a Db, scope: &'a SystemScope, _: Option<&'a str>) -> RunFuture<'a> {
        Box::pin(async move {
            db::orders::expire_due(db, scope, 500)
                .await
                .map_err(|e| e.to_string())
        })
    }
}

/// Tells the members who follow membership changes that someone joined (one-off runs
/// scheduled by sign-up and invitation acceptance).
pub struct NotifyJoined;

impl Job for NotifyJoined {
    fn name(&self) -> &'static str {
        app::api::invitations::NOTIFY_JOINED
    }
    fn period_ms(&self) -> Option<i64> {
        None
    }
    fn run<'a>(
        &'a self,
        db: &'a Db,
        scope: &'a SystemScope,
        key: Option<&'a str>,
    ) -> RunFuture<'a> {
        Box::pin(async move {
            let key = key.ok_or("notify-joined runs only for a key")?;
            app::api::invitations::notify_joined(db, scope, key)
                .await
                .map_err(|e| format!("{e:?}"))
        })
    }
}

/// The runner with every job this configuration calls for.
pub fn runner(db: Db, config: &Config) -> Result<Runner, String> {
    let label = std::env::var("HOSTNAME").unwrap_or_else(|_| "mandant".into());
    let mut runner = Runner::new(db, &format!("{label}:{}", std::process::id()))
        .with(PruneExpired)
        .with(MarkOverdue)
        .with(ProductLifecycle)
        .with(FulfilOrders)
        .with(ExpireOrders)
        .with(NotifyJoined);
    match &config.smtp_url {
        Some(url) => {
            runner = runner.with(Deliver::new(
                "deliver-mail",
                Mailer::new(url, &config.mail_from)?,
            ));
        }
        None => tracing::info!(
            "MANDANT_SMTP_URL is not set: e-mails wait in the outbox (`mandant outbox`)"
        ),
    }
    match &config.sms_gateway_url {
        Some(url) => {
            let gateway = SmsGateway::new(url, config.sms_gateway_token.clone())?;
            runner = runner.with(Deliver::new("deliver-sms", gateway));
        }
        None => tracing::info!(
            "SMS sandbox: MANDANT_SMS_GATEWAY_URL is not set, text messages wait in the outbox (`mandant outbox`)"
        ),
    }
    Ok(runner)
}
