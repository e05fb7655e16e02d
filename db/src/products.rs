//! Products an organisation owns.

use crate::users::parse_id;
use crate::{new_uuid, Db, DbError, OrgScope};
use domain::dto::{ProductChoice, ProductRow};
use domain::status::{ProductStatus, Status};
use domain::{AppError, Permission, ProductId, UserId};

pub struct NewProduct<'a> {
    pub kind: &'a str,
    pub name: &'a str,
    pub status: ProductStatus,
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
    .bind(p.status.code())
    .bind(p.expires_at)
    .bind(i64::from(p.auto_renew))
    .bind(db.now_ms())
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

const ORDER: &str = "ORDER BY CASE WHEN expires_at IS NULL THEN 1 ELSE 0 END, expires_at, name";

/// The organisation's products the member may see (all for managers, the granted ones for
/// limited members), soonest expiry first.
pub async fn list(db: &Db, scope: &OrgScope) -> Result<Vec<ProductRow>, AppError> {
    scope.require(Permission::ProductView)?;
    let all = scope.access().sees_all_products();
    let query = if all {
        format!("SELECT id, name, kind, status, expires_at FROM products WHERE org_id = $1 {ORDER}")
    } else {
        format!(
            "SELECT p.id, p.name, p.kind, p.status, p.expires_at FROM products p \
             WHERE p.org_id = $1 AND {} {ORDER}",
            crate::grants::granted_condition("$1", "$2")
        )
    };
    let mut select = sqlx::query_as::<_, Row>(&query).bind(scope.org_key());
    if !all {
        select = select.bind(scope.user_id().to_string());
    }
    let rows = select.fetch_all(db.pool()).await.map_err(DbError::from)?;
    rows.into_iter()
        .map(|r| {
            Ok(ProductRow {
                id: parse_id(&r.id)?,
                name: r.name,
                kind: r.kind,
                status: ProductStatus::from_code(&r.status)
                    .ok_or_else(|| DbError::Corrupt(format!("product status {}", r.status)))?,
                expires_at: r.expires_at,
            })
        })
        .collect::<Result<_, DbError>>()
        .map_err(AppError::from)
}

/// Gives a member of the scoped organisation access to one of its products. Needs the right
/// to manage members; a product or person outside the organisation is not found.
pub async fn grant(
    db: &Db,
    scope: &OrgScope,
    user: UserId,
    product: ProductId,
) -> Result<(), AppError> {
    scope.require(Permission::MemberManage)?;
    let inserted = sqlx::query(
        "INSERT INTO product_grants (org_id, user_id, product_id) \
         SELECT org_id, $1, id FROM products WHERE id = $2 AND org_id = $3 \
         AND EXISTS (SELECT 1 FROM memberships WHERE org_id = $3 AND user_id = $1) \
         ON CONFLICT DO NOTHING",
    )
    .bind(user.to_string())
    .bind(product.to_string())
    .bind(scope.org_key())
    .execute(db.pool())
    .await
    .map_err(DbError::from)?;
    if inserted.rows_affected() == 1 || is_granted(db, scope, user, product).await? {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// Every product of the organisation by name, to choose from when granting access.
pub async fn choices(db: &Db, scope: &OrgScope) -> Result<Vec<ProductChoice>, AppError> {
    scope.require(Permission::MemberManage)?;
    let rows: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT id, name, kind FROM products WHERE org_id = $1 ORDER BY LOWER(name), id",
    )
    .bind(scope.org_key())
    .fetch_all(db.pool())
    .await
    .map_err(DbError::from)?;
    rows.into_iter()
        .map(|(id, name, kind)| {
            Ok(ProductChoice {
                id: parse_id(&id)?,
                name,
                kind,
            })
        })
        .collect::<Result<_, DbError>>()
        .map_err(AppError::from)
}

async fn is_granted(
    db: &Db,
    scope: &OrgScope,
    user: UserId,
    product: ProductId,
) -> Result<bool, DbError> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM product_grants WHERE org_id = $1 AND user_id = $2 AND product_id = $3",
    )
    .bind(scope.org_key())
    .bind(user.to_string())
    .bind(product.to_string())
    .fetch_one(db.pool())
    .await?;
    Ok(n > 0)
}

