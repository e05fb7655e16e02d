//! Server-side login sessions. The browser holds a random token; only its SHA-256 hash is
//! stored, so a leaked database cannot be replayed as cookies.

use crate::users::UserRecord;
use crate::{users, Db, DbError, Tx};
use domain::UserId;

/// How long sessions live without use (idle) and at most (absolute), in milliseconds.
#[derive(Clone, Copy, Debug)]
pub struct Lifetimes {
    pub idle_ms: i64,
    pub absolute_ms: i64,
}

const HOUR: i64 = 3_600_000;
const DAY: i64 = 24 * HOUR;

/// Without "keep me signed in": the cookie ends with the browser, the server forgets the
/// session after 2 hours idle or 12 hours in all.
pub const BROWSER_SESSION: Lifetimes = Lifetimes {
    idle_ms: 2 * HOUR,
    absolute_ms: 12 * HOUR,
};

/// With "keep me signed in": 14 days idle, 30 days in all.
pub const KEPT_SESSION: Lifetimes = Lifetimes {
    idle_ms: 14 * DAY,
    absolute_ms: 30 * DAY,
};

pub fn lifetimes(persistent: bool) -> Lifetimes {
    if persistent {
        KEPT_SESSION
    } else {
        BROWSER_SESSION
    }
}

/// Last-use updates are skipped when the previous one is this recent (fewer writes).
const TOUCH_EVERY_MS: i64 = 60_000;

