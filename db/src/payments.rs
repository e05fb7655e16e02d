//! Payments of orders (the flow: `app::use_cases::payments`). Starting one is idempotent by
//! the organisation's key; a processor's callback finds its payment by the processor's
//! reference, and each callback event is taken once (`payment_events`). Completing a
//! payment is a conditional `UPDATE … WHERE status = 'pending'`, so of two callbacks (or a
//! callback and a retry) exactly one moves it.

use crate::users::parse_id;
use crate::{Db, DbError, OrgScope, SystemScope, Tx};
use domain::dto::PaymentRow;
use domain::ids::{OrderId, PaymentId};
use domain::money::{Currency, Money};
use domain::order::PaymentMethod;
use domain::product_rules::may_order;
use domain::status::{PaymentStatus, Status};
use domain::{AppError, OrgId, UserId};
use sqlx::any::AnyRow;
use sqlx::Row;

/// A payment about to be started.
pub struct NewPayment<'a> {
    pub id: PaymentId,
    /// `None`: a deposit to the prepaid account.
    pub order: Option<OrderId>,
    pub method: PaymentMethod,
    /// What the processor charges.
    pub amount: &'a Money,
    /// The part of the order the prepaid balance pays once the processor's payment
    /// succeeds (minor units; 0 when the balance is not used).
    pub prepaid_minor: i64,
    /// The payer asked the processor to keep what they pay with.
    pub save: bool,
    pub processor: &'a str,
    pub processor_ref: &'a str,
    pub idempotency_key: &'a str,
    pub created_by: UserId,
}

/// A payment as a processor's callback sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub row: PaymentRow,
    pub org: OrgId,
    /// `None`: a deposit to the prepaid account.
    pub order: Option<OrderId>,
    pub processor: String,
    pub processor_ref: String,
    /// The part the prepaid balance pays beside the processor's amount (minor units).
    pub prepaid_minor: i64,
    /// The payer asked the processor to keep what they pay with.
    pub save_method: bool,
}

const COLUMNS: &str = "id, org_id, order_id, method, status, amount_minor, currency, \
                       created_at, processor, processor_ref, prepaid_minor, save_method";

fn found_of(row: &AnyRow) -> Result<Found, DbError> {
    let method: String = row.try_get("method")?;
    let status: String = row.try_get("status")?;
    let currency: String = row.try_get("currency")?;
    let corrupt = |what: &str, v: &str| DbError::Corrupt(format!("payment {what} {v}"));
    Ok(Found {
        row: PaymentRow {
            id: parse_id(&row.try_get::<String, _>("id")?)?,
            method: PaymentMethod::from_code(&method).ok_or_else(|| corrupt("method", &method))?,
            status: PaymentStatus::from_code(&status).ok_or_else(|| corrupt("status", &status))?,
            amount: Money::new(
                row.try_get("amount_minor")?,
                Currency::from_code(&currency).ok_or_else(|| corrupt("currency", &currency))?,
            ),
            created_at: row.try_get("created_at")?,
        },
        org: parse_id(&row.try_get::<String, _>("org_id")?)?,
        order: row
            .try_get::<Option<String>, _>("order_id")?
            .as_deref()
            .map(parse_id)
            .transpose()?,
        processor: row.try_get("processor")?,
        processor_ref: row.try_get("processor_ref")?,
        prepaid_minor: row.try_get("prepaid_minor")?,
        save_method: row.try_get::<i64, _>("save_method")? == 1,
    })
}

fn require_paying(scope: &OrgScope) -> Result<(), AppError> {
    if may_order(scope.access()) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// The organisation's payment started with `key`, if any.
pub async fn by_key(db: &Db, scope: &OrgScope, key: &str) -> Result<Option<Found>, AppError> {
    require_paying(scope)?;
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM payments WHERE org_id = $1 AND idempotency_key = $2"
    ))
    .bind(scope.org_key())
    .bind(key)
    .fetch_optional(db.pool())
    .await
    .map_err(DbError::from)?;
    Ok(row.as_ref().map(found_of).transpose()?)
}

