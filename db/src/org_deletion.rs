//! Deleting an organisation: only when nothing is left in it (no products, a zero prepaid
//! balance, no unpaid invoice). Its members lose access, their accounts stay; the row is kept
//! as deleted so issued invoices remain for the accounting retention period.

use crate::members::{lock_org, Recipient};
use crate::{Db, DbError, OrgScope, Tx};
use domain::dto::DeletionCheck;
use domain::money::{Currency, Money};
use domain::{AppError, Permission};

struct Blockers {
    products: i64,
    prepaid: i64,
    unpaid: i64,
    unpaid_total: i64,
}

async fn blockers(conn: &mut sqlx::AnyConnection, org: &str) -> Result<Blockers, DbError> {
    let (products, prepaid, unpaid, unpaid_total): (i64, Option<i64>, i64, Option<i64>) =
        sqlx::query_as(
            "SELECT (SELECT COUNT(*) FROM products WHERE org_id = $1), \
             (SELECT CAST(SUM(amount_minor) AS BIGINT) FROM prepaid_entries WHERE org_id = $1), \
             (SELECT COUNT(*) FROM invoices WHERE org_id = $1 AND paid_at IS NULL AND status IN ('unpaid', 'overdue')), \
             (SELECT CAST(SUM(total_minor) AS BIGINT) FROM invoices WHERE org_id = $1 AND paid_at IS NULL AND status IN ('unpaid', 'overdue'))",
        )
        .bind(org)
        .fetch_one(conn)
        .await?;
    Ok(Blockers {
        products,
        prepaid: prepaid.unwrap_or(0),
        unpaid,
        unpaid_total: unpaid_total.unwrap_or(0),
    })
}

/// What still blocks deletion, read from the real tables.
pub async fn check(db: &Db, scope: &OrgScope) -> Result<DeletionCheck, AppError> {
    scope.require(Permission::OrgUpdate)?;
    let (name, currency): (String, String) =
        sqlx::query_as("SELECT name, currency FROM organisations WHERE id = $1")
            .bind(scope.org_key())
            .fetch_one(db.pool())
            .await
            .map_err(DbError::from)?;
    let mut conn = db.pool().acquire().await.map_err(DbError::from)?;
    let b = blockers(&mut conn, &scope.org_key()).await?;
    let currency = Currency::from_code(&currency)
        .ok_or_else(|| DbError::Corrupt(format!("organisation currency {currency}")))?;
    Ok(DeletionCheck {
        org_name: name,
        products: b.products,
        prepaid_balance: Money::new(b.prepaid, currency),
        unpaid_invoices: b.unpaid,
        unpaid_total: Money::new(b.unpaid_total, currency),
        may_delete: scope.can(Permission::OrgDelete),
    })
}

/// Everyone who belonged to a deleted organisation, to tell them.
#[derive(Debug)]
pub struct Deleted {
    pub org_name: String,
    pub members: Vec<Recipient>,
}

/// Deletes the organisation if it is empty, checked again inside the transaction that
/// deletes it.
pub async fn delete(tx: &mut Tx, scope: &OrgScope) -> Result<Deleted, AppError> {
    scope.require(Permission::OrgDelete)?;
    let org = scope.org_key();
    lock_org(tx, scope).await?;
    let b = blockers(tx, &org).await?;
    if b.products > 0 || b.prepaid != 0 || b.unpaid > 0 {
        return Err(AppError::conflict("org-not-empty"));
    }
    let org_name: String = sqlx::query_scalar("SELECT name FROM organisations WHERE id = $1")
        .bind(&org)
        .fetch_one(&mut **tx)
        .await
        .map_err(DbError::from)?;
    let members = crate::members::everyone_on(tx, &org).await?;
    for statement in [
        "DELETE FROM invitations WHERE org_id = $1",
        "DELETE FROM team_product_grants WHERE org_id = $1",
        "DELETE FROM team_members WHERE org_id = $1",
        "DELETE FROM teams WHERE org_id = $1",
        "DELETE FROM product_grants WHERE org_id = $1",
        "DELETE FROM memberships WHERE org_id = $1",
        "DELETE FROM org_logos WHERE org_id = $1",
        "DELETE FROM legal_rep_transfers WHERE org_id = $1",
        "UPDATE users SET last_org_id = NULL WHERE last_org_id = $1",
    ] {
        sqlx::query(statement)
            .bind(&org)
            .execute(&mut **tx)
            .await
            .map_err(DbError::from)?;
    }
    sqlx::query("UPDATE organisations SET deleted_at = $1 WHERE id = $2")
        .bind(tx.now_ms())
        .bind(&org)
        .execute(&mut **tx)
        .await
        .map_err(DbError::from)?;
    Ok(Deleted { org_name, members })
}

/// Records a prepaid account movement (credit positive) in the organisation's currency.
pub async fn add_prepaid_entry(
    db: &Db,
    scope: &OrgScope,
    amount_minor: i64,
    note: &str,
) -> Result<(), AppError> {
    scope.require(Permission::InvoicePay)?;
    sqlx::query(
        "INSERT INTO prepaid_entries (id, org_id, amount_minor, currency, note, created_at) \
         SELECT $1, id, $2, currency, $3, $4 FROM organisations WHERE id = $5",
    )
    .bind(crate::new_uuid().to_string())
    .bind(amount_minor)
    .bind(note)
    .bind(db.now_ms())
    .bind(scope.org_key())
    .execute(db.pool())
    .await
    .map_err(DbError::from)?;
    Ok(())
}
