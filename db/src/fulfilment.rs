//! Setting up what paid orders bought (the flow: `app::use_cases::fulfilment`): the product
//! lines still waiting, the product a line creates (once: the line's `product_id` is set
//! by a conditional `UPDATE … WHERE product_id IS NULL`), a failed attempt with its next
//! try, and the order completed when every product line has its product.

use crate::users::parse_id;
use crate::{new_uuid, Db, DbError, SystemScope, Tx};
use domain::catalogue::{Period, ProductKind};
use domain::dto::ProductChange;
use domain::ids::OrderId;
use domain::status::{OrderStatus, ProductStatus, Status};
use domain::{OrgId, ProductId};

/// A paid order's product line that has no product yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Waiting {
    pub org: OrgId,
    pub order: OrderId,
    pub position: i64,
    /// The request line it came from (its options share it).
    pub line: i64,
    pub kind: ProductKind,
    /// As registered: the domain's ASCII form, or the label.
    pub name: String,
    /// As shown: the domain's Unicode form.
    pub display_name: String,
    pub period: Period,
    /// The options ordered with it.
    pub options: Vec<ProductKind>,
    pub attempts: i64,
    /// The held product it renews or adds an option to; `None`: it creates one.
    pub for_product: Option<ProductId>,
    /// The order's promotion code.
    pub promotion: Option<String>,
    /// A free voucher paid for this line (no promotion applied to it).
    pub freed: bool,
}

#[derive(sqlx::FromRow)]
struct WaitingRow {
    org_id: String,
    id: String,
    position: i64,
    line: i64,
    kind: String,
    name: String,
    display_name: String,
    period_months: i64,
    attempts: i64,
    for_product: Option<String>,
    promotion_code: Option<String>,
    freed: i64,
}

/// The waiting lines due now (never tried, or their retry time has come), of `order` only
/// when given, oldest orders first.
pub async fn waiting(
    db: &Db,
    _scope: &SystemScope,
    order: Option<OrderId>,
    limit: u32,
) -> Result<Vec<Waiting>, DbError> {
    let order_filter = if order.is_some() {
        "AND o.id = $3"
    } else {
        "AND $3 = $3"
    };
    let rows: Vec<WaitingRow> = sqlx::query_as(&format!(
        "SELECT o.org_id, o.id, l.position, l.line, l.kind, l.name, l.display_name, \
         l.period_months, l.attempts, l.for_product, o.promotion_code, \
         (SELECT COUNT(*) FROM order_lines v WHERE v.order_id = o.id AND v.item = 'voucher' \
          AND v.line = l.line) AS freed \
         FROM order_lines l JOIN orders o ON o.id = l.order_id \
         WHERE o.status = $1 AND l.item = 'product' AND l.product_id IS NULL \
           AND (l.retry_at IS NULL OR l.retry_at <= $2) {order_filter} \
         ORDER BY o.paid_at, o.id, l.position LIMIT $4"
    ))
    .bind(OrderStatus::Paid.code())
    .bind(db.now_ms())
    .bind(order.map(|o| o.to_string()).unwrap_or_default())
    .bind(i64::from(limit))
    .fetch_all(db.pool())
    .await?;
    let mut out = Vec::new();
    for row in rows {
        let corrupt = |what: &str| {
            DbError::Corrupt(format!("order line {}/{}: {what}", row.id, row.position))
        };
        let options: Vec<String> = sqlx::query_scalar(
            "SELECT kind FROM order_lines WHERE order_id = $1 AND line = $2 AND item = 'option' \
             ORDER BY position",
        )
        .bind(&row.id)
        .bind(row.line)
        .fetch_all(db.pool())
        .await?;
        out.push(Waiting {
            org: parse_id(&row.org_id)?,
            order: parse_id(&row.id)?,
            position: row.position,
            line: row.line,
            kind: ProductKind::from_code(&row.kind).ok_or_else(|| corrupt("kind"))?,
            period: u32::try_from(row.period_months)
                .ok()
                .and_then(Period::from_months)
                .ok_or_else(|| corrupt("period"))?,
            options: options
                .iter()
                .map(|k| ProductKind::from_code(k).ok_or_else(|| corrupt("option")))
                .collect::<Result<_, _>>()?,
            name: row.name,
            display_name: row.display_name,
            attempts: row.attempts,
            for_product: row.for_product.as_deref().map(parse_id).transpose()?,
            promotion: row.promotion_code,
            freed: row.freed > 0,
        });
    }
    Ok(out)
}

/// A held product's status, end date and options, as a renewal finds it.
pub async fn held(
    db: &Db,
    _scope: &SystemScope,
    line: &Waiting,
) -> Result<Option<(ProductStatus, Option<i64>, Vec<String>)>, DbError> {
    let Some(product) = line.for_product else {
        return Ok(None);
    };
    let row: Option<(String, Option<i64>, String)> = sqlx::query_as(
        "SELECT status, expires_at, options FROM products WHERE id = $1 AND org_id = $2",
    )
    .bind(product.to_string())
    .bind(line.org.to_string())
    .fetch_optional(db.pool())
    .await?;
    row.map(|(status, expires, options)| {
        let status = ProductStatus::from_code(&status)
            .ok_or_else(|| DbError::Corrupt(format!("product status {status}")))?;
        let options = options
            .split(',')
            .filter(|o| !o.is_empty())
            .map(str::to_owned)
            .collect();
        Ok((status, expires, options))
    })
    .transpose()
}

/// Marks `line` done by its held product, once; `false` when another runner did.
async fn claim_for_held(tx: &mut Tx, line: &Waiting, product: ProductId) -> Result<bool, DbError> {
    let claimed = sqlx::query(
        "UPDATE order_lines SET product_id = $1, last_error = NULL, retry_at = NULL \
         WHERE order_id = $2 AND position = $3 AND product_id IS NULL",
    )
    .bind(product.to_string())
    .bind(line.order.to_string())
    .bind(line.position)
    .execute(&mut **tx)
    .await?;
    Ok(claimed.rows_affected() == 1)
}

