//! The Products section's list: the organisation's products the member may see, searched,
//! filtered, sorted and paged in SQL.

use crate::users::parse_id;
use crate::{Db, DbError, OrgScope};
use domain::dto::{
    ProductFilter, ProductListRow, ProductPage, ProductQuery, ProductSort, EXPIRING_WITHIN_DAYS,
};
use domain::status::{ProductStatus, Status};
use domain::{AppError, Permission};

const DAY_MS: i64 = 86_400_000;

#[derive(sqlx::FromRow)]
struct Row {
    id: String,
    name: String,
    kind: String,
    status: String,
    expires_at: Option<i64>,
    auto_renew: i64,
    management_blocked: i64,
}

/// Statuses in the order the table sorts them (the lifecycle's order, not the alphabet).
fn status_rank() -> String {
    let cases: String = ProductStatus::ALL
        .iter()
        .enumerate()
        .map(|(rank, status)| format!("WHEN '{}' THEN {rank} ", status.code()))
        .collect();
    format!("CASE p.status {cases}ELSE 99 END")
}

fn order_by(query: &ProductQuery) -> String {
    let dir = if query.descending { "DESC" } else { "ASC" };
    let key = match query.sort {
        ProductSort::Expiry => {
            format!("CASE WHEN p.expires_at IS NULL THEN 1 ELSE 0 END, p.expires_at {dir}")
        }
        ProductSort::Name => format!("LOWER(p.name) {dir}"),
        ProductSort::Kind => format!("p.kind {dir}"),
        ProductSort::Status => format!("{} {dir}", status_rank()),
    };
    format!("ORDER BY {key}, LOWER(p.name), p.id")
}

/// One page of the products `scope`'s member may see: all of them for administrators and
/// legal representatives, those granted (directly or through a team) for limited members.
pub async fn page(
    db: &Db,
    scope: &OrgScope,
    query: &ProductQuery,
) -> Result<ProductPage, AppError> {
    scope.require(Permission::ProductView)?;
    let all = scope.access().sees_all_products();
    let now = db.now_ms();
    let (status, expiring) = match query.filter {
        Some(ProductFilter::Status(status)) => (status.code(), 0_i64),
        Some(ProductFilter::ExpiringSoon) => ("", 1),
        None => ("", 0),
    };
    // $1 organisation, $2 name pattern, $3 kind, $4 status, $5 expiring-soon flag, $6 now,
    // $7 end of the expiring window, then the member for limited roles.
    let mut filter = format!(
        "FROM products p WHERE p.org_id = $1 AND LOWER(p.name) LIKE $2 ESCAPE '\\' \
         AND ($3 = '' OR p.kind = $3) AND ($4 = '' OR p.status = $4) \
         AND ($5 = 0 OR (p.expires_at >= $6 AND p.expires_at < $7 AND p.status NOT IN ('{}', '{}')))",
        ProductStatus::Terminated.code(),
        ProductStatus::Released.code()
    );
    let mut next = 8;
    if !all {
        filter.push_str(&format!(
            " AND {}",
            crate::grants::granted_condition("$1", "$8")
        ));
        next = 9;
    }
    let pattern = crate::search::contains_pattern(&query.search);
    let kind = query.kind.clone().unwrap_or_default();
    let window_end = now + EXPIRING_WITHIN_DAYS * DAY_MS;
    let user = scope.user_id().to_string();

    let count_sql = format!("SELECT COUNT(*) {filter}");
    let mut count = sqlx::query_scalar::<_, i64>(&count_sql)
        .bind(scope.org_key())
        .bind(&pattern)
        .bind(&kind)
        .bind(status)
        .bind(expiring)
        .bind(now)
        .bind(window_end);
    if !all {
        count = count.bind(&user);
    }
    let total = count.fetch_one(db.pool()).await.map_err(DbError::from)?;

    let page_size = query.rows_per_page();
    let rows_sql = format!(
        "SELECT p.id, p.name, p.kind, p.status, p.expires_at, p.auto_renew, \
         p.management_blocked {filter} {} LIMIT ${next} OFFSET ${}",
        order_by(query),
        next + 1
    );
    let mut select = sqlx::query_as::<_, Row>(&rows_sql)
        .bind(scope.org_key())
        .bind(&pattern)
        .bind(&kind)
        .bind(status)
        .bind(expiring)
        .bind(now)
        .bind(window_end);
    if !all {
        select = select.bind(&user);
    }
    let rows = select
        .bind(i64::from(page_size))
        .bind(i64::from(query.page) * i64::from(page_size))
        .fetch_all(db.pool())
        .await
        .map_err(DbError::from)?;
    let access = scope.access();
    let rows = rows
        .into_iter()
        .map(|r| {
            let management_blocked = r.management_blocked == 1;
            Ok(ProductListRow {
                id: parse_id(&r.id)?,
                name: r.name,
                kind: r.kind,
                status: ProductStatus::from_code(&r.status)
                    .ok_or_else(|| DbError::Corrupt(format!("product status {}", r.status)))?,
                expires_at: r.expires_at,
                auto_renew: r.auto_renew == 1,
                management_blocked,
                // Every listed product is visible, so granted for a limited member.
                can_manage: access.product_rights(true, management_blocked).manage,
            })
        })
        .collect::<Result<Vec<_>, DbError>>()?;
    Ok(ProductPage {
        rows,
        total,
        page: query.page,
        page_size,
        can_order: domain::product_rules::may_order(access),
    })
}
