//! Orders (rules: `domain::order`). Placing one happens in the use case's transaction,
//! together with redeeming its vouchers and recording its promotion code
//! (`app::use_cases::ordering`); this module stores and reads orders. Only members who may
//! order (`domain::product_rules::may_order`) see or place them.

use crate::users::parse_id;
use crate::{Db, DbError, OrgScope, Tx};
use domain::catalogue::{Period, ProductKind};
use domain::dto::{OrderProduct, OrderRow, PlacedOrder, Quote, QuoteItem, QuoteLine};
use domain::ids::{InvoiceId, OrderId};
use domain::money::{Currency, Money};
use domain::order::{order_number, PaymentMethod};
use domain::product_rules::may_order;
use domain::status::{OrderStatus, Status};
use domain::{AppError, BillingAddressId, OrgId, UserId};
use sqlx::any::AnyRow;
use sqlx::Row;

/// What the use case records.
pub struct NewOrder<'a> {
    pub id: OrderId,
    pub request_key: &'a str,
    pub quote: &'a Quote,
    pub payment: PaymentMethod,
    pub billing_address: Option<BillingAddressId>,
    pub promotion_code: Option<&'a str>,
    pub placed_by: UserId,
    pub placed_at: i64,
    pub expires_at: i64,
}

/// How [`insert`] went.
pub enum Inserted {
    /// Recorded under this number.
    New { number: String },
    /// An order with the same request key exists: roll back and answer that one.
    SameRequest,
}

