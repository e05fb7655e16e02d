//! Credit notes: the one way to correct an issued invoice, which itself never changes. A
//! credit note annuls the invoice whole, in one transaction: the next number of the gapless
//! sequence, the invoice's status (paid → refunded, unpaid or overdue → cancelled, through
//! the status table), and for a paid invoice its amount credited to the organisation's
//! prepaid balance (`refund:<invoice number>`). An invoice is credited once.

use crate::users::parse_id;
use crate::{Db, DbError, OrgScope, SystemScope, Tx};
use domain::ids::CreditNoteId;
use domain::money::{Currency, Money};
use domain::status::{InvoiceStatus, Status};
use domain::{AppError, InvoiceId, OrgId, Permission};

/// A credit note just issued.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Credited {
    pub id: CreditNoteId,
    pub number: String,
    pub org: OrgId,
    pub invoice: InvoiceId,
    /// What went back to the prepaid balance (zero for an unpaid invoice).
    pub refunded: Money,
}

/// A credit note as its document states it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CreditNote {
    pub number: String,
    pub issued_at: i64,
    pub reason: String,
    pub refunded: Money,
    /// The invoice it annuls.
    pub invoice: InvoiceId,
}

/// Why an invoice cannot be credited: `invoice-unknown`, `invoice-not-creditable` (a draft,
/// or already cancelled or refunded) or `invoice-already-credited`.
pub type Refusal = &'static str;

/// Issues the credit note annulling the invoice numbered `invoice_number`, in `tx`.
pub async fn credit(
    tx: &mut Tx,
    _operator: &SystemScope,
    invoice_number: &str,
    reason: &str,
) -> Result<Result<Credited, Refusal>, DbError> {
    let found: Option<(String, String, String, i64, String, Option<i64>)> = sqlx::query_as(
        "SELECT id, org_id, status, total_minor, currency, paid_at FROM invoices WHERE number = $1",
    )
    .bind(invoice_number)
    .fetch_optional(&mut **tx)
    .await?;
    let Some((invoice, org, status, total, currency, paid_at)) = found else {
        return Ok(Err("invoice-unknown"));
    };
    let credited: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM credit_notes WHERE invoice_id = $1")
            .bind(&invoice)
            .fetch_one(&mut **tx)
            .await?;
    if credited > 0 {
        return Ok(Err("invoice-already-credited"));
    }
    let corrupt = |what: &str, v: &str| DbError::Corrupt(format!("invoice {what} {v}"));
    let status = InvoiceStatus::from_code(&status).ok_or_else(|| corrupt("status", &status))?;
    let currency = Currency::from_code(&currency).ok_or_else(|| corrupt("currency", &currency))?;
    let paid = paid_at.is_some() && status == InvoiceStatus::Paid;
    let next = if paid {
        InvoiceStatus::Refunded
    } else {
        InvoiceStatus::Cancelled
    };
    if status.transition(next).is_err() {
        return Ok(Err("invoice-not-creditable"));
    }
    let moved = sqlx::query("UPDATE invoices SET status = $1 WHERE id = $2 AND status = $3")
        .bind(next.code())
        .bind(&invoice)
        .bind(status.code())
        .execute(&mut **tx)
        .await?;
    if moved.rows_affected() != 1 {
        return Ok(Err("invoice-not-creditable"));
    }
    let now = tx.now_ms();
    let year = chrono::DateTime::from_timestamp_millis(now)
        .map(|t| chrono::Datelike::year(&t))
        .ok_or_else(|| DbError::Corrupt(format!("instant {now}")))?;
    let number = crate::numbering::next_invoice_number(tx, year).await?;
    let id = CreditNoteId(crate::new_uuid());
    let refunded = Money::new(if paid { total } else { 0 }, currency);
    sqlx::query(
        "INSERT INTO credit_notes (id, org_id, invoice_id, number, reason, refunded_minor, \
         issued_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(id.to_string())
    .bind(&org)
    .bind(&invoice)
    .bind(&number)
    .bind(reason)
    .bind(refunded.minor)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    let org: OrgId = parse_id(&org)?;
    if paid {
        let note = format!("refund:{invoice_number}");
        crate::payments::credit_prepaid(tx, org, &refunded, &note).await?;
    }
    Ok(Ok(Credited {
        id,
        number,
        org,
        invoice: parse_id(&invoice)?,
        refunded,
    }))
}

/// The organisation's credit note `id`, for its document; `None` for another's.
pub async fn get(
    db: &Db,
    scope: &OrgScope,
    id: CreditNoteId,
) -> Result<Option<CreditNote>, AppError> {
    scope.require(Permission::InvoiceView)?;
    let row: Option<(String, i64, String, i64, String, String)> = sqlx::query_as(
        "SELECT c.number, c.issued_at, c.reason, c.refunded_minor, i.currency, c.invoice_id \
         FROM credit_notes c JOIN invoices i ON i.id = c.invoice_id \
         WHERE c.org_id = $1 AND c.id = $2",
    )
    .bind(scope.org_key())
    .bind(id.to_string())
    .fetch_optional(db.pool())
    .await
    .map_err(DbError::from)?;
    let Some((number, issued_at, reason, refunded, currency, invoice)) = row else {
        return Ok(None);
    };
    let currency = Currency::from_code(&currency)
        .ok_or_else(|| DbError::Corrupt(format!("invoice currency {currency}")))?;
    Ok(Some(CreditNote {
        number,
        issued_at,
        reason,
        refunded: Money::new(refunded, currency),
        invoice: parse_id(&invoice)?,
    }))
}
