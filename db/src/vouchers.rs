//! Free vouchers (rules: `domain::cart::voucher`). An operator grants them
//! ([`grant`], in a [`SystemScope`]); an organisation sees only its own unused, unexpired
//! ones ([`available`]); an order redeems one ([`redeem`]) with a conditional
//! `UPDATE … WHERE used_at IS NULL AND expires_at > now`, so of two concurrent orders
//! exactly one uses it.

use crate::users::parse_id;
use crate::{new_uuid, Db, DbError, OrgScope, SystemScope, Tx};
use domain::cart::voucher::{NewVoucher, Voucher, VoucherRefusal};
use domain::catalogue::{Period, ProductKind};
use domain::ids::VoucherId;
use domain::product_rules::may_order;
use domain::{AppError, OrgId};
use sqlx::any::AnyRow;
use sqlx::Row;

const COLUMNS: &str = "id, org_id, kind, extension, period_months, expires_at, granted_at, \
                       granted_by, used_at, used_order_id";

fn voucher_of(row: &AnyRow) -> Result<Voucher, DbError> {
    let kind: String = row.try_get("kind")?;
    let months: i64 = row.try_get("period_months")?;
    let period = u32::try_from(months)
        .ok()
        .and_then(Period::from_months)
        .ok_or_else(|| DbError::Corrupt(format!("voucher period {months}")))?;
    Ok(Voucher {
        id: parse_id(&row.try_get::<String, _>("id")?)?,
        org: parse_id(&row.try_get::<String, _>("org_id")?)?,
        kind: ProductKind::from_code(&kind)
            .ok_or_else(|| DbError::Corrupt(format!("voucher kind {kind}")))?,
        extension: row.try_get("extension")?,
        period,
        expires_at: row.try_get("expires_at")?,
        granted_at: row.try_get("granted_at")?,
        granted_by: row.try_get("granted_by")?,
        used_at: row.try_get("used_at")?,
        used_order: row.try_get("used_order_id")?,
    })
}

/// The live (not deleted) organisation `org`'s name, for operators' commands.
pub async fn organisation_name(
    db: &Db,
    _operator: &SystemScope,
    org: OrgId,
) -> Result<Option<String>, DbError> {
    Ok(
        sqlx::query_scalar("SELECT name FROM organisations WHERE id = $1 AND deleted_at IS NULL")
            .bind(org.to_string())
            .fetch_optional(db.pool())
            .await?,
    )
}

/// The oldest live organisation named exactly `name` (the demo data finds its own).
pub async fn organisation_named(
    db: &Db,
    _operator: &SystemScope,
    name: &str,
) -> Result<Option<OrgId>, DbError> {
    let id: Option<String> = sqlx::query_scalar(
        "SELECT id FROM organisations WHERE name = $1 AND deleted_at IS NULL \
         ORDER BY created_at, id LIMIT 1",
    )
    .bind(name)
    .fetch_optional(db.pool())
    .await?;
    id.as_deref().map(parse_id).transpose()
}

/// Grants `org` a voucher, recorded as given by `operator`, at the transaction's instant.
/// `voucher` must have passed [`NewVoucher::check`] against the catalogue in force.
/// `NotFound` when `org` does not exist or was deleted.
pub async fn grant(
    tx: &mut Tx,
    operator: &SystemScope,
    org: OrgId,
    voucher: &NewVoucher,
) -> Result<Voucher, AppError> {
    let live: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM organisations WHERE id = $1 AND deleted_at IS NULL",
    )
    .bind(org.to_string())
    .fetch_one(&mut **tx)
    .await
    .map_err(DbError::from)?;
    if live == 0 {
        return Err(AppError::NotFound);
    }
    let granted = Voucher {
        id: VoucherId(new_uuid()),
        org,
        kind: voucher.kind,
        extension: voucher.extension.clone(),
        period: voucher.period,
        expires_at: voucher.expires_at,
        granted_at: tx.now_ms(),
        granted_by: operator.actor().to_owned(),
        used_at: None,
        used_order: None,
    };
    sqlx::query(&format!(
        "INSERT INTO vouchers ({COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, NULL, NULL)"
    ))
    .bind(granted.id.to_string())
    .bind(org.to_string())
    .bind(granted.kind.code())
    .bind(granted.extension.clone())
    .bind(i64::from(granted.period.months()))
    .bind(granted.expires_at)
    .bind(granted.granted_at)
    .bind(&granted.granted_by)
    .execute(&mut **tx)
    .await
    .map_err(DbError::from)?;
    Ok(granted)
}

