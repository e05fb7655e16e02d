//! The lifecycle job's reads and writes (`domain::product_lifecycle` decides): products
//! whose end date is near or past, their status changes recorded in the product's history
//! under the job's name, and the reminders already sent. Only a job's `SystemScope` reaches
//! them.

use crate::users::parse_id;
use crate::{Db, DbError, SystemScope, Tx};
use domain::dto::ProductChange;
use domain::product_lifecycle::EXPIRING_SOON_DAYS;
use domain::status::{ProductStatus, Status};
use domain::{OrgId, ProductId};

/// A product the lifecycle looks at, with its organisation's time zone.
#[derive(Clone, Debug)]
pub struct TermRow {
    pub id: ProductId,
    pub org: OrgId,
    pub name: String,
    pub kind: String,
    pub status: ProductStatus,
    pub expires_at: i64,
    pub auto_renew: bool,
    pub redemption_until: Option<i64>,
    /// The organisation's zone, or its country's when none was chosen.
    pub time_zone: String,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: String,
    org_id: String,
    name: String,
    kind: String,
    status: String,
    expires_at: i64,
    auto_renew: i64,
    redemption_until: Option<i64>,
    time_zone: String,
    country: String,
}

/// Products with an end date within the expiring-soon window (plus a day for time zones)
/// or past it, in a status the lifecycle moves on, oldest end first, at most `limit`.
pub async fn due(
    db: &Db,
    _scope: &SystemScope,
    now: i64,
    after: Option<ProductId>,
    limit: i64,
) -> Result<Vec<TermRow>, DbError> {
    let horizon = now + (EXPIRING_SOON_DAYS + 2) * 86_400_000;
    let statuses = [
        ProductStatus::Active,
        ProductStatus::ExpiringSoon,
        ProductStatus::InMaintenance,
        ProductStatus::Expired,
        ProductStatus::InRedemption,
    ]
    .map(|s| format!("'{}'", s.code()))
    .join(", ");
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "SELECT p.id, p.org_id, p.name, p.kind, p.status, p.expires_at, p.auto_renew, \
         p.redemption_until, o.time_zone, o.country FROM products p \
         JOIN organisations o ON o.id = p.org_id \
         WHERE p.expires_at IS NOT NULL AND p.expires_at < $1 AND p.status IN ({statuses}) \
         AND p.id > $2 AND o.deleted_at IS NULL ORDER BY p.id LIMIT $3"
    ))
    .bind(horizon)
    .bind(after.map(|a| a.to_string()).unwrap_or_default())
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    rows.into_iter()
        .map(|r| {
            Ok(TermRow {
                id: parse_id(&r.id)?,
                org: parse_id(&r.org_id)?,
                name: r.name,
                kind: r.kind,
                status: ProductStatus::from_code(&r.status)
                    .ok_or_else(|| DbError::Corrupt(format!("product status {}", r.status)))?,
                expires_at: r.expires_at,
                auto_renew: r.auto_renew == 1,
                redemption_until: r.redemption_until,
                time_zone: if r.time_zone.is_empty() {
                    domain::country::default_time_zone(&r.country).to_owned()
                } else {
                    r.time_zone
                },
            })
        })
        .collect()
}

/// Moves the product from `from` to `to` unless someone changed it meanwhile (then `false`,
/// and nothing is written), recording the change under the job's name.
pub async fn change_status(
    tx: &mut Tx,
    scope: &SystemScope,
    product: &TermRow,
    to: ProductStatus,
    redemption_until: Option<i64>,
) -> Result<bool, DbError> {
    let to = product
        .status
        .transition(to)
        .map_err(|e| DbError::Corrupt(e.to_string()))?;
    let changed = sqlx::query(
        "UPDATE products SET status = $1, redemption_until = $2 WHERE id = $3 AND status = $4",
    )
    .bind(to.code())
    .bind(redemption_until)
    .bind(product.id.to_string())
    .bind(product.status.code())
    .execute(&mut **tx)
    .await?;
    if changed.rows_affected() != 1 {
        return Ok(false);
    }
    let change = ProductChange::Status {
        from: product.status,
        to,
    };
    record_change(tx, scope, product.id, product.org, &change).await?;
    Ok(true)
}

/// Records a change made by a job (or a processor) in the product's history.
pub(crate) async fn record_change(
    tx: &mut Tx,
    scope: &SystemScope,
    product: ProductId,
    org: OrgId,
    change: &ProductChange,
) -> Result<(), DbError> {
    let (code, before, after) = change.to_parts();
    sqlx::query(
        "INSERT INTO product_events (id, product_id, org_id, at, actor_name, change, \
         value_from, value_to) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(crate::new_uuid().to_string())
    .bind(product.to_string())
    .bind(org.to_string())
    .bind(tx.now_ms())
    .bind(scope.actor())
    .bind(code)
    .bind(before)
    .bind(after)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Records that the `days` reminder of the product's current term is being sent; `false`
/// when it already was (so it is sent once, however often the job runs).
pub async fn claim_reminder(
    tx: &mut Tx,
    _scope: &SystemScope,
    product: &TermRow,
    days: i64,
) -> Result<bool, DbError> {
    let inserted = sqlx::query(
        "INSERT INTO product_reminders (product_id, expires_at, days, sent_at) \
         VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
    )
    .bind(product.id.to_string())
    .bind(product.expires_at)
    .bind(days)
    .bind(tx.now_ms())
    .execute(&mut **tx)
    .await?;
    Ok(inserted.rows_affected() == 1)
}
