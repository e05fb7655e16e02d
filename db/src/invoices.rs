//! Invoices addressed to an organisation. Visible only with `invoice.view`.

use crate::orders::{BUYER_COLUMNS, BUYER_FROM};
use crate::users::parse_id;
use crate::{new_uuid, Db, DbError, OrgScope};
use domain::dto::{InvoiceDocument, InvoiceParty, InvoiceRow};
use domain::money::{Currency, Money};
use domain::order::PaymentMethod;
use domain::status::{InvoiceStatus, Status};
use domain::{AppError, InvoiceId, Permission};
use sqlx::any::AnyRow;
use sqlx::Row as _;

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
    printable: i64,
    credit_note_id: Option<String>,
}

/// The list columns; `printable` is 1 for a paid invoice issued with its copy.
const COLUMNS: &str = "id, number, status, total_minor, currency, issued_at, due_at, \
     CASE WHEN paid_at IS NOT NULL AND seller_name IS NOT NULL THEN 1 ELSE 0 END AS printable, \
     (SELECT c.id FROM credit_notes c WHERE c.invoice_id = invoices.id) AS credit_note_id";

/// `COLUMNS` of the invoices table as `i`, beside a joined order.
const LIST_COLUMNS: &str = "i.id, i.number, i.status, i.total_minor, i.currency, i.issued_at, \
     i.due_at, CASE WHEN i.paid_at IS NOT NULL AND i.seller_name IS NOT NULL THEN 1 ELSE 0 END \
     AS printable, (SELECT c.id FROM credit_notes c WHERE c.invoice_id = i.id) AS credit_note_id";

/// Every invoice of the organisation, newest first.
pub async fn list_all(db: &Db, scope: &OrgScope) -> Result<Vec<InvoiceRow>, AppError> {
    list_where(db, scope, "").await
}

/// Unpaid invoices, oldest due date first.
pub async fn list_unpaid(db: &Db, scope: &OrgScope) -> Result<Vec<InvoiceRow>, AppError> {
    list_where(
        db,
        scope,
        "AND paid_at IS NULL AND status IN ('unpaid', 'overdue')",
    )
    .await
}

async fn list_where(db: &Db, scope: &OrgScope, filter: &str) -> Result<Vec<InvoiceRow>, AppError> {
    scope.require(Permission::InvoiceView)?;
    let order = if filter.is_empty() {
        "issued_at DESC, number"
    } else {
        "due_at, number"
    };
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM invoices WHERE org_id = $1 {filter} ORDER BY {order}"
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
        printable: r.printable == 1,
        credit_note: r.credit_note_id.as_deref().map(parse_id).transpose()?,
    })
}

/// Which invoices a page lists, as the database compares them.
#[derive(Clone, Debug, Default)]
pub struct InvoiceQuery {
    pub status: Option<InvoiceStatus>,
    /// Issued at or after this instant and before `issued_before`.
    pub issued_from: Option<i64>,
    pub issued_before: Option<i64>,
    pub address: Option<domain::dto::AddressChoice>,
}

/// One page of the organisation's invoices matching `query`, newest first, with how many
/// match.
pub async fn page(
    db: &Db,
    scope: &OrgScope,
    query: &InvoiceQuery,
    offset: u32,
    limit: u32,
) -> Result<(Vec<InvoiceRow>, u64), AppError> {
    use domain::dto::AddressChoice;
    scope.require(Permission::InvoiceView)?;
    // Placeholders $2… in the order they are bound below; unused filters match all.
    let filter = "AND ($2 = '' OR i.status = $2) AND ($3 < 0 OR i.issued_at >= $3) \
                  AND ($4 < 0 OR i.issued_at < $4) \
                  AND ($5 = '*' OR COALESCE(o.billing_address_id, '') = $5)";
    let status = query.status.map(|s| s.code()).unwrap_or("");
    let address = match &query.address {
        None => "*".to_owned(),
        Some(AddressChoice::Main) => String::new(),
        Some(AddressChoice::Other(id)) => id.to_string(),
    };
    let from = query.issued_from.unwrap_or(-1);
    let before = query.issued_before.unwrap_or(-1);
    let joined = "FROM invoices i LEFT JOIN orders o ON o.id = i.order_id AND o.org_id = i.org_id";
    let total: i64 = sqlx::query_scalar(&format!(
        "SELECT COUNT(*) {joined} WHERE i.org_id = $1 {filter}"
    ))
    .bind(scope.org_key())
    .bind(status)
    .bind(from)
    .bind(before)
    .bind(&address)
    .fetch_one(db.pool())
    .await
    .map_err(DbError::from)?;
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "SELECT {LIST_COLUMNS} {joined} WHERE i.org_id = $1 {filter} \
         ORDER BY i.issued_at DESC, i.number DESC LIMIT $6 OFFSET $7"
    ))
    .bind(scope.org_key())
    .bind(status)
    .bind(from)
    .bind(before)
    .bind(&address)
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

