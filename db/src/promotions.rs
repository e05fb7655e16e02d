//! Promotion codes (rules: `domain::cart::promotion`). An operator creates them
//! ([`create`]); an order looks one up ([`find`], [`usable`]) and records its use
//! ([`record_use`]) in the order's transaction.
//!
//! The limits hold under concurrency: recording a use first increments `used_count` with
//! `UPDATE … WHERE … AND (max_uses IS NULL OR used_count < max_uses)`. That statement both
//! enforces the total limit and locks the code's row until the order commits (PostgreSQL's
//! row lock; SQLite's single writer), so the per-organisation count read after it cannot be
//! changed by a concurrent order of the same organisation before this one commits.

use crate::users::parse_id;
use crate::{new_uuid, Db, DbError, OrgScope, SystemScope, Tx};
use domain::cart::promotion::{
    normalise_code, Discount, NewPromotion, Promotion, PromotionRefusal, UsablePromotion,
};
use domain::catalogue::ProductKind;
use domain::ids::PromotionId;
use domain::money::{Currency, Money};
use domain::product_rules::may_order;
use domain::AppError;
use sqlx::any::AnyRow;
use sqlx::{Any, Row};
use std::collections::BTreeSet;

const COLUMNS: &str = "id, code, percent_bp, amount_minor, currency, periods, kinds, \
                       valid_from, valid_until, max_uses, max_per_org, used_count, \
                       created_at, created_by";

fn count(value: i64, what: &str) -> Result<u32, DbError> {
    u32::try_from(value).map_err(|_| DbError::Corrupt(format!("promotion {what} {value}")))
}

fn optional_count(value: Option<i64>, what: &str) -> Result<Option<u32>, DbError> {
    value.map(|v| count(v, what)).transpose()
}

/// `domain,web-hosting`; empty for every kind.
fn kinds_text(kinds: &Option<BTreeSet<ProductKind>>) -> String {
    kinds
        .iter()
        .flatten()
        .map(|k| k.code())
        .collect::<Vec<_>>()
        .join(",")
}

fn kinds_of(text: &str) -> Result<Option<BTreeSet<ProductKind>>, DbError> {
    if text.is_empty() {
        return Ok(None);
    }
    text.split(',')
        .map(|code| {
            ProductKind::from_code(code)
                .ok_or_else(|| DbError::Corrupt(format!("promotion kind {code}")))
        })
        .collect::<Result<BTreeSet<_>, _>>()
        .map(Some)
}

fn promotion_of(row: &AnyRow) -> Result<Promotion, DbError> {
    let percent: Option<i64> = row.try_get("percent_bp")?;
    let amount: Option<i64> = row.try_get("amount_minor")?;
    let currency: Option<String> = row.try_get("currency")?;
    let discount = match (percent, amount, currency.as_deref()) {
        (Some(bp), None, None) => Discount::Percent {
            basis_points: count(bp, "percentage")?,
        },
        (None, Some(minor), Some(code)) => Discount::Amount(Money::new(
            minor,
            Currency::from_code(code)
                .ok_or_else(|| DbError::Corrupt(format!("promotion currency {code}")))?,
        )),
        _ => return Err(DbError::Corrupt("promotion discount".into())),
    };
    Ok(Promotion {
        id: parse_id(&row.try_get::<String, _>("id")?)?,
        code: row.try_get("code")?,
        discount,
        periods: count(row.try_get("periods")?, "periods")?,
        kinds: kinds_of(&row.try_get::<String, _>("kinds")?)?,
        valid_from: row.try_get("valid_from")?,
        valid_until: row.try_get("valid_until")?,
        max_uses: optional_count(row.try_get("max_uses")?, "max_uses")?,
        max_per_org: optional_count(row.try_get("max_per_org")?, "max_per_org")?,
        used_count: count(row.try_get("used_count")?, "used_count")?,
        created_at: row.try_get("created_at")?,
        created_by: row.try_get("created_by")?,
    })
}

async fn find_with<'e, E>(executor: E, normalised: &str) -> Result<Option<Promotion>, DbError>
where
    E: sqlx::Executor<'e, Database = Any>,
{
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM promotion_codes WHERE code = $1"
    ))
    .bind(normalised)
    .fetch_optional(executor)
    .await?;
    row.as_ref().map(promotion_of).transpose()
}

async fn uses_with<'e, E>(executor: E, id: PromotionId, scope: &OrgScope) -> Result<u32, DbError>
where
    E: sqlx::Executor<'e, Database = Any>,
{
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM promotion_uses WHERE code_id = $1 AND org_id = $2",
    )
    .bind(id.to_string())
    .bind(scope.org_key())
    .fetch_one(executor)
    .await?;
    count(n, "uses")
}

