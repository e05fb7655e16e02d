//! Invoices addressed to an organisation. Visible only with `invoice.view`.

use crate::users::parse_id;
use crate::{new_uuid, Db, DbError, OrgScope};
use domain::dto::InvoiceRow;
use domain::money::{Currency, Money};
use domain::status::{InvoiceStatus, Status};
use domain::{AppError, InvoiceId, Permission};

pub struct NewInvoice<'a> {
    pub number: &'a str,
    pub status: InvoiceStatus,
    pub total_minor: i64,
    pub issued_at: i64,
    pub due_at: i64,
    pub paid_at: Option<i64>,
}

/// Records an invoice in the organisation's currency.
pub async fn insert(db: &Db, scope: &OrgScope, inv: NewInvoice<'_>) -> Result<InvoiceId, AppError> {
    scope.require(Permission::OrgUpdate)?;
    let id = InvoiceId(new_uuid());
    sqlx::query(
        "INSERT INTO invoices (id, org_id, number, status, total_minor, currency, issued_at, due_at, paid_at) \
         SELECT $1, id, $2, $3, $4, currency, $5, $6, $7 FROM organisations WHERE id = $8",
    )
    .bind(id.to_string())
    .bind(inv.number)
    .bind(inv.status.code())
    .bind(inv.total_minor)
    .bind(inv.issued_at)
    .bind(inv.due_at)
    .bind(inv.paid_at)
    .bind(scope.org_key())
    .execute(db.pool())
    .await
    .map_err(DbError::from)?;
    Ok(id)
}

#[derive(sqlx::FromRow)]
struct Row {
    id: String,
    number: String,
    status: String,
    total_minor: i64,
    currency: String,
    issued_at: i64,
    due_at: i64,
}

/// Every invoice of the organisation, newest first.
pub async fn list_all(db: &Db, scope: &OrgScope) -> Result<Vec<InvoiceRow>, AppError> {
    list_where(db, scope, "").await
}

/// Unpaid invoices, oldest due date first.
pub async fn list_unpaid(db: &Db, scope: &OrgScope) -> Result<Vec<InvoiceRow>, AppError> {
    list_where(db, scope, "AND paid_at IS NULL").await
}

async fn list_where(db: &Db, scope: &OrgScope, filter: &str) -> Result<Vec<InvoiceRow>, AppError> {
    scope.require(Permission::InvoiceView)?;
    let order = if filter.is_empty() {
        "issued_at DESC, number"
    } else {
        "due_at, number"
    };
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "SELECT id, number, status, total_minor, currency, issued_at, due_at FROM invoices \
         WHERE org_id = $1 {filter} ORDER BY {order}"
    ))
    .bind(scope.org_key())
    .fetch_all(db.pool())
    .await
    .map_err(DbError::from)?;
    rows.into_iter()
        .map(invoice_of)
        .collect::<Result<_, DbError>>()
        .map_err(AppError::from)
}

fn invoice_of(r: Row) -> Result<InvoiceRow, DbError> {
    Ok(InvoiceRow {
        id: parse_id(&r.id)?,
        number: r.number,
        status: InvoiceStatus::from_code(&r.status)
            .ok_or_else(|| DbError::Corrupt(format!("invoice status {}", r.status)))?,
        total: Money::new(
            r.total_minor,
            Currency::from_code(&r.currency)
                .ok_or_else(|| DbError::Corrupt(format!("invoice currency {}", r.currency)))?,
        ),
        issued_at: r.issued_at,
        due_at: r.due_at,
    })
}

/// One page of the organisation's invoices, newest first, with how many there are.
pub async fn page(
    db: &Db,
    scope: &OrgScope,
    offset: u32,
    limit: u32,
) -> Result<(Vec<InvoiceRow>, u64), AppError> {
    scope.require(Permission::InvoiceView)?;
    let total: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM invoices WHERE org_id = $1")
        .bind(scope.org_key())
        .fetch_one(db.pool())
        .await
        .map_err(DbError::from)?;
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT id, number, status, total_minor, currency, issued_at, due_at FROM invoices \
         WHERE org_id = $1 ORDER BY issued_at DESC, number DESC LIMIT $2 OFFSET $3",
    )
    .bind(scope.org_key())
    .bind(i64::from(limit))
    .bind(i64::from(offset))
    .fetch_all(db.pool())
    .await
    .map_err(DbError::from)?;
    let rows = rows
        .into_iter()
        .map(invoice_of)
        .collect::<Result<_, DbError>>()?;
    Ok((rows, u64::try_from(total).unwrap_or(0)))
}

/// Marks every unpaid invoice whose due date has passed as overdue (the `mark-overdue`
/// job); returns how many changed. A second run changes nothing.
pub async fn mark_overdue(db: &Db, _scope: &crate::SystemScope) -> Result<u64, DbError> {
    let (from, to) = (InvoiceStatus::Unpaid, InvoiceStatus::Overdue);
    from.transition(to)
        .map_err(|e| DbError::Corrupt(e.to_string()))?;
    let changed = sqlx::query(
        "UPDATE invoices SET status = $1 WHERE status = $2 AND paid_at IS NULL AND due_at <= $3",
    )
    .bind(to.code())
    .bind(from.code())
    .bind(db.now_ms())
    .execute(db.pool())
    .await?;
    Ok(changed.rows_affected())
}

/// Issues the final invoice of a paid order in the payment's transaction: the next gapless
/// number of the year, paid at once. Its lines are the order's (`order_lines`).
pub async fn issue_paid_for_order(
    tx: &mut crate::Tx,
    org: domain::OrgId,
    order: domain::ids::OrderId,
    total: &Money,
) -> Result<(InvoiceId, String), DbError> {
    let now = tx.now_ms();
    let year = chrono::DateTime::from_timestamp_millis(now)
        .map(|t| chrono::Datelike::year(&t))
        .ok_or_else(|| DbError::Corrupt(format!("instant {now}")))?;
    let number = crate::numbering::next_invoice_number(tx, year).await?;
    let id = InvoiceId(new_uuid());
    sqlx::query(
        "INSERT INTO invoices (id, org_id, number, status, total_minor, currency, issued_at, \
         due_at, paid_at, order_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $7, $8)",
    )
    .bind(id.to_string())
    .bind(org.to_string())
    .bind(&number)
    .bind(InvoiceStatus::Paid.code())
    .bind(total.minor)
    .bind(total.currency.code())
    .bind(now)
    .bind(order.to_string())
    .execute(&mut **tx)
    .await?;
    Ok((id, number))
}
