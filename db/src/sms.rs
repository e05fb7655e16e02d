//! Second factor by SMS: the phone receiving codes, and the short-lived codes themselves.
//! Codes are stored hashed and bound to their purpose; a code works once, and wrong guesses
//! are counted against it, so a code cannot be guessed in the time it lives.

use crate::{new_uuid, Db, DbError};
use domain::{AppError, UserId};

/// A code lives this long.
pub const CODE_TTL_MS: i64 = 5 * 60 * 1000;
/// Wrong guesses a code survives.
pub const MAX_GUESSES: i64 = 5;

/// The phone receiving codes: confirmed, or (with `confirmed` false) waiting for its first code.
pub async fn phone(db: &Db, user: UserId, confirmed: bool) -> Result<Option<String>, DbError> {
    let condition = if confirmed { "IS NOT NULL" } else { "IS NULL" };
    Ok(sqlx::query_scalar(&format!(
        "SELECT phone FROM sms_factors WHERE user_id = $1 AND confirmed_at {condition}"
    ))
    .bind(user.to_string())
    .fetch_optional(db.pool())
    .await?)
}

/// Starts enrolling `phone` (replacing an unconfirmed one); refused while one is confirmed.
pub async fn start(db: &Db, user: UserId, phone: &str) -> Result<(), AppError> {
    if self::phone(db, user, true).await?.is_some() {
        return Err(AppError::conflict("sms-on"));
    }
    sqlx::query(
        "INSERT INTO sms_factors (user_id, phone, created_at) VALUES ($1, $2, $3) \
         ON CONFLICT (user_id) DO UPDATE SET phone = excluded.phone, created_at = excluded.created_at",
    )
    .bind(user.to_string())
    .bind(phone)
    .bind(db.now_ms())
    .execute(db.pool())
    .await
    .map_err(DbError::from)?;
    Ok(())
}

/// Confirms the waiting phone; false if there was none.
pub async fn confirm(db: &Db, user: UserId) -> Result<bool, DbError> {
    let updated = sqlx::query(
        "UPDATE sms_factors SET confirmed_at = $1 WHERE user_id = $2 AND confirmed_at IS NULL",
    )
    .bind(db.now_ms())
    .bind(user.to_string())
    .execute(db.pool())
    .await?;
    Ok(updated.rows_affected() == 1)
}

/// Removes the phone; false if there was none.
pub async fn remove(db: &Db, user: UserId) -> Result<bool, DbError> {
    let deleted = sqlx::query("DELETE FROM sms_factors WHERE user_id = $1")
        .bind(user.to_string())
        .execute(db.pool())
        .await?;
    Ok(deleted.rows_affected() > 0)
}

/// Stores a new code for `purpose` (earlier unused ones for it stop working).
pub async fn issue_code(
    db: &Db,
    user: UserId,
    purpose: &str,
    code_hash: &str,
) -> Result<(), DbError> {
    let mut tx = db.begin().await?;
    sqlx::query("DELETE FROM sms_codes WHERE user_id = $1 AND (purpose = $2 OR expires_at < $3)")
        .bind(user.to_string())
        .bind(purpose)
        .bind(db.now_ms())
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO sms_codes (id, user_id, purpose, code_hash, attempts, expires_at) \
         VALUES ($1, $2, $3, $4, 0, $5)",
    )
    .bind(new_uuid().to_string())
    .bind(user.to_string())
    .bind(purpose)
    .bind(code_hash)
    .bind(db.now_ms() + CODE_TTL_MS)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Uses the code for `purpose` if `code_hash` matches it; otherwise counts a wrong guess.
/// Of two concurrent uses of one code, one succeeds.
pub async fn use_code(
    db: &Db,
    user: UserId,
    purpose: &str,
    code_hash: &str,
) -> Result<bool, DbError> {
    let now = db.now_ms();
    let used = sqlx::query(
        "UPDATE sms_codes SET used_at = $1 WHERE user_id = $2 AND purpose = $3 AND code_hash = $4 \
         AND used_at IS NULL AND expires_at > $1 AND attempts < $5",
    )
    .bind(now)
    .bind(user.to_string())
    .bind(purpose)
    .bind(code_hash)
    .bind(MAX_GUESSES)
    .execute(db.pool())
    .await?;
    if used.rows_affected() == 1 {
        return Ok(true);
    }
    sqlx::query(
        "UPDATE sms_codes SET attempts = attempts + 1 WHERE user_id = $1 AND purpose = $2 \
         AND used_at IS NULL",
    )
    .bind(user.to_string())
    .bind(purpose)
    .execute(db.pool())
    .await?;
    Ok(false)
}

/// Drops the unused codes whose purpose starts with `prefix` (a newer request replaces them).
pub async fn discard_codes(db: &Db, user: UserId, prefix: &str) -> Result<(), DbError> {
    sqlx::query("DELETE FROM sms_codes WHERE user_id = $1 AND used_at IS NULL AND purpose LIKE $2")
        .bind(user.to_string())
        .bind(format!("{prefix}%"))
        .execute(db.pool())
        .await?;
    Ok(())
}

/// The purpose of the newest live code whose purpose starts with `prefix`.
pub async fn waiting_purpose(
    db: &Db,
    user: UserId,
    prefix: &str,
) -> Result<Option<String>, DbError> {
    Ok(sqlx::query_scalar(
        "SELECT purpose FROM sms_codes WHERE user_id = $1 AND used_at IS NULL \
         AND expires_at > $2 AND attempts < $3 AND purpose LIKE $4 ORDER BY expires_at DESC LIMIT 1",
    )
    .bind(user.to_string())
    .bind(db.now_ms())
    .bind(MAX_GUESSES)
    .bind(format!("{prefix}%"))
    .fetch_optional(db.pool())
    .await?)
}
