//! Deposits to the prepaid account by bank transfer: the organisation's standing deposit
//! number (given once, on first use), the organisation a number belongs to, and recording a
//! transfer the bank reported as booked — once per bank reference, like every transfer.

use crate::users::parse_id;
use crate::{Db, DbError, OrgScope, SystemScope, Tx};
use domain::money::{Currency, Money};
use domain::product_rules::may_order;
use domain::{AppError, OrgId};

/// The organisation's deposit number, given now if it has none (the next free one).
pub async fn number(db: &Db, scope: &OrgScope) -> Result<i64, AppError> {
    if !may_order(scope.access()) {
        return Err(AppError::Forbidden);
    }
    // Two organisations asking at once may pick the same next number: the loser's insert
    // does nothing and it tries the next one. (`WHERE` lets SQLite read the upsert.)
    for _ in 0..5 {
        let given: Option<i64> =
            sqlx::query_scalar("SELECT number FROM deposit_references WHERE org_id = $1")
                .bind(scope.org_key())
                .fetch_optional(db.pool())
                .await
                .map_err(DbError::from)?;
        if let Some(number) = given {
            return Ok(number);
        }
        let inserted = sqlx::query(
            "INSERT INTO deposit_references (org_id, number, created_at) SELECT $1, \
             COALESCE(MAX(number), 0) + 1, $2 FROM deposit_references WHERE 1 = 1 \
             ON CONFLICT DO NOTHING",
        )
        .bind(scope.org_key())
        .bind(db.now_ms())
        .execute(db.pool())
        .await
        .map_err(DbError::from);
        match inserted {
            Ok(_) => continue,
            Err(e) if e.is_unique_violation() => continue,
            Err(e) => return Err(e.into()),
        }
    }
    Err(AppError::conflict("deposit-reference-busy"))
}

/// The organisation whose deposit number is `number`, with its currency.
pub async fn org_of(
    db: &Db,
    _scope: &SystemScope,
    number: i64,
) -> Result<Option<(OrgId, Currency)>, DbError> {
    let row: Option<(String, String)> = sqlx::query_as(
        "SELECT g.id, g.currency FROM deposit_references d JOIN organisations g ON g.id = d.org_id \
         WHERE d.number = $1",
    )
    .bind(number)
    .fetch_optional(db.pool())
    .await?;
    match row {
        Some((org, currency)) => Ok(Some((
            parse_id(&org)?,
            Currency::from_code(&currency)
                .ok_or_else(|| DbError::Corrupt(format!("organisation currency {currency}")))?,
        ))),
        None => Ok(None),
    }
}

/// Records a booked transfer of `amount` to `org`'s prepaid account and credits it, in
/// `tx`; `false` when the bank's reference was recorded before.
pub async fn record_transfer(
    tx: &mut Tx,
    scope: &SystemScope,
    org: OrgId,
    amount: &Money,
    bank_reference: &str,
) -> Result<bool, DbError> {
    if !crate::payments::record_transfer(tx, scope, org, None, amount, bank_reference).await? {
        return Ok(false);
    }
    crate::payments::credit_prepaid(tx, org, amount, "deposit").await?;
    Ok(true)
}
