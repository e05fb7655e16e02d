//! The `product-lifecycle` job's work: each product whose end date is near or past moves
//! on as `domain::product_lifecycle` says, and the members who follow renewals (and may
//! pay) get each reminder once, in their language and time zone. One product, one
//! transaction: its change, its history entry, its reminder record and its mails commit
//! together.

use crate::api::ssr::{org_link, queue_mail_in};
use db::product_lifecycle::{self as lifecycle, TermRow};
use db::{Db, SystemScope};
use domain::catalogue::ValidCatalogue;
use domain::datetime::Region;
use domain::membership::ContactPref;
use domain::product_lifecycle::{next_step, reminder_due, Step, Term, DOMAIN};
use domain::{AppError, Lang};

/// Products read per batch.
const BATCH: i64 = 500;

/// Moves every due product on; returns how many changes and reminders it made.
pub async fn run(db: &Db, scope: &SystemScope) -> Result<u64, AppError> {
    let now = db.now_ms();
    let catalogue = db::catalogue::current_at(db, now).await?;
    let mut done = 0;
    let mut after = None;
    loop {
        let batch = lifecycle::due(db, scope, now, after, BATCH).await?;
        let Some(last) = batch.last() else {
            return Ok(done);
        };
        after = Some(last.id);
        for product in &batch {
            done += advance(db, scope, product, now, catalogue.as_ref()).await?;
        }
    }
}

/// The extension's redemption period, for a domain.
fn redemption_days(product: &TermRow, catalogue: Option<&ValidCatalogue>) -> Option<u32> {
    let catalogue = catalogue?;
    if product.kind != DOMAIN {
        return None;
    }
    let extension = catalogue.extension_of(&product.name)?;
    catalogue.redemption_days(extension)
}

async fn advance(
    db: &Db,
    scope: &SystemScope,
    product: &TermRow,
    now: i64,
    catalogue: Option<&ValidCatalogue>,
) -> Result<u64, AppError> {
    let tz = domain::datetime::zone(&product.time_zone);
    let term = Term {
        kind: &product.kind,
        status: product.status,
        expires_at: product.expires_at,
        auto_renew: product.auto_renew,
        redemption_until: product.redemption_until,
    };
    // Read before the transaction, which never waits for a second connection of the pool.
    let reminder = reminder_due(term, now, tz);
    let recipients = match reminder {
        Some(_) => {
            db::members::recipients_as_system(db, scope, product.org, ContactPref::Renewals).await?
        }
        None => None,
    };
    let mut tx = db.begin().await?;
    let mut done = 0;
    if let Some(Step::To {
        status,
        redemption_until,
    }) = next_step(term, now, tz, redemption_days(product, catalogue))
    {
        if lifecycle::change_status(&mut tx, scope, product, status, redemption_until).await? {
            done += 1;
        }
    }
    if let Some(days) = reminder {
        if lifecycle::claim_reminder(&mut tx, scope, product, days).await? {
            if let Some((org_name, recipients)) = recipients {
                let link = org_link(product.org, &format!("products/{}", product.id));
                for person in recipients {
                    let region = Region {
                        lang: Lang::parse(&person.lang).unwrap_or_default(),
                        country: person.country,
                        time_zone: person.time_zone,
                    };
                    let mail = crate::mail::expiry_reminder(
                        &region,
                        &org_name,
                        &product.name,
                        product.expires_at,
                        days,
                        &link,
                    );
                    queue_mail_in(&mut tx, &person.email, region.lang, &mail).await?;
                }
            }
            done += 1;
        }
    }
    tx.commit().await?;
    Ok(done)
}
