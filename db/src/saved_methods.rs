//! Payment methods saved at the payment service provider (`saved_methods`): remembered in
//! the transaction that applies the provider's success for a payment that asked to save,
//! listed masked, one default per organisation, removed on request. Only members who may
//! pay see or change them.

use crate::users::parse_id;
use crate::{Db, DbError, OrgScope, Tx};
use domain::dto::SavedMethod;
use domain::ids::SavedMethodId;
use domain::order::PaymentMethod;
use domain::product_rules::may_order;
use domain::{AppError, OrgId};

/// What the provider gave back for a method it now keeps.
pub struct Remembered<'a> {
    pub method: PaymentMethod,
    pub processor: &'a str,
    pub token: &'a str,
    pub label: &'a str,
    pub expires: Option<&'a str>,
}

fn require_paying(scope: &OrgScope) -> Result<(), AppError> {
    if may_order(scope.access()) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// Keeps `saved` for `org`, in the payment's transaction; the same token again changes
/// nothing. The first method saved becomes the default.
pub async fn remember(tx: &mut Tx, org: OrgId, saved: &Remembered<'_>) -> Result<(), DbError> {
    let has_default: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM saved_methods WHERE org_id = $1 AND is_default = 1",
    )
    .bind(org.to_string())
    .fetch_one(&mut **tx)
    .await?;
    sqlx::query(
        "INSERT INTO saved_methods (id, org_id, method, processor, token, label, expires, \
         is_default, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
         ON CONFLICT (org_id, processor, token) DO NOTHING",
    )
    .bind(crate::new_uuid().to_string())
    .bind(org.to_string())
    .bind(saved.method.code())
    .bind(saved.processor)
    .bind(saved.token)
    .bind(saved.label)
    .bind(saved.expires)
    .bind(i64::from(has_default == 0))
    .bind(tx.now_ms())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

type Row = (String, String, String, Option<String>, i64, i64);

/// The organisation's saved methods, the default first, then newest first.
pub async fn list(db: &Db, scope: &OrgScope) -> Result<Vec<SavedMethod>, AppError> {
    require_paying(scope)?;
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT id, method, label, expires, is_default, created_at FROM saved_methods \
         WHERE org_id = $1 ORDER BY is_default DESC, created_at DESC, id DESC",
    )
    .bind(scope.org_key())
    .fetch_all(db.pool())
    .await
    .map_err(DbError::from)?;
    let today = chrono::DateTime::from_timestamp_millis(db.now_ms())
        .map(|t| t.format("%Y-%m").to_string())
        .unwrap_or_default();
    rows.into_iter()
        .map(|(id, method, label, expires, is_default, created_at)| {
            let expired = expires
                .as_deref()
                .is_some_and(|e| domain::dto::card_expired(e, &today));
            Ok(SavedMethod {
                id: parse_id(&id)?,
                method: PaymentMethod::from_code(&method)
                    .ok_or_else(|| DbError::Corrupt(format!("saved method {method}")))?,
                label,
                expires,
                is_default: is_default == 1,
                created_at,
                expired,
            })
        })
        .collect::<Result<_, DbError>>()
        .map_err(AppError::from)
}

/// Makes `id` the default; `false` when the organisation has no such method.
pub async fn set_default(db: &Db, scope: &OrgScope, id: SavedMethodId) -> Result<bool, AppError> {
    require_paying(scope)?;
    let mut tx = db.begin().await?;
    let found: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM saved_methods WHERE org_id = $1 AND id = $2")
            .bind(scope.org_key())
            .bind(id.to_string())
            .fetch_one(&mut *tx)
            .await
            .map_err(DbError::from)?;
    if found == 0 {
        return Ok(false);
    }
    sqlx::query("UPDATE saved_methods SET is_default = CASE WHEN id = $2 THEN 1 ELSE 0 END WHERE org_id = $1")
        .bind(scope.org_key())
        .bind(id.to_string())
        .execute(&mut *tx)
        .await
        .map_err(DbError::from)?;
    tx.commit().await?;
    Ok(true)
}

/// Forgets `id`; the newest other method becomes the default when it was. `false` when the
/// organisation has no such method.
pub async fn remove(db: &Db, scope: &OrgScope, id: SavedMethodId) -> Result<bool, AppError> {
    require_paying(scope)?;
    let mut tx = db.begin().await?;
    let removed = sqlx::query("DELETE FROM saved_methods WHERE org_id = $1 AND id = $2")
        .bind(scope.org_key())
        .bind(id.to_string())
        .execute(&mut *tx)
        .await
        .map_err(DbError::from)?;
    if removed.rows_affected() == 0 {
        return Ok(false);
    }
    let defaults: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM saved_methods WHERE org_id = $1 AND is_default = 1",
    )
    .bind(scope.org_key())
    .fetch_one(&mut *tx)
    .await
    .map_err(DbError::from)?;
    if defaults == 0 {
        sqlx::query(
            "UPDATE saved_methods SET is_default = 1 WHERE id = (SELECT id FROM saved_methods \
             WHERE org_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1)",
        )
        .bind(scope.org_key())
        .execute(&mut *tx)
        .await
        .map_err(DbError::from)?;
    }
    tx.commit().await?;
    Ok(true)
}