/// Creates a code, recorded as `operator`'s, at the transaction's instant. `promotion`
/// must have passed [`NewPromotion::check`] (its code normalised). `None` when the code
/// exists already (nothing is written).
pub async fn create(
    tx: &mut Tx,
    operator: &SystemScope,
    promotion: &NewPromotion,
) -> Result<Option<Promotion>, DbError> {
    let created = Promotion {
        id: PromotionId(new_uuid()),
        code: promotion.code.clone(),
        discount: promotion.discount.clone(),
        periods: promotion.periods,
        kinds: promotion.kinds.clone(),
        valid_from: promotion.valid_from,
        valid_until: promotion.valid_until,
        max_uses: promotion.max_uses,
        max_per_org: promotion.max_per_org,
        used_count: 0,
        created_at: tx.now_ms(),
        created_by: operator.actor().to_owned(),
    };
    let (percent, amount, currency) = match &created.discount {
        Discount::Percent { basis_points } => (Some(i64::from(*basis_points)), None, None),
        Discount::Amount(money) => (None, Some(money.minor), Some(money.currency.code())),
    };
    // `ON CONFLICT DO NOTHING` rather than a unique violation, which would abort the
    // caller's transaction on PostgreSQL.
    let inserted = sqlx::query(&format!(
        "INSERT INTO promotion_codes ({COLUMNS}) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 0, $12, $13) \
         ON CONFLICT (code) DO NOTHING"
    ))
    .bind(created.id.to_string())
    .bind(&created.code)
    .bind(percent)
    .bind(amount)
    .bind(currency)
    .bind(i64::from(created.periods))
    .bind(kinds_text(&created.kinds))
    .bind(created.valid_from)
    .bind(created.valid_until)
    .bind(created.max_uses.map(i64::from))
    .bind(created.max_per_org.map(i64::from))
    .bind(created.created_at)
    .bind(&created.created_by)
    .execute(&mut **tx)
    .await?;
    Ok((inserted.rows_affected() == 1).then_some(created))
}

/// The code typed by a customer, in any case; `None` when there is no such code.
pub async fn find(db: &Db, code: &str) -> Result<Option<Promotion>, DbError> {
    match normalise_code(code) {
        Some(normalised) => find_with(db.pool(), &normalised).await,
        None => Ok(None),
    }
}

/// Every code, newest first (`mandant promotion list`).
pub async fn list(db: &Db, _operator: &SystemScope) -> Result<Vec<Promotion>, DbError> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM promotion_codes ORDER BY created_at DESC, code"
    ))
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(promotion_of).collect()
}

/// How often the scoped organisation used `code` (0 for an unknown code).
pub async fn uses(db: &Db, code: &str, scope: &OrgScope) -> Result<u32, DbError> {
    match find(db, code).await? {
        Some(promotion) => uses_with(db.pool(), promotion.id, scope).await,
        None => Ok(0),
    }
}

fn refused(refusal: PromotionRefusal) -> AppError {
    AppError::conflict(refusal.code())
}

/// The code as the scoped organisation may use it now, for pricing a cart
/// (`domain::cart::price_cart`), or why not (`promotion-unknown`, `…-not-yet-valid`,
/// `…-expired`, `…-used-up`, `…-already-used`). [`record_use`] checks again when the order
/// is placed.
pub async fn usable(db: &Db, scope: &OrgScope, code: &str) -> Result<UsablePromotion, AppError> {
    let promotion = find(db, code)
        .await?
        .ok_or_else(|| refused(PromotionRefusal::Unknown))?;
    let org_uses = uses_with(db.pool(), promotion.id, scope).await?;
    promotion.usable(org_uses, db.now_ms()).map_err(refused)
}

/// Records that the scoped organisation used `code` for `order_ref`, inside the order's
/// transaction, checking again that the code is valid now and that neither limit is
/// reached — under the code row's lock, so concurrent orders cannot exceed either. Only
/// members who may order (`domain::product_rules::may_order`) record uses. Commit `tx`
/// only on `Ok`: on an error the counter may have moved, and dropping `tx` rolls it back.
pub async fn record_use(
    tx: &mut Tx,
    scope: &OrgScope,
    code: &str,
    order_ref: &str,
) -> Result<(), AppError> {
    if !may_order(scope.access()) {
        return Err(AppError::Forbidden);
    }
    let code = normalise_code(code).ok_or_else(|| refused(PromotionRefusal::Unknown))?;
    if order_ref.trim().is_empty() || order_ref.len() > 200 {
        return Err(AppError::BadRequest);
    }
    let now = tx.now_ms();
    // First statement a write: it takes the row lock (and SQLite's write lock) at once.
    let counted = sqlx::query(
        "UPDATE promotion_codes SET used_count = used_count + 1 \
         WHERE code = $1 AND valid_from <= $2 AND (valid_until IS NULL OR valid_until > $2) \
           AND (max_uses IS NULL OR used_count < max_uses)",
    )
    .bind(&code)
    .bind(now)
    .execute(&mut **tx)
    .await
    .map_err(DbError::from)?;
    let promotion = find_with(&mut **tx, &code)
        .await?
        .ok_or_else(|| refused(PromotionRefusal::Unknown))?;
    if counted.rows_affected() != 1 {
        // Not yet valid, expired or used up: the domain rule says which.
        return Err(refused(
            promotion
                .check(0, now)
                .err()
                .unwrap_or(PromotionRefusal::UsedUp),
        ));
    }
    let org_uses = uses_with(&mut **tx, promotion.id, scope).await?;
    if promotion.max_per_org.is_some_and(|max| org_uses >= max) {
        return Err(refused(PromotionRefusal::AlreadyUsed));
    }
    let inserted = sqlx::query(
        "INSERT INTO promotion_uses (code_id, org_id, order_ref, used_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(promotion.id.to_string())
    .bind(scope.org_key())
    .bind(order_ref)
    .bind(now)
    .execute(&mut **tx)
    .await
    .map_err(DbError::from);
    match inserted {
        Ok(_) => Ok(()),
        // The same order used the code already.
        Err(e) if e.is_unique_violation() => Err(refused(PromotionRefusal::AlreadyUsed)),
        Err(e) => Err(e.into()),
    }
}
