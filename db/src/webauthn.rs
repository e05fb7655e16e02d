//! Security keys and passkeys (WebAuthn): the registered credentials of an account and the
//! ceremonies in flight. The credentials are stored as webauthn-rs serialized them; this
//! module never looks inside, it only keeps them with the user, a name and their uses.

use crate::users::parse_id;
use crate::{new_uuid, Db, DbError};
use domain::dto::SecurityKeyRow;
use domain::{AppError, UserId};

/// At most this many keys per account.
pub const MAX_PER_USER: i64 = 20;

/// A ceremony must be finished within this time (the authenticator's own timeout is 5 min).
pub const CEREMONY_MS: i64 = 6 * 60 * 1000;

/// The caller's keys, oldest first.
pub async fn list(db: &Db, user: UserId) -> Result<Vec<SecurityKeyRow>, DbError> {
    let rows: Vec<(String, String, i64, Option<i64>)> = sqlx::query_as(
        "SELECT id, name, created_at, last_used_at FROM security_keys WHERE user_id = $1 \
         ORDER BY created_at, id",
    )
    .bind(user.to_string())
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, name, created_at, last_used_at)| SecurityKeyRow {
            id,
            name,
            created_at,
            last_used_at,
        })
        .collect())
}

/// The serialized credentials of the user's keys.
pub async fn passkeys(db: &Db, user: UserId) -> Result<Vec<String>, DbError> {
    Ok(
        sqlx::query_scalar("SELECT passkey FROM security_keys WHERE user_id = $1")
            .bind(user.to_string())
            .fetch_all(db.pool())
            .await?,
    )
}

/// Whether the user has at least one key.
pub async fn any(db: &Db, user: UserId) -> Result<bool, DbError> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM security_keys WHERE user_id = $1")
        .bind(user.to_string())
        .fetch_one(db.pool())
        .await?;
    Ok(n > 0)
}

/// Stores a newly registered key. A credential registered before (to any account) is
/// refused, as the WebAuthn specification asks.
pub async fn add(
    db: &Db,
    user: UserId,
    name: &str,
    passkey: &str,
    credential_id: &str,
) -> Result<(), AppError> {
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM security_keys WHERE user_id = $1")
        .bind(user.to_string())
        .fetch_one(db.pool())
        .await
        .map_err(DbError::from)?;
    if count >= MAX_PER_USER {
        return Err(AppError::conflict("too-many-security-keys"));
    }
    let inserted = sqlx::query(
        "INSERT INTO security_keys (id, user_id, name, passkey, credential_id, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(new_uuid().to_string())
    .bind(user.to_string())
    .bind(name)
    .bind(passkey)
    .bind(credential_id)
    .bind(db.now_ms())
    .execute(db.pool())
    .await
    .map_err(DbError::from);
    match inserted {
        Ok(_) => Ok(()),
        // The only unique key besides the fresh id.
        Err(e) if e.is_unique_violation() => {
            Err(AppError::field("credential", "security-key-refused"))
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn rename(db: &Db, user: UserId, id: &str, name: &str) -> Result<(), AppError> {
    let updated = sqlx::query("UPDATE security_keys SET name = $1 WHERE id = $2 AND user_id = $3")
        .bind(name)
        .bind(id)
        .bind(user.to_string())
        .execute(db.pool())
        .await
        .map_err(DbError::from)?;
    crate::one_row(updated.rows_affected())
}

/// The name of one of the user's keys (`NotFound` for anyone else's).
pub async fn name(db: &Db, user: UserId, id: &str) -> Result<String, AppError> {
    let name: Option<String> =
        sqlx::query_scalar("SELECT name FROM security_keys WHERE id = $1 AND user_id = $2")
            .bind(id)
            .bind(user.to_string())
            .fetch_optional(db.pool())
            .await
            .map_err(DbError::from)?;
    name.ok_or(AppError::NotFound)
}

pub async fn remove(db: &Db, user: UserId, id: &str) -> Result<(), AppError> {
    crate::delete_owned(db, crate::OwnedRows::SecurityKeys, user, id).await
}

/// After a successful sign-in with the key: its updated credential (signature counter) and
/// the time of use.
pub async fn record_use(
    db: &Db,
    user: UserId,
    credential_id: &str,
    passkey: Option<&str>,
) -> Result<(), DbError> {
    sqlx::query(
        "UPDATE security_keys SET passkey = COALESCE($1, passkey), last_used_at = $2 \
         WHERE credential_id = $3 AND user_id = $4",
    )
    .bind(passkey)
    .bind(db.now_ms())
    .bind(credential_id)
    .bind(user.to_string())
    .execute(db.pool())
    .await?;
    Ok(())
}

/// Keeps a ceremony's state under `owner` (`register:<user>` or `sign-in:<token hash>`),
/// replacing an earlier unfinished one of the same owner.
pub async fn save_ceremony(db: &Db, owner: &str, user: UserId, state: &str) -> Result<(), DbError> {
    let now = db.now_ms();
    sqlx::query("DELETE FROM webauthn_ceremonies WHERE expires_at < $1")
        .bind(now)
        .execute(db.pool())
        .await?;
    sqlx::query(
        "INSERT INTO webauthn_ceremonies (owner, user_id, state, expires_at) \
         VALUES ($1, $2, $3, $4) ON CONFLICT (owner) DO UPDATE SET \
         user_id = excluded.user_id, state = excluded.state, expires_at = excluded.expires_at",
    )
    .bind(owner)
    .bind(user.to_string())
    .bind(state)
    .bind(now + CEREMONY_MS)
    .execute(db.pool())
    .await?;
    Ok(())
}

/// Takes a ceremony's state out (single use: of two concurrent finishes only one gets it),
/// if it has not expired: `(user, state)`.
pub async fn take_ceremony(db: &Db, owner: &str) -> Result<Option<(UserId, String)>, DbError> {
    let row: Option<(String, String)> = sqlx::query_as(
        "SELECT user_id, state FROM webauthn_ceremonies WHERE owner = $1 AND expires_at > $2",
    )
    .bind(owner)
    .bind(db.now_ms())
    .fetch_optional(db.pool())
    .await?;
    let Some((user, state)) = row else {
        return Ok(None);
    };
    let deleted = sqlx::query("DELETE FROM webauthn_ceremonies WHERE owner = $1 AND state = $2")
        .bind(owner)
        .bind(&state)
        .execute(db.pool())
        .await?;
    if deleted.rows_affected() != 1 {
        return Ok(None);
    }
    Ok(Some((parse_id(&user)?, state)))
}