/// What ordering needs of a product the organisation holds, to renew it, restore it or add
/// an option to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Held {
    pub id: ProductId,
    pub kind: String,
    pub name: String,
    pub status: ProductStatus,
    /// Its options (`domain-privacy`, `renewal-warranty`).
    pub options: Vec<String>,
    /// A promotion code still discounting its renewals, and for how many more.
    pub promotion: Option<(String, u32)>,
}

/// The organisation's product `id`, for members who may order; another organisation's is
/// `None`.
pub async fn held(db: &Db, scope: &OrgScope, id: ProductId) -> Result<Option<Held>, AppError> {
    if !domain::product_rules::may_order(scope.access()) {
        return Err(AppError::Forbidden);
    }
    let row: Option<DueRow> = sqlx::query_as(&format!(
        "SELECT {HELD_COLUMNS} FROM products WHERE id = $1 AND org_id = $2"
    ))
    .bind(id.to_string())
    .bind(scope.org_key())
    .fetch_optional(db.pool())
    .await
    .map_err(DbError::from)?;
    Ok(row.map(held_of).transpose()?.map(|(held, _, _)| held))
}

const HELD_COLUMNS: &str = "id, kind, name, status, options, promotion_code, \
                            promotion_renewals_left, expires_at, auto_renew";

fn held_of(r: DueRow) -> Result<(Held, Option<i64>, bool), DbError> {
    let renewals_left = u32::try_from(r.promotion_renewals_left).unwrap_or(0);
    Ok((
        Held {
            id: parse_id(&r.id)?,
            status: ProductStatus::from_code(&r.status)
                .ok_or_else(|| DbError::Corrupt(format!("product status {}", r.status)))?,
            kind: r.kind,
            name: r.name,
            options: r
                .options
                .split(',')
                .filter(|o| !o.is_empty())
                .map(str::to_owned)
                .collect(),
            promotion: r
                .promotion_code
                .filter(|_| renewals_left > 0)
                .map(|c| (c, renewals_left)),
        },
        r.expires_at,
        r.auto_renew == 1,
    ))
}

/// The organisation's products that can be renewed (not pending, not over) whose term ends
/// before `until` (all of them with `None`), soonest first, at most `limit`: each with its
/// end and whether it renews itself.
pub async fn renewals_due(
    db: &Db,
    scope: &OrgScope,
    until: Option<i64>,
    limit: u32,
) -> Result<Vec<(Held, Option<i64>, bool)>, AppError> {
    if !domain::product_rules::may_order(scope.access()) {
        return Err(AppError::Forbidden);
    }
    let over: Vec<&str> = ProductStatus::ALL
        .iter()
        .filter(|s| s.is_final() || **s == ProductStatus::Pending)
        .map(|s| s.code())
        .collect();
    let placeholders: Vec<String> = (0..over.len()).map(|i| format!("${}", i + 4)).collect();
    let sql = format!(
        "SELECT {HELD_COLUMNS} FROM products WHERE org_id = $1 AND expires_at IS NOT NULL \
         AND expires_at <= $2 AND status NOT IN ({}) ORDER BY expires_at, name LIMIT $3",
        placeholders.join(", ")
    );
    let mut query = sqlx::query_as::<_, DueRow>(&sql)
        .bind(scope.org_key())
        .bind(until.unwrap_or(i64::MAX))
        .bind(i64::from(limit));
    for code in &over {
        query = query.bind(*code);
    }
    let rows = query.fetch_all(db.pool()).await.map_err(DbError::from)?;
    rows.into_iter()
        .map(held_of)
        .collect::<Result<_, DbError>>()
        .map_err(AppError::from)
}

#[derive(sqlx::FromRow)]
struct DueRow {
    id: String,
    kind: String,
    name: String,
    status: String,
    options: String,
    promotion_code: Option<String>,
    promotion_renewals_left: i64,
    expires_at: Option<i64>,
    auto_renew: i64,
}