fn require_ordering(scope: &OrgScope) -> Result<(), AppError> {
    if may_order(scope.access()) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// The next order number of `year`, taken in the placing transaction.
async fn next_number(tx: &mut Tx, year: i32) -> Result<String, DbError> {
    sqlx::query(
        "INSERT INTO order_sequences (year, last_number) VALUES ($1, 0) \
         ON CONFLICT (year) DO NOTHING",
    )
    .bind(i64::from(year))
    .execute(&mut **tx)
    .await?;
    let number: i64 = sqlx::query_scalar(
        "UPDATE order_sequences SET last_number = last_number + 1 WHERE year = $1 \
         RETURNING last_number",
    )
    .bind(i64::from(year))
    .fetch_one(&mut **tx)
    .await?;
    Ok(order_number(year, number))
}

/// How a quoted line is stored.
struct Stored {
    item: &'static str,
    line: Option<i64>,
    kind: Option<&'static str>,
    months: Option<i64>,
    voucher: Option<String>,
    for_product: Option<String>,
}

fn stored(item: &QuoteItem) -> Stored {
    let line = |l: &usize| i64::try_from(*l).ok();
    let none = Stored {
        item: "promotion",
        line: None,
        kind: None,
        months: None,
        voucher: None,
        for_product: None,
    };
    match item {
        QuoteItem::Product {
            line: l,
            kind,
            period,
            renews,
        } => Stored {
            item: "product",
            line: line(l),
            kind: Some(kind.code()),
            months: Some(i64::from(period.months())),
            for_product: renews.map(|p| p.to_string()),
            ..none
        },
        QuoteItem::Option {
            line: l,
            kind,
            period,
        } => Stored {
            item: "option",
            line: line(l),
            kind: Some(kind.code()),
            months: Some(i64::from(period.months())),
            ..none
        },
        QuoteItem::RestoreFee { line: l } => Stored {
            item: "restore-fee",
            line: line(l),
            ..none
        },
        QuoteItem::Voucher { voucher, line: l } => Stored {
            item: "voucher",
            line: line(l),
            voucher: Some(voucher.to_string()),
            ..none
        },
        QuoteItem::Promotion { .. } => none,
    }
}

/// Records a pending order in `tx`. Its number is taken first: of two concurrent requests
/// with one key, the second waits on the sequence and then finds the key taken.
pub async fn insert(
    tx: &mut Tx,
    scope: &OrgScope,
    order: NewOrder<'_>,
) -> Result<Inserted, AppError> {
    require_ordering(scope)?;
    let year = chrono::DateTime::from_timestamp_millis(order.placed_at)
        .map(|t| chrono::Datelike::year(&t))
        .ok_or_else(|| DbError::Corrupt(format!("instant {}", order.placed_at)))?;
    let number = next_number(tx, year).await?;
    let quote = order.quote;
    let inserted = sqlx::query(
        "INSERT INTO orders (id, org_id, number, status, currency, net_minor, tax_minor, \
         gross_minor, vat_treatment, payment_method, billing_address_id, promotion_code, \
         placed_by, placed_at, expires_at, request_key) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)",
    )
    .bind(order.id.to_string())
    .bind(scope.org_key())
    .bind(&number)
    .bind(OrderStatus::Pending.code())
    .bind(quote.gross.currency.code())
    .bind(quote.net.minor)
    .bind(quote.tax.minor)
    .bind(quote.gross.minor)
    .bind(&quote.vat_treatment)
    .bind(order.payment.code())
    .bind(order.billing_address.map(|id| id.to_string()))
    .bind(order.promotion_code)
    .bind(order.placed_by.to_string())
    .bind(order.placed_at)
    .bind(order.expires_at)
    .bind(order.request_key)
    .execute(&mut **tx)
    .await
    .map_err(DbError::from);
    match inserted {
        Ok(_) => {}
        // The request key is the only unique key a new id and a new number can hit.
        Err(e) if e.is_unique_violation() => return Ok(Inserted::SameRequest),
        Err(e) => return Err(e.into()),
    }
    for (position, line) in quote.lines.iter().enumerate() {
        let stored = stored(&line.item);
        sqlx::query(
            "INSERT INTO order_lines (order_id, position, item, line, kind, name, display_name, \
             period_months, voucher_id, net_minor, tax_minor, gross_minor, rate_bp, for_product) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
        )
        .bind(order.id.to_string())
        .bind(i64::try_from(position).unwrap_or(i64::MAX))
        .bind(stored.item)
        .bind(stored.line)
        .bind(stored.kind)
        .bind(&line.name)
        .bind(&line.display_name)
        .bind(stored.months)
        .bind(stored.voucher)
        .bind(line.net.minor)
        .bind(line.tax.minor)
        .bind(line.gross.minor)
        .bind(i64::from(line.rate_basis_points))
        .bind(stored.for_product)
        .execute(&mut **tx)
        .await
        .map_err(DbError::from)?;
    }
    Ok(Inserted::New { number })
}

const COLUMNS: &str = "id, number, status, currency, net_minor, tax_minor, gross_minor, \
                       vat_treatment, payment_method, placed_at, expires_at";

fn corrupt(what: &str, value: impl std::fmt::Display) -> DbError {
    DbError::Corrupt(format!("order {what} {value}"))
}

pub(crate) fn line_of(row: &AnyRow, currency: Currency) -> Result<QuoteLine, DbError> {
    let item: String = row.try_get("item")?;
    let line = || -> Result<usize, DbError> {
        let l: Option<i64> = row.try_get("line")?;
        l.and_then(|l| usize::try_from(l).ok())
            .ok_or_else(|| corrupt("line", "missing"))
    };
    let kind = || -> Result<ProductKind, DbError> {
        let k: Option<String> = row.try_get("kind")?;
        k.as_deref()
            .and_then(ProductKind::from_code)
            .ok_or_else(|| corrupt("kind", k.unwrap_or_default()))
    };
    let period = || -> Result<Period, DbError> {
        let m: Option<i64> = row.try_get("period_months")?;
        m.and_then(|m| u32::try_from(m).ok())
            .and_then(Period::from_months)
            .ok_or_else(|| corrupt("period", m.unwrap_or_default()))
    };
    let name: String = row.try_get("name")?;
    let item = match item.as_str() {
        "product" => QuoteItem::Product {
            line: line()?,
            kind: kind()?,
            period: period()?,
            renews: row
                .try_get::<Option<String>, _>("for_product")?
                .as_deref()
                .map(parse_id)
                .transpose()?,
        },
        "restore-fee" => QuoteItem::RestoreFee { line: line()? },
        "option" => QuoteItem::Option {
            line: line()?,
            kind: kind()?,
            period: period()?,
        },
        "voucher" => QuoteItem::Voucher {
            voucher: parse_id(
                &row.try_get::<Option<String>, _>("voucher_id")?
                    .unwrap_or_default(),
            )?,
            line: line()?,
        },
        "promotion" => QuoteItem::Promotion { code: name.clone() },
        other => return Err(corrupt("item", other)),
    };
    let rate: i64 = row.try_get("rate_bp")?;
    Ok(QuoteLine {
        item,
        display_name: row.try_get("display_name")?,
        name,
        net: Money::new(row.try_get("net_minor")?, currency),
        tax: Money::new(row.try_get("tax_minor")?, currency),
        gross: Money::new(row.try_get("gross_minor")?, currency),
        rate_basis_points: u32::try_from(rate).map_err(|_| corrupt("rate", rate))?,
    })
}

async fn order_of(db: &Db, row: &AnyRow) -> Result<PlacedOrder, DbError> {
    let id: String = row.try_get("id")?;
    let currency_code: String = row.try_get("currency")?;
    let currency =
        Currency::from_code(&currency_code).ok_or_else(|| corrupt("currency", &currency_code))?;
    let status: String = row.try_get("status")?;
    let payment: String = row.try_get("payment_method")?;
    let lines = sqlx::query(
        "SELECT item, line, kind, name, display_name, period_months, voucher_id, net_minor, \
         tax_minor, gross_minor, rate_bp, for_product FROM order_lines WHERE order_id = $1 \
         ORDER BY position",
    )
    .bind(&id)
    .fetch_all(db.pool())
    .await?;
    Ok(PlacedOrder {
        id: parse_id(&id)?,
        number: row.try_get("number")?,
        status: OrderStatus::from_code(&status).ok_or_else(|| corrupt("status", &status))?,
        payment: PaymentMethod::from_code(&payment).ok_or_else(|| corrupt("payment", &payment))?,
        quote: Quote {
            lines: lines
                .iter()
                .map(|l| line_of(l, currency))
                .collect::<Result<_, _>>()?,
            net: Money::new(row.try_get("net_minor")?, currency),
            tax: Money::new(row.try_get("tax_minor")?, currency),
            gross: Money::new(row.try_get("gross_minor")?, currency),
            vat_treatment: row.try_get("vat_treatment")?,
        },
        placed_at: row.try_get("placed_at")?,
        expires_at: row.try_get("expires_at")?,
    })
}

/// The organisation's order placed with `request_key`, if any.
pub async fn by_request_key(
    db: &Db,
    scope: &OrgScope,
    request_key: &str,
) -> Result<Option<PlacedOrder>, AppError> {
    require_ordering(scope)?;
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM orders WHERE org_id = $1 AND request_key = $2"
    ))
    .bind(scope.org_key())
    .bind(request_key)
    .fetch_optional(db.pool())
    .await
    .map_err(DbError::from)?;
    let order = match row {
        Some(row) => Some(order_of(db, &row).await?),
        None => None,
    };
    Ok(order)
}