/// When the organisation's first invoice was issued, if it has any.
pub async fn first_issued_at(db: &Db, scope: &OrgScope) -> Result<Option<i64>, AppError> {
    scope.require(Permission::InvoiceView)?;
    let first: Option<i64> =
        sqlx::query_scalar("SELECT MIN(issued_at) FROM invoices WHERE org_id = $1")
            .bind(scope.org_key())
            .fetch_one(db.pool())
            .await
            .map_err(DbError::from)?;
    Ok(first)
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
/// number of the year, paid at once by `method`. The seller, the buyer (the order's billing
/// address, else the organisation's), the totals and the lines are copied onto it, so that
/// it never changes afterwards.
pub async fn issue_paid_for_order(
    tx: &mut crate::Tx,
    order: domain::ids::OrderId,
    method: domain::order::PaymentMethod,
    prepaid_minor: i64,
    seller: &InvoiceParty,
) -> Result<(InvoiceId, String), DbError> {
    let now = tx.now_ms();
    let year = chrono::DateTime::from_timestamp_millis(now)
        .map(|t| chrono::Datelike::year(&t))
        .ok_or_else(|| DbError::Corrupt(format!("instant {now}")))?;
    let number = crate::numbering::next_invoice_number(tx, year).await?;
    let id = InvoiceId(new_uuid());
    sqlx::query(&format!(
        "INSERT INTO invoices (id, org_id, number, status, total_minor, currency, issued_at, \
         due_at, paid_at, order_id, seller_name, seller_street, seller_postal_code, seller_city, \
         seller_country, seller_vat_number, buyer_name, buyer_street, buyer_postal_code, \
         buyer_city, buyer_country, buyer_vat_number, net_minor, tax_minor, vat_treatment, \
         payment_method, prepaid_minor) \
         SELECT $1, o.org_id, $2, $3, o.gross_minor, o.currency, $4, $4, $4, o.id, \
         $5, $6, $7, $8, $9, $10, {BUYER_COLUMNS}, o.net_minor, o.tax_minor, \
         o.vat_treatment, $11, $13 {BUYER_FROM} WHERE o.id = $12"
    ))
    .bind(id.to_string())
    .bind(&number)
    .bind(InvoiceStatus::Paid.code())
    .bind(now)
    .bind(&seller.name)
    .bind(&seller.street)
    .bind(&seller.postal_code)
    .bind(&seller.city)
    .bind(&seller.country)
    .bind(seller.vat_number.as_deref())
    .bind(method.code())
    .bind(order.to_string())
    .bind(prepaid_minor)
    .execute(&mut **tx)
    .await?;
    sqlx::query(
        "INSERT INTO invoice_lines (invoice_id, position, item, line, kind, name, display_name, \
         period_months, voucher_id, for_product, net_minor, tax_minor, gross_minor, rate_bp) \
         SELECT $1, position, item, line, kind, name, display_name, period_months, voucher_id, \
         for_product, net_minor, tax_minor, gross_minor, rate_bp FROM order_lines \
         WHERE order_id = $2",
    )
    .bind(id.to_string())
    .bind(order.to_string())
    .execute(&mut **tx)
    .await?;
    Ok((id, number))
}

/// An invoice as issued, with its copied parties and lines; `None` for another
/// organisation's, and for invoices issued before copies were kept.
pub async fn document(
    db: &Db,
    scope: &OrgScope,
    id: InvoiceId,
) -> Result<Option<InvoiceDocument>, AppError> {
    scope.require(Permission::InvoiceView)?;
    let row = sqlx::query(
        "SELECT i.number, i.status, i.issued_at, i.paid_at, i.currency, i.total_minor, \
         i.net_minor, i.tax_minor, i.vat_treatment, i.payment_method, i.prepaid_minor, \
         o.number AS order_number, \
         i.seller_name, i.seller_street, i.seller_postal_code, i.seller_city, i.seller_country, \
         i.seller_vat_number, i.buyer_name, i.buyer_street, i.buyer_postal_code, i.buyer_city, \
         i.buyer_country, i.buyer_vat_number \
         FROM invoices i LEFT JOIN orders o ON o.id = i.order_id \
         WHERE i.org_id = $1 AND i.id = $2 AND i.seller_name IS NOT NULL",
    )
    .bind(scope.org_key())
    .bind(id.to_string())
    .fetch_optional(db.pool())
    .await
    .map_err(DbError::from)?;
    let Some(row) = row else {
        return Ok(None);
    };
    Ok(Some(document_of(db, id, &row).await?))
}

/// The party whose columns are `{prefix}_name` … `{prefix}_country` and
/// `{prefix}_vat_number` in `row`.
pub(crate) fn party_of(row: &AnyRow, prefix: &str) -> Result<InvoiceParty, DbError> {
    let text = |field: &str| -> Result<String, DbError> {
        Ok(row
            .try_get::<Option<String>, _>(format!("{prefix}_{field}").as_str())?
            .unwrap_or_default())
    };
    Ok(InvoiceParty {
        name: text("name")?,
        street: text("street")?,
        postal_code: text("postal_code")?,
        city: text("city")?,
        country: text("country")?,
        vat_number: row.try_get(format!("{prefix}_vat_number").as_str())?,
    })
}

async fn document_of(db: &Db, id: InvoiceId, row: &AnyRow) -> Result<InvoiceDocument, DbError> {
    let corrupt = |what: &str, value: &str| DbError::Corrupt(format!("invoice {what} {value}"));
    let code: String = row.try_get("currency")?;
    let currency = Currency::from_code(&code).ok_or_else(|| corrupt("currency", &code))?;
    let status: String = row.try_get("status")?;
    let method: Option<String> = row.try_get("payment_method")?;
    let party = |prefix: &str| party_of(row, prefix);
    let lines = sqlx::query(
        "SELECT item, line, kind, name, display_name, period_months, voucher_id, net_minor, \
         tax_minor, gross_minor, rate_bp, for_product FROM invoice_lines WHERE invoice_id = $1 \
         ORDER BY position",
    )
    .bind(id.to_string())
    .fetch_all(db.pool())
    .await?;
    let money = |column: &str| -> Result<Money, DbError> {
        Ok(Money::new(
            row.try_get::<Option<i64>, _>(column)?.unwrap_or(0),
            currency,
        ))
    };
    Ok(InvoiceDocument {
        id,
        number: row.try_get("number")?,
        status: InvoiceStatus::from_code(&status).ok_or_else(|| corrupt("status", &status))?,
        issued_at: row.try_get("issued_at")?,
        paid_at: row.try_get("paid_at")?,
        order_number: row.try_get("order_number")?,
        payment_method: method
            .map(|m| PaymentMethod::from_code(&m).ok_or_else(|| corrupt("payment", &m)))
            .transpose()?,
        seller: party("seller")?,
        buyer: party("buyer")?,
        lines: lines
            .iter()
            .map(|l| crate::orders::line_of(l, currency))
            .collect::<Result<_, _>>()?,
        net: money("net_minor")?,
        tax: money("tax_minor")?,
        gross: Money::new(row.try_get("total_minor")?, currency),
        prepaid: Money::new(row.try_get("prepaid_minor")?, currency),
        vat_treatment: row
            .try_get::<Option<String>, _>("vat_treatment")?
            .unwrap_or_default(),
    })
}
