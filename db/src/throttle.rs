//! Login attempt counting, per account and per source address, in hourly windows. An attempt
//! is counted *before* its password is checked, with one atomic upsert that returns the new
//! count, so parallel guesses cannot slip past the limit while they are being hashed; a
//! successful login takes its own attempt back, so only failures stay counted.

use crate::{Db, DbError, Tx};

pub const WINDOW_MS: i64 = 3_600_000;

/// The start of the hourly window `now` falls in.
pub fn window_of(now: i64) -> i64 {
    now - now.rem_euclid(WINDOW_MS)
}

/// Counts one attempt for `key` and returns the attempts in the current window, this one
/// included.
pub async fn count_attempt(db: &Db, key: &str, now: i64) -> Result<i64, DbError> {
    let counts = count_attempts(db, &[key], now).await?;
    Ok(counts.first().copied().unwrap_or_default())
}

/// Counts one attempt for each of `keys` in one commit (a sign-in counts its account and its
/// address) and returns their counts in the same order.
pub async fn count_attempts(db: &Db, keys: &[&str], now: i64) -> Result<Vec<i64>, DbError> {
    let mut tx = db.begin().await?;
    let mut counts = Vec::with_capacity(keys.len());
    for key in keys {
        counts.push(
            sqlx::query_scalar(
                "INSERT INTO login_throttle (throttle_key, window_start, attempts) VALUES ($1, $2, 1) \
                 ON CONFLICT (throttle_key, window_start) \
                 DO UPDATE SET attempts = login_throttle.attempts + 1 RETURNING attempts",
            )
            .bind(*key)
            .bind(window_of(now))
            .fetch_one(&mut *tx)
            .await?,
        );
    }
    tx.commit().await?;
    Ok(counts)
}

/// Takes back an attempt that turned out to succeed.
pub async fn forgive_attempt(db: &Db, key: &str, now: i64) -> Result<(), DbError> {
    let mut tx = db.begin().await?;
    forgive_attempt_in(&mut tx, key, now).await?;
    tx.commit().await
}

/// [`forgive_attempt`] as part of the use case that succeeded (a sign-in).
pub async fn forgive_attempt_in(tx: &mut Tx, key: &str, now: i64) -> Result<(), DbError> {
    sqlx::query(
        "UPDATE login_throttle SET attempts = attempts - 1 \
         WHERE throttle_key = $1 AND window_start = $2 AND attempts > 0",
    )
    .bind(key)
    .bind(window_of(now))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Attempts counted for `key` in the current window.
pub async fn attempts(db: &Db, key: &str) -> Result<i64, DbError> {
    let n: Option<i64> = sqlx::query_scalar(
        "SELECT attempts FROM login_throttle WHERE throttle_key = $1 AND window_start = $2",
    )
    .bind(key)
    .bind(window_of(db.now_ms()))
    .fetch_optional(db.pool())
    .await?;
    Ok(n.unwrap_or(0))
}

/// Forgets windows older than the current one (the `prune-expired` job).
pub async fn prune(db: &Db, _scope: &crate::SystemScope) -> Result<u64, DbError> {
    let done = sqlx::query("DELETE FROM login_throttle WHERE window_start < $1")
        .bind(window_of(db.now_ms()))
        .execute(db.pool())
        .await?;
    Ok(done.rows_affected())
}
