//! Second factors of an account: the authenticator-app secret, backup codes, and sign-ins
//! waiting for their second factor. Replays and reuse are refused by conditional updates, so
//! two concurrent uses of one code cannot both succeed.

use crate::users::parse_id;
use crate::{new_uuid, Db, DbError, Tx};
use domain::{AppError, UserId};

/// Sign-ins wait this long for their second factor.
pub const PENDING_LOGIN_MS: i64 = 5 * 60 * 1000;

/// SQL that is 1 when the user in column `user_column` has a confirmed second factor, else
/// 0: the one definition queries that list or guard members use.
pub(crate) fn has_second_factor_sql(user_column: &str) -> String {
    format!(
        "CAST((CASE WHEN EXISTS (SELECT 1 FROM totp_secrets t WHERE t.user_id = {user_column} \
         AND t.confirmed_at IS NOT NULL) OR EXISTS (SELECT 1 FROM sms_factors s \
         WHERE s.user_id = {user_column} AND s.confirmed_at IS NOT NULL) OR EXISTS (SELECT 1 \
         FROM security_keys k WHERE k.user_id = {user_column}) THEN 1 ELSE 0 END) AS BIGINT)"
    )
}

/// Whether the user has a confirmed second factor (authenticator app, SMS or security key).
pub async fn is_enabled(db: &Db, user: UserId) -> Result<bool, DbError> {
    Ok(!methods(db, user).await?.is_empty())
}

/// The user's confirmed second-factor methods: `totp`, `sms`, `security-key`.
pub async fn methods(db: &Db, user: UserId) -> Result<Vec<&'static str>, DbError> {
    let (totp, sms, keys): (i64, i64, i64) = sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM totp_secrets WHERE user_id = $1 AND confirmed_at IS NOT NULL), \
         (SELECT COUNT(*) FROM sms_factors WHERE user_id = $1 AND confirmed_at IS NOT NULL), \
         (SELECT COUNT(*) FROM security_keys WHERE user_id = $1)",
    )
    .bind(user.to_string())
    .fetch_one(db.pool())
    .await?;
    let mut out = Vec::new();
    if totp > 0 {
        out.push("totp");
    }
    if sms > 0 {
        out.push("sms");
    }
    if keys > 0 {
        out.push("security-key");
    }
    Ok(out)
}

/// Whether the user has a confirmed authenticator app.
pub async fn has_totp(db: &Db, user: UserId) -> Result<bool, DbError> {
    Ok(secret(db, user, true).await?.is_some())
}

/// Removes the authenticator app; false if none was set up.
pub async fn remove_totp(db: &Db, user: UserId) -> Result<bool, DbError> {
    let deleted = sqlx::query("DELETE FROM totp_secrets WHERE user_id = $1")
        .bind(user.to_string())
        .execute(db.pool())
        .await?;
    Ok(deleted.rows_affected() > 0)
}

/// Stores a new, unconfirmed secret (replacing an unconfirmed one). Refused while a
/// confirmed one exists.
pub async fn start_totp(db: &Db, user: UserId, secret: &str) -> Result<(), AppError> {
    if has_totp(db, user).await? {
        return Err(AppError::conflict("two-factor-on"));
    }
    sqlx::query(
        "INSERT INTO totp_secrets (user_id, secret, created_at) VALUES ($1, $2, $3) \
         ON CONFLICT (user_id) DO UPDATE SET secret = excluded.secret, \
         created_at = excluded.created_at, last_step = NULL",
    )
    .bind(user.to_string())
    .bind(secret)
    .bind(db.now_ms())
    .execute(db.pool())
    .await
    .map_err(DbError::from)?;
    Ok(())
}

/// The secret and its last used step: the unconfirmed one when `confirmed` is false.
pub async fn secret(
    db: &Db,
    user: UserId,
    confirmed: bool,
) -> Result<Option<(String, Option<i64>)>, DbError> {
    let condition = if confirmed { "IS NOT NULL" } else { "IS NULL" };
    Ok(sqlx::query_as(&format!(
        "SELECT secret, last_step FROM totp_secrets WHERE user_id = $1 AND confirmed_at {condition}"
    ))
    .bind(user.to_string())
    .fetch_optional(db.pool())
    .await?)
}

/// Marks `step` used if it is later than the last used one; false for a replay.
pub async fn use_step(db: &Db, user: UserId, step: i64) -> Result<bool, DbError> {
    let updated = sqlx::query(
        "UPDATE totp_secrets SET last_step = $1 WHERE user_id = $2 \
         AND (last_step IS NULL OR last_step < $1)",
    )
    .bind(step)
    .bind(user.to_string())
    .execute(db.pool())
    .await?;
    Ok(updated.rows_affected() == 1)
}

