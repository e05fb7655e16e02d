//! Changing a password, and reset links for forgotten ones (single use, one hour).

use crate::users::parse_id;
use crate::{Db, DbError, Tx};
use domain::{AppError, UserId};

pub const RESET_VALID_MS: i64 = 60 * 60 * 1000;

pub async fn set_hash(tx: &mut Tx, user: UserId, hash: &str) -> Result<(), DbError> {
    sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
        .bind(hash)
        .bind(user.to_string())
        .execute(&mut **tx)
        .await?;
    Ok(())
}

pub async fn create_reset(tx: &mut Tx, user: UserId, token_hash: &str) -> Result<(), DbError> {
    sqlx::query(
        "INSERT INTO password_resets (token_hash, user_id, expires_at) VALUES ($1, $2, $3)",
    )
    .bind(token_hash)
    .bind(user.to_string())
    .bind(tx.now_ms() + RESET_VALID_MS)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Uses a reset link: returns its user if it was valid and unused (it is used up now).
pub async fn use_reset(tx: &mut Tx, token_hash: &str) -> Result<UserId, AppError> {
    let now = tx.now_ms();
    let user: Option<String> = sqlx::query_scalar(
        "UPDATE password_resets SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL \
         AND expires_at > $1 RETURNING user_id",
    )
    .bind(now)
    .bind(token_hash)
    .fetch_optional(&mut **tx)
    .await
    .map_err(DbError::from)?;
    let user = user.ok_or_else(|| AppError::conflict("reset-invalid"))?;
    // Other links of the same user stop working too.
    sqlx::query("UPDATE password_resets SET used_at = $1 WHERE user_id = $2 AND used_at IS NULL")
        .bind(now)
        .bind(&user)
        .execute(&mut **tx)
        .await
        .map_err(DbError::from)?;
    Ok(parse_id(&user)?)
}

/// Whether a reset link is still usable (for showing the form).
pub async fn reset_is_valid(db: &Db, token_hash: &str) -> Result<bool, DbError> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM password_resets WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2",
    )
    .bind(token_hash)
    .bind(db.now_ms())
    .fetch_one(db.pool())
    .await?;
    Ok(n > 0)
}

/// Ends every session of a user (after a reset, when they asked for it).
pub async fn end_all_sessions(tx: &mut Tx, user: UserId) -> Result<(), DbError> {
    sqlx::query("DELETE FROM sessions WHERE user_id = $1")
        .bind(user.to_string())
        .execute(&mut **tx)
        .await?;
    Ok(())
}