/// One of the organisation's orders; another organisation's is `None`.
pub async fn get(db: &Db, scope: &OrgScope, id: OrderId) -> Result<Option<PlacedOrder>, AppError> {
    require_ordering(scope)?;
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM orders WHERE org_id = $1 AND id = $2"
    ))
    .bind(scope.org_key())
    .bind(id.to_string())
    .fetch_optional(db.pool())
    .await
    .map_err(DbError::from)?;
    let order = match row {
        Some(row) => Some(order_of(db, &row).await?),
        None => None,
    };
    Ok(order)
}

/// How many of the organisation's orders wait for payment (the top bar's count).
pub async fn pending_count(db: &Db, scope: &OrgScope) -> Result<i64, AppError> {
    require_ordering(scope)?;
    Ok(sqlx::query_scalar(
        "SELECT COUNT(*) FROM orders WHERE org_id = $1 AND status = $2 AND expires_at > $3",
    )
    .bind(scope.org_key())
    .bind(OrderStatus::Pending.code())
    .bind(db.now_ms())
    .fetch_one(db.pool())
    .await
    .map_err(DbError::from)?)
}

/// The order `order` of organisation `org`, for a processor's verified callback or a job.
pub async fn for_system(
    db: &Db,
    _scope: &crate::SystemScope,
    org: OrgId,
    order: OrderId,
) -> Result<Option<PlacedOrder>, DbError> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM orders WHERE org_id = $1 AND id = $2"
    ))
    .bind(org.to_string())
    .bind(order.to_string())
    .fetch_optional(db.pool())
    .await?;
    match row {
        Some(row) => Ok(Some(order_of(db, &row).await?)),
        None => Ok(None),
    }
}

/// Marks a pending, unexpired order paid; `false` when it was not pending (paid by another
/// payment meanwhile) or expired.
pub async fn mark_paid(tx: &mut Tx, order: OrderId) -> Result<bool, DbError> {
    let now = tx.now_ms();
    let updated = sqlx::query(
        "UPDATE orders SET status = $1, paid_at = $2 \
         WHERE id = $3 AND status = $4 AND expires_at > $2",
    )
    .bind(OrderStatus::Paid.code())
    .bind(now)
    .bind(order.to_string())
    .bind(OrderStatus::Pending.code())
    .execute(&mut **tx)
    .await?;
    Ok(updated.rows_affected() == 1)
}