/// Confirms the secret (its first code matched at `step`) and, when given (the first method
/// of the account), stores fresh backup codes, in one transaction.
pub async fn confirm(
    db: &Db,
    user: UserId,
    step: i64,
    codes: Option<&[(String, String)]>,
) -> Result<(), AppError> {
    let mut tx = db.begin().await?;
    let updated = sqlx::query(
        "UPDATE totp_secrets SET confirmed_at = $1, last_step = $2 WHERE user_id = $3 \
         AND confirmed_at IS NULL",
    )
    .bind(db.now_ms())
    .bind(step)
    .bind(user.to_string())
    .execute(&mut *tx)
    .await
    .map_err(DbError::from)?;
    if updated.rows_affected() != 1 {
        return Err(AppError::conflict("two-factor-on"));
    }
    if let Some(codes) = codes {
        replace_codes(&mut tx, user, codes).await?;
    }
    tx.commit().await?;
    Ok(())
}

async fn replace_codes(
    tx: &mut Tx,
    user: UserId,
    codes: &[(String, String)],
) -> Result<(), DbError> {
    sqlx::query("DELETE FROM backup_codes WHERE user_id = $1")
        .bind(user.to_string())
        .execute(&mut **tx)
        .await?;
    let now = tx.now_ms();
    for (salt, hash) in codes {
        sqlx::query(
            "INSERT INTO backup_codes (id, user_id, salt, code_hash, created_at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(new_uuid().to_string())
        .bind(user.to_string())
        .bind(salt)
        .bind(hash)
        .bind(now)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// Replaces every backup code (the old ones stop working).
pub async fn regenerate_codes(
    db: &Db,
    user: UserId,
    codes: &[(String, String)],
) -> Result<(), DbError> {
    let mut tx = db.begin().await?;
    replace_codes(&mut tx, user, codes).await?;
    tx.commit().await?;
    Ok(())
}

/// Unused backup codes: `(id, salt, hash)`.
pub async fn unused_codes(db: &Db, user: UserId) -> Result<Vec<(String, String, String)>, DbError> {
    Ok(sqlx::query_as(
        "SELECT id, salt, code_hash FROM backup_codes WHERE user_id = $1 AND used_at IS NULL",
    )
    .bind(user.to_string())
    .fetch_all(db.pool())
    .await?)
}

/// Marks a backup code used; false if it was used meanwhile.
pub async fn use_code(db: &Db, id: &str) -> Result<bool, DbError> {
    let updated =
        sqlx::query("UPDATE backup_codes SET used_at = $1 WHERE id = $2 AND used_at IS NULL")
            .bind(db.now_ms())
            .bind(id)
            .execute(db.pool())
            .await?;
    Ok(updated.rows_affected() == 1)
}

/// Turns the second factor off: every method (app, phone, security keys) and the backup
/// codes go.
pub async fn disable(db: &Db, user: UserId) -> Result<(), DbError> {
    let mut tx = db.begin().await?;
    for table in [
        "totp_secrets",
        "sms_factors",
        "security_keys",
        "backup_codes",
    ] {
        sqlx::query(&format!("DELETE FROM {table} WHERE user_id = $1"))
            .bind(user.to_string())
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// A sign-in that passed the password and waits for its second factor.
pub async fn create_pending(
    tx: &mut Tx,
    token_hash: &str,
    user: UserId,
    persistent: bool,
) -> Result<(), DbError> {
    sqlx::query(
        "INSERT INTO pending_logins (token_hash, user_id, persistent, expires_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(token_hash)
    .bind(user.to_string())
    .bind(i64::from(persistent))
    .bind(tx.now_ms() + PENDING_LOGIN_MS)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The waiting sign-in behind a token, if it has not expired: `(user, persistent)`.
pub async fn pending(db: &Db, token_hash: &str) -> Result<Option<(UserId, bool)>, DbError> {
    let row: Option<(String, i64)> = sqlx::query_as(
        "SELECT user_id, persistent FROM pending_logins WHERE token_hash = $1 AND expires_at > $2",
    )
    .bind(token_hash)
    .bind(db.now_ms())
    .fetch_optional(db.pool())
    .await?;
    row.map(|(user, persistent)| Ok((parse_id(&user)?, persistent == 1)))
        .transpose()
}

/// Ends the waiting sign-in behind `token_hash` if it is still live; false if it expired or
/// another request finished it first (expired ones are left to the pruning job).
pub async fn finish_pending(tx: &mut Tx, token_hash: &str) -> Result<bool, DbError> {
    let deleted =
        sqlx::query("DELETE FROM pending_logins WHERE token_hash = $1 AND expires_at > $2")
            .bind(token_hash)
            .bind(tx.now_ms())
            .execute(&mut **tx)
            .await?;
    Ok(deleted.rows_affected() == 1)
}
