//! Security events of an account (Recent activity), each with a short code that its security
//! mail repeats.

use crate::{new_uuid, Db, DbError, Tx};
use domain::dto::SecurityEvent;
use domain::UserId;

/// Where and from what a request came.
#[derive(Clone, Debug, Default)]
pub struct Origin {
    pub ip: String,
    pub user_agent: String,
}

/// One event to record.
pub struct NewEvent<'a> {
    pub kind: &'a str,
    pub code: &'a str,
    /// The hash of the "this wasn't me" link of its mail.
    pub disavow_hash: Option<&'a str>,
    /// What undoing it needs (the previous login address).
    pub detail: Option<&'a str>,
}

/// Records an event.
pub async fn record(
    tx: &mut crate::Tx,
    user: UserId,
    origin: &Origin,
    event: NewEvent<'_>,
) -> Result<(), DbError> {
    let NewEvent {
        kind,
        code,
        disavow_hash,
        detail,
    } = event;
    sqlx::query(
        "INSERT INTO security_events (id, user_id, kind, at, ip, user_agent, code, disavow_hash, \
         detail) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(new_uuid().to_string())
    .bind(user.to_string())
    .bind(kind)
    .bind(tx.now_ms())
    .bind(&origin.ip)
    .bind(&origin.user_agent)
    .bind(code)
    .bind(disavow_hash)
    .bind(detail)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Links stay usable this long after their mail.
pub const DISAVOW_VALID_MS: i64 = 30 * 24 * 60 * 60 * 1000;

/// A disavowed event: the account it secures, and what the event was.
pub struct Disavowed {
    pub user: UserId,
    pub kind: String,
    pub detail: Option<String>,
}

/// Uses a "this wasn't me" link (it is used up).
pub async fn use_disavow(tx: &mut crate::Tx, hash: &str) -> Result<Option<Disavowed>, DbError> {
    let row: Option<(String, String, Option<String>)> = sqlx::query_as(
        "UPDATE security_events SET disavow_hash = NULL WHERE disavow_hash = $1 AND at > $2 \
         RETURNING user_id, kind, detail",
    )
    .bind(hash)
    .bind(tx.now_ms() - DISAVOW_VALID_MS)
    .fetch_optional(&mut **tx)
    .await?;
    row.map(|(user, kind, detail)| {
        Ok(Disavowed {
            user: crate::users::parse_id(&user)?,
            kind,
            detail,
        })
    })
    .transpose()
}

/// Ends everything that keeps the account open: sessions, sign-ins waiting for a second
/// factor, app passwords, reset links; the password is replaced by `unusable_hash`.
pub async fn lock_down(
    tx: &mut crate::Tx,
    user: UserId,
    unusable_hash: &str,
) -> Result<(), DbError> {
    for statement in [
        "DELETE FROM sessions WHERE user_id = $1",
        "DELETE FROM pending_logins WHERE user_id = $1",
        "DELETE FROM app_passwords WHERE user_id = $1",
        "DELETE FROM password_resets WHERE user_id = $1",
    ] {
        sqlx::query(statement)
            .bind(user.to_string())
            .execute(&mut **tx)
            .await?;
    }
    sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
        .bind(unusable_hash)
        .bind(user.to_string())
        .execute(&mut **tx)
        .await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct Row {
    kind: String,
    at: i64,
    ip: String,
    user_agent: String,
    code: String,
}

/// The user's newest events (at most `limit`).
pub async fn recent(db: &Db, user: UserId, limit: i64) -> Result<Vec<SecurityEvent>, DbError> {
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT kind, at, ip, user_agent, code FROM security_events WHERE user_id = $1 \
         ORDER BY at DESC, id DESC LIMIT $2",
    )
    .bind(user.to_string())
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| SecurityEvent {
            kind: r.kind,
            at: r.at,
            device: domain::device::describe(&r.user_agent),
            place: domain::device::place(&r.ip),
            code: r.code,
        })
        .collect())
}

/// Whether `user` has signed in from this device before; remembers it if not.
pub async fn is_new_device(tx: &mut Tx, user: UserId, device_hash: &str) -> Result<bool, DbError> {
    let inserted = sqlx::query(
        "INSERT INTO known_devices (user_id, device_hash, first_seen) VALUES ($1, $2, $3) \
         ON CONFLICT DO NOTHING",
    )
    .bind(user.to_string())
    .bind(device_hash)
    .bind(tx.now_ms())
    .execute(&mut **tx)
    .await?;
    Ok(inserted.rows_affected() == 1)
}