pub async fn create(
    tx: &mut Tx,
    token_hash: &str,
    user: UserId,
    persistent: bool,
    origin: &crate::security_events::Origin,
) -> Result<(), DbError> {
    let now = tx.now_ms();
    sqlx::query(
        "INSERT INTO sessions (token_hash, public_id, user_id, persistent, user_agent, ip, \
         created_at, last_seen_at, absolute_expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8)",
    )
    .bind(token_hash)
    .bind(crate::new_uuid().simple().to_string())
    .bind(user.to_string())
    .bind(i64::from(persistent))
    .bind(&origin.user_agent)
    .bind(&origin.ip)
    .bind(now)
    .bind(now + lifetimes(persistent).absolute_ms)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct ListedRow {
    token_hash: String,
    public_id: String,
    persistent: i64,
    user_agent: String,
    ip: String,
    created_at: i64,
    last_seen_at: i64,
    absolute_expires_at: i64,
}

/// The user's live sessions, most recently used first; `current` marks the caller's.
pub async fn list_for_user(
    db: &Db,
    user: UserId,
    current_hash: &str,
) -> Result<Vec<domain::dto::SessionInfo>, DbError> {
    let rows: Vec<ListedRow> = sqlx::query_as(
        "SELECT token_hash, public_id, persistent, user_agent, ip, created_at, last_seen_at, \
         absolute_expires_at FROM sessions WHERE user_id = $1 ORDER BY last_seen_at DESC",
    )
    .bind(user.to_string())
    .fetch_all(db.pool())
    .await?;
    let now = db.now_ms();
    Ok(rows
        .into_iter()
        .filter(|r| {
            now < r.absolute_expires_at
                && now < r.last_seen_at + lifetimes(r.persistent == 1).idle_ms
        })
        .map(|r| domain::dto::SessionInfo {
            current: r.token_hash == current_hash,
            id: r.public_id,
            device: domain::device::describe(&r.user_agent),
            place: domain::device::place(&r.ip),
            created_at: r.created_at,
            last_seen_at: r.last_seen_at,
            persistent: r.persistent == 1,
        })
        .collect())
}

/// Ends one of the user's sessions by its public id; another user's id is not found.
pub async fn revoke(db: &Db, user: UserId, public_id: &str) -> Result<(), domain::AppError> {
    let deleted = sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND public_id = $2")
        .bind(user.to_string())
        .bind(public_id)
        .execute(db.pool())
        .await
        .map_err(DbError::from)?;
    crate::one_row(deleted.rows_affected())
}

/// Ends every session of the user except the caller's; returns how many ended.
pub async fn revoke_others(
    tx: &mut crate::Tx,
    user: UserId,
    current_hash: &str,
) -> Result<u64, DbError> {
    let deleted = sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2")
        .bind(user.to_string())
        .bind(current_hash)
        .execute(&mut **tx)
        .await?;
    Ok(deleted.rows_affected())
}

/// A session with its user, read in one query: every request resolves one.
#[derive(sqlx::FromRow)]
struct SessionRow {
    persistent: i64,
    last_seen_at: i64,
    absolute_expires_at: i64,
    #[sqlx(flatten)]
    user: users::UserRow,
}

/// A live session and its user.
#[derive(Clone, Debug)]
pub struct ActiveSession {
    pub token_hash: String,
    pub persistent: bool,
    pub user: UserRecord,
}

/// Resolves a token hash to its session if it has neither idled out nor reached its absolute
/// end; an expired session is deleted on sight.
pub async fn resolve(db: &Db, token_hash: &str) -> Result<Option<ActiveSession>, DbError> {
    let row: Option<SessionRow> = sqlx::query_as(
        "SELECT s.persistent, s.last_seen_at, s.absolute_expires_at, u.id, u.email, u.name, \
         u.password_hash, u.lang, u.country, u.time_zone, u.last_org_id, u.temporary_login \
         FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1",
    )
    .bind(token_hash)
    .fetch_optional(db.pool())
    .await?;
    let Some(row) = row else { return Ok(None) };
    let now = db.now_ms();
    let idle_end = row.last_seen_at + lifetimes(row.persistent == 1).idle_ms;
    if now >= idle_end || now >= row.absolute_expires_at {
        delete(db, token_hash).await?;
        return Ok(None);
    }
    // Written at most once a minute, so most requests cost this one read.
    if now - row.last_seen_at > TOUCH_EVERY_MS {
        sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2")
            .bind(now)
            .bind(token_hash)
            .execute(db.pool())
            .await?;
    }
    Ok(Some(ActiveSession {
        token_hash: token_hash.to_owned(),
        persistent: row.persistent == 1,
        user: UserRecord::try_from(row.user)?,
    }))
}

pub async fn delete(db: &Db, token_hash: &str) -> Result<(), DbError> {
    let mut tx = db.begin().await?;
    delete_in(&mut tx, token_hash).await?;
    tx.commit().await
}

/// [`delete`] in a use case's transaction (a sign-in replacing the browser's session).
pub async fn delete_in(tx: &mut Tx, token_hash: &str) -> Result<(), DbError> {
    sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
        .bind(token_hash)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Number of stored sessions of a user (logout must leave none behind).
pub async fn count_for_user(db: &Db, user: UserId) -> Result<i64, DbError> {
    Ok(
        sqlx::query_scalar("SELECT COUNT(*) FROM sessions WHERE user_id = $1")
            .bind(user.to_string())
            .fetch_one(db.pool())
            .await?,
    )
}

/// Number of sessions of a user that are still live (neither idled out nor past their end).
pub async fn count_live(db: &Db, user: UserId) -> Result<i64, DbError> {
    let now = db.now_ms();
    Ok(sqlx::query_scalar(
        "SELECT COUNT(*) FROM sessions WHERE user_id = $1 AND absolute_expires_at > $2 \
         AND last_seen_at > $2 - CASE WHEN persistent = 1 THEN $3 ELSE $4 END",
    )
    .bind(user.to_string())
    .bind(now)
    .bind(lifetimes(true).idle_ms)
    .bind(lifetimes(false).idle_ms)
    .fetch_one(db.pool())
    .await?)
}

/// Whether the session still exists, without counting this as activity (for long-lived
/// connections such as the event stream).
pub async fn exists(db: &Db, token_hash: &str) -> Result<bool, DbError> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sessions WHERE token_hash = $1")
        .bind(token_hash)
        .fetch_one(db.pool())
        .await?;
    Ok(n > 0)
}
