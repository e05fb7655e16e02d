//! Setting up what a paid order bought, line by line, through the provisioning adapters: a
//! domain is registered for its years, anything else created on the hosting panel; a held
//! product is renewed (a domain in redemption restored first) or gets its new option. A
//! line whose adapter answers creates its product (active until the end of its period, with
//! its options) or extends the held one, and, once every line is done, the order is
//! completed. An adapter that cannot be
//! reached or refuses leaves the line waiting with the error and a next try, which the
//! fulfilment job makes (backing off to an hour); nothing is created twice.

use crate::provisioning::{provisioning, ProvisioningError};
use chrono::Months;
use db::fulfilment::Waiting;
use db::{Db, SystemScope};
use domain::catalogue::ProductKind;
use domain::ids::OrderId;
use domain::status::ProductStatus;

/// Lines handled in one run, at most.
const BATCH: u32 = 200;

/// When a product ordered now for `months` ends.
fn end_of_period(now_ms: i64, months: u32) -> Option<i64> {
    chrono::DateTime::from_timestamp_millis(now_ms)?
        .checked_add_months(Months::new(months))
        .map(|end| end.timestamp_millis())
}

/// Asks the adapters for what the line bought: a new domain registered or product created,
/// a held one renewed (a domain in redemption restored first). An option of a held domain
/// needs no adapter.
async fn provision(line: &Waiting, held: Option<ProductStatus>) -> Result<(), ProvisioningError> {
    let adapters = provisioning();
    if line.for_product.is_some() && line.kind.option_of().is_some() {
        return Ok(());
    }
    if line.kind == ProductKind::Domain {
        let name =
            domain::domain_name::parse(&line.name).map_err(|code| ProvisioningError::Refused {
                code: code.to_owned(),
            })?;
        let years = line.period.whole_years().unwrap_or(1);
        return match held {
            None => adapters.registrar.register(&name, years).await,
            Some(status) => {
                if status == ProductStatus::InRedemption {
                    adapters.registrar.restore(&name).await?;
                }
                adapters.registrar.renew(&name, years).await
            }
        };
    }
    match held {
        None => adapters.panel.create(line.kind.code(), &line.name).await,
        Some(_) => {
            adapters
                .panel
                .renew(line.kind.code(), &line.name, line.period.months())
                .await
        }
    }
}

/// How many renewals of a new product the order's promotion code still discounts: a code
/// for N periods that applied to this line (its kind, no voucher) covers N − 1 renewals.
async fn continuing_renewals(db: &Db, line: &Waiting) -> Result<u32, db::DbError> {
    let Some(code) = line.promotion.as_deref().filter(|_| !line.freed) else {
        return Ok(0);
    };
    Ok(match db::promotions::find(db, code).await? {
        Some(p) if p.applies_to(line.kind) => p.periods.saturating_sub(1),
        _ => 0,
    })
}

/// Records what the adapters did; `true` when something was set up by this run.
async fn record(
    db: &Db,
    scope: &SystemScope,
    line: &Waiting,
    held: Option<(ProductStatus, Option<i64>, Vec<String>)>,
) -> Result<bool, db::DbError> {
    let now = db.now_ms();
    let out_of_range = || db::DbError::Corrupt("product end out of range".into());
    let mut tx = db.begin().await?;
    let done = match held {
        None => {
            let expires = end_of_period(now, line.period.months()).ok_or_else(out_of_range)?;
            let renewals = continuing_renewals(db, line).await?;
            db::fulfilment::record_product(&mut tx, scope, line, expires, renewals)
                .await?
                .is_some()
        }
        Some((_, _, options)) if line.kind.option_of().is_some() => {
            db::fulfilment::record_option(&mut tx, scope, line, &options).await?
        }
        Some((status, expires_at, _)) => {
            // A renewal adds its period to the current end, or to today once that has passed.
            let from = expires_at.unwrap_or(now).max(now);
            let expires = end_of_period(from, line.period.months()).ok_or_else(out_of_range)?;
            db::fulfilment::record_renewal(&mut tx, scope, line, status, expires).await?
        }
    };
    db::fulfilment::complete_if_done(&mut tx, scope, line.order).await?;
    tx.commit().await?;
    Ok(done)
}

async fn set_up(db: &Db, scope: &SystemScope, line: &Waiting) -> Result<bool, db::DbError> {
    let held = db::fulfilment::held(db, scope, line).await?;
    if line.for_product.is_some() && held.is_none() {
        return Err(db::DbError::Corrupt(format!(
            "order {} renews a product that is gone",
            line.order
        )));
    }
    match provision(line, held.as_ref().map(|h| h.0)).await {
        Ok(()) => record(db, scope, line, held).await,
        Err(err) => {
            let reason = match &err {
                ProvisioningError::Unreachable => "unreachable".to_owned(),
                ProvisioningError::Refused { code } => format!("refused: {code}"),
            };
            tracing::warn!(order = %line.order, position = line.position, %reason, "a product could not be set up yet");
            let retry_at = db.now_ms() + db::jobs::backoff_ms(line.attempts + 1);
            db::fulfilment::record_failure(db, scope, line, &reason, retry_at).await?;
            Ok(false)
        }
    }
}

/// Sets up the waiting lines that are due — of `order` only, when given — and answers how
/// many products it created. Failures are recorded on their lines, never returned: the
/// payment that triggered the run is final whatever the adapters say.
pub async fn run(db: &Db, scope: &SystemScope, order: Option<OrderId>) -> u64 {
    let lines = match db::fulfilment::waiting(db, scope, order, BATCH).await {
        Ok(lines) => lines,
        Err(err) => {
            tracing::error!(error = %err, "the waiting order lines could not be read");
            return 0;
        }
    };
    let mut created = 0;
    for line in &lines {
        match set_up(db, scope, line).await {
            Ok(true) => created += 1,
            Ok(false) => {}
            Err(err) => {
                tracing::error!(error = %err, order = %line.order, "setting up a product failed")
            }
        }
    }
    created
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_end_on_the_same_day_months_later() {
        // 31 January + 1 month: the end of February.
        let jan_31 = chrono::NaiveDate::from_ymd_opt(2027, 1, 31)
            .unwrap()
            .and_hms_opt(10, 0, 0)
            .unwrap()
            .and_utc()
            .timestamp_millis();
        let end = end_of_period(jan_31, 1).unwrap();
        let end = chrono::DateTime::from_timestamp_millis(end).unwrap();
        assert_eq!(
            end.date_naive(),
            chrono::NaiveDate::from_ymd_opt(2027, 2, 28).unwrap()
        );
        let year =
            chrono::DateTime::from_timestamp_millis(end_of_period(jan_31, 12).unwrap()).unwrap();
        assert_eq!(
            year.date_naive(),
            chrono::NaiveDate::from_ymd_opt(2028, 1, 31).unwrap()
        );
    }
}