/// Renews `line`'s held product until `expires_at`; a product that had run out (expiring
/// soon, expired, in redemption) is active again, recorded in its history.
pub async fn record_renewal(
    tx: &mut Tx,
    scope: &SystemScope,
    line: &Waiting,
    from: ProductStatus,
    expires_at: i64,
) -> Result<bool, DbError> {
    let Some(product) = line.for_product else {
        return Ok(false);
    };
    if !claim_for_held(tx, line, product).await? {
        return Ok(false);
    }
    let back = matches!(
        from,
        ProductStatus::ExpiringSoon | ProductStatus::Expired | ProductStatus::InRedemption
    );
    let to = if back { ProductStatus::Active } else { from };
    sqlx::query(
        "UPDATE products SET expires_at = $1, status = $2, redemption_until = NULL \
         WHERE id = $3 AND org_id = $4",
    )
    .bind(expires_at)
    .bind(to.code())
    .bind(product.to_string())
    .bind(line.org.to_string())
    .execute(&mut **tx)
    .await?;
    // A renewal the product's continuing code discounted uses up one of its periods.
    sqlx::query(
        "UPDATE products SET promotion_renewals_left = promotion_renewals_left - 1 \
         WHERE id = $1 AND promotion_code = $2 AND promotion_renewals_left > 0",
    )
    .bind(product.to_string())
    .bind(line.promotion.as_deref().unwrap_or_default())
    .execute(&mut **tx)
    .await?;
    if to != from {
        let change = ProductChange::Status { from, to };
        crate::product_lifecycle::record_change(tx, scope, product, line.org, &change).await?;
    }
    Ok(true)
}

/// Adds `line`'s option to its held domain, once.
pub async fn record_option(
    tx: &mut Tx,
    _scope: &SystemScope,
    line: &Waiting,
    options: &[String],
) -> Result<bool, DbError> {
    let Some(product) = line.for_product else {
        return Ok(false);
    };
    if !claim_for_held(tx, line, product).await? {
        return Ok(false);
    }
    let mut options = options.to_vec();
    if !options.iter().any(|o| o == line.kind.code()) {
        options.push(line.kind.code().to_owned());
    }
    sqlx::query("UPDATE products SET options = $1 WHERE id = $2 AND org_id = $3")
        .bind(options.join(","))
        .bind(product.to_string())
        .bind(line.org.to_string())
        .execute(&mut **tx)
        .await?;
    Ok(true)
}

/// Records the product `line` created, active until `expires_at`; `None` when the line
/// has its product already (another runner set it up).
pub async fn record_product(
    tx: &mut Tx,
    _scope: &SystemScope,
    line: &Waiting,
    expires_at: i64,
    promotion_renewals: u32,
) -> Result<Option<ProductId>, DbError> {
    let id = ProductId(new_uuid());
    let claimed = sqlx::query(
        "UPDATE order_lines SET product_id = $1, last_error = NULL, retry_at = NULL \
         WHERE order_id = $2 AND position = $3 AND product_id IS NULL",
    )
    .bind(id.to_string())
    .bind(line.order.to_string())
    .bind(line.position)
    .execute(&mut **tx)
    .await?;
    if claimed.rows_affected() != 1 {
        return Ok(None);
    }
    let options: Vec<&str> = line.options.iter().map(|k| k.code()).collect();
    sqlx::query(
        "INSERT INTO products (id, org_id, kind, name, status, expires_at, auto_renew, \
         created_at, options, order_id, promotion_code, promotion_renewals_left) \
         VALUES ($1, $2, $3, $4, $5, $6, 1, $7, $8, $9, $10, $11)",
    )
    .bind(id.to_string())
    .bind(line.org.to_string())
    .bind(line.kind.code())
    .bind(&line.display_name)
    .bind(ProductStatus::Active.code())
    .bind(expires_at)
    .bind(tx.now_ms())
    .bind(options.join(","))
    .bind(line.order.to_string())
    .bind(line.promotion.as_ref().filter(|_| promotion_renewals > 0))
    .bind(i64::from(promotion_renewals))
    .execute(&mut **tx)
    .await?;
    Ok(Some(id))
}

/// Records a failed attempt and when to try again.
pub async fn record_failure(
    db: &Db,
    _scope: &SystemScope,
    line: &Waiting,
    error: &str,
    retry_at: i64,
) -> Result<(), DbError> {
    sqlx::query(
        "UPDATE order_lines SET attempts = attempts + 1, last_error = $1, retry_at = $2 \
         WHERE order_id = $3 AND position = $4 AND product_id IS NULL",
    )
    .bind(error)
    .bind(retry_at)
    .bind(line.order.to_string())
    .bind(line.position)
    .execute(db.pool())
    .await?;
    Ok(())
}

/// Completes a paid order once every product line has its product; `true` when it did.
pub async fn complete_if_done(
    tx: &mut Tx,
    _scope: &SystemScope,
    order: OrderId,
) -> Result<bool, DbError> {
    let updated = sqlx::query(
        "UPDATE orders SET status = $1 WHERE id = $2 AND status = $3 AND NOT EXISTS \
         (SELECT 1 FROM order_lines l WHERE l.order_id = $2 AND l.item = 'product' \
          AND l.product_id IS NULL)",
    )
    .bind(OrderStatus::Completed.code())
    .bind(order.to_string())
    .bind(OrderStatus::Paid.code())
    .execute(&mut **tx)
    .await?;
    Ok(updated.rows_affected() == 1)
}
