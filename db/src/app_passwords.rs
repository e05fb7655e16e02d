//! App passwords: named, shown once, stored hashed, listed with their last use, revocable.

use crate::users::parse_id;
use crate::{new_uuid, Db, DbError};
use domain::dto::AppPasswordRow;
use domain::{AppError, UserId};

/// At most this many per account.
pub const MAX_PER_USER: i64 = 50;

pub async fn create(db: &Db, user: UserId, name: &str, secret_hash: &str) -> Result<(), AppError> {
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM app_passwords WHERE user_id = $1")
        .bind(user.to_string())
        .fetch_one(db.pool())
        .await
        .map_err(DbError::from)?;
    if count >= MAX_PER_USER {
        return Err(AppError::conflict("too-many-app-passwords"));
    }
    sqlx::query(
        "INSERT INTO app_passwords (id, user_id, name, secret_hash, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(new_uuid().to_string())
    .bind(user.to_string())
    .bind(name)
    .bind(secret_hash)
    .bind(db.now_ms())
    .execute(db.pool())
    .await
    .map_err(DbError::from)?;
    Ok(())
}

pub async fn list(db: &Db, user: UserId) -> Result<Vec<AppPasswordRow>, DbError> {
    let rows: Vec<(String, String, i64, Option<i64>)> = sqlx::query_as(
        "SELECT id, name, created_at, last_used_at FROM app_passwords WHERE user_id = $1 \
         ORDER BY created_at DESC, id",
    )
    .bind(user.to_string())
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, name, created_at, last_used_at)| AppPasswordRow {
            id,
            name,
            created_at,
            last_used_at,
        })
        .collect())
}

pub async fn revoke(db: &Db, user: UserId, id: &str) -> Result<(), AppError> {
    crate::delete_owned(db, crate::OwnedRows::AppPasswords, user, id).await
}

/// The user whose app password has this hash (for `email`), recording the use.
pub async fn authenticate(
    db: &Db,
    email: &str,
    secret_hash: &str,
) -> Result<Option<UserId>, DbError> {
    let user: Option<String> = sqlx::query_scalar(
        "SELECT a.user_id FROM app_passwords a JOIN users u ON u.id = a.user_id \
         WHERE a.secret_hash = $1 AND u.email = $2",
    )
    .bind(secret_hash)
    .bind(email)
    .fetch_optional(db.pool())
    .await?;
    let Some(user) = user else { return Ok(None) };
    sqlx::query("UPDATE app_passwords SET last_used_at = $1 WHERE secret_hash = $2")
        .bind(db.now_ms())
        .bind(secret_hash)
        .execute(db.pool())
        .await?;
    Ok(Some(parse_id(&user)?))
}

/// Removes every app password of a user (turning two-factor off, "this wasn't me").
pub async fn revoke_all(db: &Db, user: UserId) -> Result<(), DbError> {
    sqlx::query("DELETE FROM app_passwords WHERE user_id = $1")
        .bind(user.to_string())
        .execute(db.pool())
        .await?;
    Ok(())
}