/// Records a pending payment; `false` when the key was taken meanwhile (roll back and
/// answer the payment with that key).
pub async fn insert(
    tx: &mut Tx,
    scope: &OrgScope,
    payment: NewPayment<'_>,
) -> Result<bool, AppError> {
    require_paying(scope)?;
    let inserted = sqlx::query(
        "INSERT INTO payments (id, org_id, order_id, purpose, method, status, amount_minor, \
         currency, processor, processor_ref, idempotency_key, created_by, created_at, \
         prepaid_minor, save_method) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)",
    )
    .bind(payment.id.to_string())
    .bind(scope.org_key())
    .bind(payment.order.map(|o| o.to_string()))
    .bind(if payment.order.is_some() {
        "order"
    } else {
        "deposit"
    })
    .bind(payment.method.code())
    .bind(PaymentStatus::Pending.code())
    .bind(payment.amount.minor)
    .bind(payment.amount.currency.code())
    .bind(payment.processor)
    .bind(payment.processor_ref)
    .bind(payment.idempotency_key)
    .bind(payment.created_by.to_string())
    .bind(tx.now_ms())
    .bind(payment.prepaid_minor)
    .bind(i64::from(payment.save))
    .execute(&mut **tx)
    .await
    .map_err(DbError::from);
    match inserted {
        Ok(_) => Ok(true),
        Err(e) if e.is_unique_violation() => Ok(false),
        Err(e) => Err(e.into()),
    }
}

/// The order's payments, newest first.
pub async fn of_order(
    db: &Db,
    scope: &OrgScope,
    order: OrderId,
) -> Result<Vec<PaymentRow>, AppError> {
    require_paying(scope)?;
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM payments WHERE org_id = $1 AND order_id = $2 \
         ORDER BY created_at DESC, id DESC"
    ))
    .bind(scope.org_key())
    .bind(order.to_string())
    .fetch_all(db.pool())
    .await
    .map_err(DbError::from)?;
    Ok(rows
        .iter()
        .map(|r| found_of(r).map(|f| f.row))
        .collect::<Result<_, _>>()?)
}

/// The payment `processor` knows as `processor_ref`, for its verified callback.
pub async fn by_processor_ref(
    db: &Db,
    _processor_scope: &SystemScope,
    processor: &str,
    processor_ref: &str,
) -> Result<Option<Found>, DbError> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM payments WHERE processor = $1 AND processor_ref = $2"
    ))
    .bind(processor)
    .bind(processor_ref)
    .fetch_optional(db.pool())
    .await?;
    row.as_ref().map(found_of).transpose()
}

/// Takes a callback event once: `false` when it was seen before.
pub async fn take_event(
    tx: &mut Tx,
    _processor_scope: &SystemScope,
    processor: &str,
    event_id: &str,
) -> Result<bool, DbError> {
    let inserted = sqlx::query(
        "INSERT INTO payment_events (processor, event_id, received_at) VALUES ($1, $2, $3) \
         ON CONFLICT (processor, event_id) DO NOTHING",
    )
    .bind(processor)
    .bind(event_id)
    .bind(tx.now_ms())
    .execute(&mut **tx)
    .await?;
    Ok(inserted.rows_affected() == 1)
}

/// Moves a pending payment to `status` (succeeded, failed or cancelled); `false` when it
/// was not pending any more.
pub async fn complete(
    tx: &mut Tx,
    payment: PaymentId,
    status: PaymentStatus,
) -> Result<bool, DbError> {
    let updated = sqlx::query(
        "UPDATE payments SET status = $1, completed_at = $2 WHERE id = $3 AND status = $4",
    )
    .bind(status.code())
    .bind(tx.now_ms())
    .bind(payment.to_string())
    .bind(PaymentStatus::Pending.code())
    .execute(&mut **tx)
    .await?;
    Ok(updated.rows_affected() == 1)
}

/// The organisation's prepaid balance (credit positive), in minor units, read under the
/// organisation's row lock (a no-op write: PostgreSQL's row lock, SQLite's writer), so
/// two payments from one balance run one after the other and cannot both spend it.
pub async fn prepaid_balance(tx: &mut Tx, org: OrgId) -> Result<i64, DbError> {
    sqlx::query("UPDATE organisations SET currency = currency WHERE id = $1")
        .bind(org.to_string())
        .execute(&mut **tx)
        .await?;
    let balance: Option<i64> = sqlx::query_scalar(
        "SELECT CAST(SUM(amount_minor) AS BIGINT) FROM prepaid_entries WHERE org_id = $1",
    )
    .bind(org.to_string())
    .fetch_one(&mut **tx)
    .await?;
    Ok(balance.unwrap_or(0))
}

/// Debits the prepaid account for a payment, in the payment's transaction.
pub async fn debit_prepaid(
    tx: &mut Tx,
    org: OrgId,
    amount: &Money,
    note: &str,
) -> Result<(), DbError> {
    prepaid_entry(tx, org, -amount.minor, amount, note).await
}

/// Credits the prepaid account: money received for an order that was paid meanwhile.
pub async fn credit_prepaid(
    tx: &mut Tx,
    org: OrgId,
    amount: &Money,
    note: &str,
) -> Result<(), DbError> {
    prepaid_entry(tx, org, amount.minor, amount, note).await
}

