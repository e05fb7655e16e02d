//! Security events of an account (Recent activity), each with a short code that its security
//! mail repeats.

use crate::{new_uuid, now_ms, Db, DbError};
use domain::dto::SecurityEvent;
use domain::UserId;

/// Where and from what a request came.
#[derive(Clone, Debug, Default)]
pub struct Origin {
    pub ip: String,
    pub user_agent: String,
}

/// Records an event and returns its code.
pub async fn record(
    db: &Db,
    user: UserId,
    kind: &str,
    origin: &Origin,
    code: &str,
) -> Result<(), DbError> {
    sqlx::query(
        "INSERT INTO security_events (id, user_id, kind, at, ip, user_agent, code) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(new_uuid().to_string())
    .bind(user.to_string())
    .bind(kind)
    .bind(now_ms())
    .bind(&origin.ip)
    .bind(&origin.user_agent)
    .bind(code)
    .execute(db.pool())
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
pub async fn is_new_device(db: &Db, user: UserId, device_hash: &str) -> Result<bool, DbError> {
    let inserted = sqlx::query(
        "INSERT INTO known_devices (user_id, device_hash, first_seen) VALUES ($1, $2, $3) \
         ON CONFLICT DO NOTHING",
    )
    .bind(user.to_string())
    .bind(device_hash)
    .bind(now_ms())
    .execute(db.pool())
    .await?;
    Ok(inserted.rows_affected() == 1)
}