/// Links a paid order to its invoice.
pub async fn set_invoice(tx: &mut Tx, order: OrderId, invoice: InvoiceId) -> Result<(), DbError> {
    sqlx::query("UPDATE orders SET invoice_id = $1 WHERE id = $2")
        .bind(invoice.to_string())
        .bind(order.to_string())
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// One page of the organisation's orders, newest first, optionally of one status.
pub async fn list(
    db: &Db,
    scope: &OrgScope,
    status: Option<OrderStatus>,
    offset: u32,
    limit: u32,
) -> Result<(Vec<OrderRow>, u64), AppError> {
    require_ordering(scope)?;
    let filter = if status.is_some() {
        "AND o.status = $2"
    } else {
        "AND $2 = $2"
    };
    let status_code = status.map(|s| s.code()).unwrap_or("");
    let total: i64 = sqlx::query_scalar(&format!(
        "SELECT COUNT(*) FROM orders o WHERE o.org_id = $1 {filter}"
    ))
    .bind(scope.org_key())
    .bind(status_code)
    .fetch_one(db.pool())
    .await
    .map_err(DbError::from)?;
    let rows = sqlx::query(&format!(
        "SELECT o.id, o.number, o.status, o.currency, o.gross_minor, o.placed_at, o.expires_at, \
         (SELECT MIN(display_name) FROM order_lines l WHERE l.order_id = o.id AND l.position = \
            (SELECT MIN(position) FROM order_lines f WHERE f.order_id = o.id AND f.item = 'product')) AS first_product, \
         (SELECT COUNT(*) FROM order_lines c WHERE c.order_id = o.id AND c.item = 'product') AS products \
         FROM orders o WHERE o.org_id = $1 {filter} \
         ORDER BY o.placed_at DESC, o.number DESC LIMIT $3 OFFSET $4"
    ))
    .bind(scope.org_key())
    .bind(status_code)
    .bind(i64::from(limit))
    .bind(i64::from(offset))
    .fetch_all(db.pool())
    .await
    .map_err(DbError::from)?;
    let rows = rows
        .iter()
        .map(|row| -> Result<OrderRow, DbError> {
            let status: String = row.try_get("status")?;
            let currency: String = row.try_get("currency")?;
            let currency =
                Currency::from_code(&currency).ok_or_else(|| corrupt("currency", &currency))?;
            let products: i64 = row.try_get("products")?;
            Ok(OrderRow {
                id: parse_id(&row.try_get::<String, _>("id")?)?,
                number: row.try_get("number")?,
                status: OrderStatus::from_code(&status)
                    .ok_or_else(|| corrupt("status", &status))?,
                gross: Money::new(row.try_get("gross_minor")?, currency),
                placed_at: row.try_get("placed_at")?,
                expires_at: row.try_get("expires_at")?,
                first_product: row
                    .try_get::<Option<String>, _>("first_product")?
                    .unwrap_or_default(),
                more_products: usize::try_from(products.max(1) - 1).unwrap_or(0),
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok((rows, u64::try_from(total).unwrap_or(0)))
}

/// The products a paid order set up, how many of its product lines are still to be set
/// up, and the number of its invoice.
pub async fn outcome(
    db: &Db,
    scope: &OrgScope,
    order: OrderId,
) -> Result<(Vec<OrderProduct>, usize, Option<String>), AppError> {
    require_ordering(scope)?;
    let products: Vec<(String, String)> = sqlx::query_as(
        "SELECT p.id, p.name FROM order_lines l JOIN products p ON p.id = l.product_id \
         WHERE l.order_id = $1 AND p.org_id = $2 ORDER BY l.position",
    )
    .bind(order.to_string())
    .bind(scope.org_key())
    .fetch_all(db.pool())
    .await
    .map_err(DbError::from)?;
    let waiting: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM order_lines l JOIN orders o ON o.id = l.order_id \
         WHERE l.order_id = $1 AND o.org_id = $2 AND o.status = $3 \
           AND l.item = 'product' AND l.product_id IS NULL",
    )
    .bind(order.to_string())
    .bind(scope.org_key())
    .bind(OrderStatus::Paid.code())
    .fetch_one(db.pool())
    .await
    .map_err(DbError::from)?;
    let invoice: Option<String> = sqlx::query_scalar(
        "SELECT i.number FROM orders o JOIN invoices i ON i.id = o.invoice_id \
         WHERE o.id = $1 AND o.org_id = $2",
    )
    .bind(order.to_string())
    .bind(scope.org_key())
    .fetch_optional(db.pool())
    .await
    .map_err(DbError::from)?;
    let products = products
        .into_iter()
        .map(|(id, name)| {
            Ok(OrderProduct {
                id: parse_id(&id)?,
                name,
            })
        })
        .collect::<Result<Vec<_>, DbError>>()?;
    Ok((products, usize::try_from(waiting).unwrap_or(0), invoice))
}

/// Expires the pending orders whose payment time has passed, each in its own transaction,
/// and gives back what they used: their vouchers become usable again and their promotion
/// code uses are undone. Answers how many expired.
pub async fn expire_due(db: &Db, _scope: &crate::SystemScope, limit: u32) -> Result<u64, DbError> {
    let now = db.now_ms();
    let due: Vec<String> = sqlx::query_scalar(
        "SELECT id FROM orders WHERE status = $1 AND expires_at <= $2 ORDER BY expires_at LIMIT $3",
    )
    .bind(OrderStatus::Pending.code())
    .bind(now)
    .bind(i64::from(limit))
    .fetch_all(db.pool())
    .await?;
    let mut expired = 0;
    for id in due {
        let mut tx = db.begin().await?;
        let changed = sqlx::query(
            "UPDATE orders SET status = $1 WHERE id = $2 AND status = $3 AND expires_at <= $4",
        )
        .bind(OrderStatus::Expired.code())
        .bind(&id)
        .bind(OrderStatus::Pending.code())
        .bind(now)
        .execute(&mut *tx)
        .await?;
        if changed.rows_affected() != 1 {
            continue;
        }
        sqlx::query(
            "UPDATE vouchers SET used_at = NULL, used_order_id = NULL WHERE used_order_id = $1",
        )
        .bind(&id)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE promotion_codes SET used_count = used_count - 1 \
             WHERE id IN (SELECT code_id FROM promotion_uses WHERE order_ref = $1) AND used_count > 0",
        )
        .bind(&id)
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM promotion_uses WHERE order_ref = $1")
            .bind(&id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        expired += 1;
    }
    Ok(expired)
}

/// Who placed `order` (`None` when their account is gone), to tell them it is paid.
pub async fn placed_by(tx: &mut Tx, order: OrderId) -> Result<Option<UserId>, DbError> {
    let by: Option<Option<String>> =
        sqlx::query_scalar("SELECT placed_by FROM orders WHERE id = $1")
            .bind(order.to_string())
            .fetch_optional(&mut **tx)
            .await?;
    by.flatten().as_deref().map(parse_id).transpose()
}

/// An order's buyer as `buyer_name` … `buyer_country`: its billing address, else the
/// organisation's main one (with [`BUYER_FROM`], the order as `o`).
pub(crate) const BUYER_COLUMNS: &str = "COALESCE(b.name, g.name) AS buyer_name, \
     COALESCE(b.street, g.street) AS buyer_street, \
     COALESCE(b.postal_code, g.postal_code) AS buyer_postal_code, \
     COALESCE(b.city, g.city) AS buyer_city, COALESCE(b.country, g.country) AS buyer_country, \
     CASE WHEN b.id IS NULL THEN g.vat_number ELSE b.vat_number END AS buyer_vat_number";
pub(crate) const BUYER_FROM: &str = "FROM orders o JOIN organisations g ON g.id = o.org_id \
     LEFT JOIN billing_addresses b ON b.id = o.billing_address_id AND b.org_id = o.org_id";

/// Who an order's pro forma is addressed to: its billing address, else the organisation's
/// main one.
pub async fn buyer(
    db: &Db,
    scope: &OrgScope,
    order: OrderId,
) -> Result<Option<domain::dto::InvoiceParty>, AppError> {
    require_ordering(scope)?;
    let row = sqlx::query(&format!(
        "SELECT {BUYER_COLUMNS} {BUYER_FROM} WHERE o.org_id = $1 AND o.id = $2"
    ))
    .bind(scope.org_key())
    .bind(order.to_string())
    .fetch_optional(db.pool())
    .await
    .map_err(DbError::from)?;
    match row {
        Some(row) => Ok(Some(crate::invoices::party_of(&row, "buyer")?)),
        None => Ok(None),
    }
}

/// The order numbered `number`, whichever organisation placed it, for a bank's notification
/// naming its reference.
pub async fn by_number_for_system(
    db: &Db,
    _scope: &crate::SystemScope,
    number: &str,
) -> Result<Option<(OrgId, PlacedOrder)>, DbError> {
    let row = sqlx::query(&format!(
        "SELECT org_id, {COLUMNS} FROM orders WHERE number = $1"
    ))
    .bind(number)
    .fetch_optional(db.pool())
    .await?;
    match row {
        Some(row) => {
            let org: String = row.try_get("org_id")?;
            Ok(Some((parse_id(&org)?, order_of(db, &row).await?)))
        }
        None => Ok(None),
    }
}