/// The organisation's vouchers it can use now: unused, unexpired, soonest expiry first.
pub async fn available(db: &Db, scope: &OrgScope) -> Result<Vec<Voucher>, DbError> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM vouchers \
         WHERE org_id = $1 AND used_at IS NULL AND expires_at > $2 \
         ORDER BY expires_at, id"
    ))
    .bind(scope.org_key())
    .bind(db.now_ms())
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(voucher_of).collect()
}

/// One of the organisation's vouchers, used or not; `None` for another organisation's.
pub async fn get(db: &Db, scope: &OrgScope, id: VoucherId) -> Result<Option<Voucher>, DbError> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM vouchers WHERE id = $1 AND org_id = $2"
    ))
    .bind(id.to_string())
    .bind(scope.org_key())
    .fetch_optional(db.pool())
    .await?;
    row.as_ref().map(voucher_of).transpose()
}

/// Every voucher of `org`, newest grant first (`mandant voucher list`).
pub async fn list(db: &Db, _operator: &SystemScope, org: OrgId) -> Result<Vec<Voucher>, DbError> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM vouchers WHERE org_id = $1 ORDER BY granted_at DESC, id DESC"
    ))
    .bind(org.to_string())
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(voucher_of).collect()
}

/// Marks `voucher` used for `order_ref` inside the order's transaction, for a member who
/// may order (`domain::product_rules::may_order`: managers and the billing right; others
/// are `forbidden`). The voucher's own rule runs first (another organisation's voucher:
/// `voucher-other-organisation`), then a conditional `UPDATE` that only an unused,
/// unexpired voucher of the scoped organisation passes: of two concurrent redemptions one
/// succeeds and the other answers `voucher-used`. Gone: `not-found`. Commit `tx` only on
/// `Ok`.
pub async fn redeem(
    tx: &mut Tx,
    scope: &OrgScope,
    voucher: &Voucher,
    order_ref: &str,
) -> Result<(), AppError> {
    if !may_order(scope.access()) {
        return Err(AppError::Forbidden);
    }
    let now = tx.now_ms();
    let conflict = |r: VoucherRefusal| AppError::conflict(r.code());
    voucher.check(scope.org_id(), now).map_err(conflict)?;
    if order_ref.trim().is_empty() || order_ref.len() > 200 {
        return Err(AppError::BadRequest);
    }
    let updated = sqlx::query(
        "UPDATE vouchers SET used_at = $1, used_order_id = $2 \
         WHERE id = $3 AND org_id = $4 AND used_at IS NULL AND expires_at > $1",
    )
    .bind(now)
    .bind(order_ref)
    .bind(voucher.id.to_string())
    .bind(scope.org_key())
    .execute(&mut **tx)
    .await
    .map_err(DbError::from)?;
    if updated.rows_affected() == 1 {
        return Ok(());
    }
    // Why not: read its state as the transaction sees it now.
    let state: Option<(Option<i64>, i64)> =
        sqlx::query_as("SELECT used_at, expires_at FROM vouchers WHERE id = $1 AND org_id = $2")
            .bind(voucher.id.to_string())
            .bind(scope.org_key())
            .fetch_optional(&mut **tx)
            .await
            .map_err(DbError::from)?;
    Err(match state {
        None => AppError::NotFound,
        Some((Some(_), _)) => conflict(VoucherRefusal::Used),
        Some((None, _)) => conflict(VoucherRefusal::Expired),
    })
}