async fn prepaid_entry(
    tx: &mut Tx,
    org: OrgId,
    minor: i64,
    amount: &Money,
    note: &str,
) -> Result<(), DbError> {
    sqlx::query(
        "INSERT INTO prepaid_entries (id, org_id, amount_minor, currency, note, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(crate::new_uuid().to_string())
    .bind(org.to_string())
    .bind(minor)
    .bind(amount.currency.code())
    .bind(note)
    .bind(tx.now_ms())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The organisation's prepaid balance as its page shows it (not locked: paying reads it
/// again under the lock).
pub async fn prepaid_balance_now(db: &Db, scope: &OrgScope) -> Result<i64, AppError> {
    require_paying(scope)?;
    let balance: Option<i64> = sqlx::query_scalar(
        "SELECT CAST(SUM(amount_minor) AS BIGINT) FROM prepaid_entries WHERE org_id = $1",
    )
    .bind(scope.org_key())
    .fetch_one(db.pool())
    .await
    .map_err(DbError::from)?;
    Ok(balance.unwrap_or(0))
}

/// The prepaid account of the organisation: its balance and one page of its movements,
/// newest first.
pub async fn prepaid_account(
    db: &Db,
    scope: &OrgScope,
    offset: u32,
    limit: u32,
) -> Result<domain::dto::PrepaidAccount, AppError> {
    use domain::dto::{PrepaidAccount, PrepaidEntry, PrepaidMovement};
    require_paying(scope)?;
    let currency: String = sqlx::query_scalar("SELECT currency FROM organisations WHERE id = $1")
        .bind(scope.org_key())
        .fetch_one(db.pool())
        .await
        .map_err(DbError::from)?;
    let currency = Currency::from_code(&currency)
        .ok_or_else(|| DbError::Corrupt(format!("organisation currency {currency}")))?;
    let total: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM prepaid_entries WHERE org_id = $1")
        .bind(scope.org_key())
        .fetch_one(db.pool())
        .await
        .map_err(DbError::from)?;
    let rows: Vec<(i64, String, i64)> = sqlx::query_as(
        "SELECT amount_minor, note, created_at FROM prepaid_entries WHERE org_id = $1 \
         ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3",
    )
    .bind(scope.org_key())
    .bind(i64::from(limit))
    .bind(i64::from(offset))
    .fetch_all(db.pool())
    .await
    .map_err(DbError::from)?;
    Ok(PrepaidAccount {
        balance: Money::new(prepaid_balance_now(db, scope).await?, currency),
        entries: rows
            .into_iter()
            .map(|(minor, note, at)| {
                let (movement, order_number) = PrepaidMovement::of_note(&note);
                PrepaidEntry {
                    amount: Money::new(minor, currency),
                    movement,
                    order_number,
                    at,
                }
            })
            .collect(),
        total: u64::try_from(total).unwrap_or(0),
    })
}

/// Records a bank transfer the bank reported as booked, settled at once, for `order` (`None`:
/// a deposit to the prepaid account); `false` when the bank's reference was recorded before
/// (the same notification imported again).
pub async fn record_transfer(
    tx: &mut Tx,
    _scope: &SystemScope,
    org: OrgId,
    order: Option<OrderId>,
    amount: &Money,
    bank_reference: &str,
) -> Result<bool, DbError> {
    let now = tx.now_ms();
    let inserted = sqlx::query(
        "INSERT INTO payments (id, org_id, order_id, purpose, method, status, amount_minor, \
         currency, processor, processor_ref, idempotency_key, created_by, created_at, \
         completed_at) VALUES ($1, $2, $3, $12, $4, $5, $6, $7, $8, $9, $10, NULL, $11, $11) \
         ON CONFLICT DO NOTHING",
    )
    .bind(uuid::Uuid::now_v7().to_string())
    .bind(org.to_string())
    .bind(order.map(|o| o.to_string()))
    .bind(PaymentMethod::BankTransfer.code())
    .bind(PaymentStatus::Succeeded.code())
    .bind(amount.minor)
    .bind(amount.currency.code())
    .bind(TRANSFER_PROCESSOR)
    .bind(bank_reference)
    .bind(format!("camt054:{bank_reference}"))
    .bind(now)
    .bind(if order.is_some() { "order" } else { "deposit" })
    .execute(&mut **tx)
    .await?;
    Ok(inserted.rows_affected() == 1)
}

/// The processor label of bank transfers; their reference is the bank's.
pub const TRANSFER_PROCESSOR: &str = "bank-transfer";
