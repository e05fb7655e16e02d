//! Products an organisation owns.

use crate::users::parse_id;
use crate::{new_uuid, now_ms, Db, DbError, OrgScope};
use domain::dto::ProductRow;
use domain::{AppError, Permission, ProductId};

pub struct NewProduct<'a> {
    pub kind: &'a str,
    pub name: &'a str,
    pub status: &'a str,
    pub expires_at: Option<i64>,
    pub auto_renew: bool,
}

pub async fn insert(db: &Db, scope: &OrgScope, p: NewProduct<'_>) -> Result<ProductId, AppError> {
    scope.require(Permission::ProductManage)?;
    let id = ProductId(new_uuid());
    sqlx::query(
        "INSERT INTO products (id, org_id, kind, name, status, expires_at, auto_renew, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(id.to_string())
    .bind(scope.org_key())
    .bind(p.kind)
    .bind(p.name)
    .bind(p.status)
    .bind(p.expires_at)
    .bind(i64::from(p.auto_renew))
    .bind(now_ms())
    .execute(db.pool())
    .await
    .map_err(DbError::from)?;
    Ok(id)
}

#[derive(sqlx::FromRow)]
struct Row {
    id: String,
    name: String,
    kind: String,
    status: String,
    expires_at: Option<i64>,
}

/// The organisation's products, soonest expiry first.
pub async fn list(db: &Db, scope: &OrgScope) -> Result<Vec<ProductRow>, AppError> {
    scope.require(Permission::ProductView)?;
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT id, name, kind, status, expires_at FROM products WHERE org_id = $1 \
         ORDER BY CASE WHEN expires_at IS NULL THEN 1 ELSE 0 END, expires_at, name",
    )
    .bind(scope.org_key())
    .fetch_all(db.pool())
    .await
    .map_err(DbError::from)?;
    rows.into_iter()
        .map(|r| {
            Ok(ProductRow {
                id: parse_id(&r.id)?,
                name: r.name,
                kind: r.kind,
                status: r.status,
                expires_at: r.expires_at,
            })
        })
        .collect::<Result<_, DbError>>()
        .map_err(AppError::from)
}
