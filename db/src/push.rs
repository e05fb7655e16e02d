//! Push approval: a sign-in waiting for its second factor asks the user's signed-in
//! sessions to approve it. Every instance reads the same rows, so the prompt reaches a
//! session whichever server it is connected to.

use crate::security_events::Origin;
use crate::{new_uuid, Db, DbError, Tx};
use domain::dto::PushRequest;
use domain::UserId;

/// A request can be approved this long.
pub const PUSH_TTL_MS: i64 = 2 * 60 * 1000;

/// Asks for approval of the sign-in behind `pending_hash` (an earlier request of the same
/// sign-in is withdrawn). Returns the request's id.
pub async fn create(
    db: &Db,
    user: UserId,
    pending_hash: &str,
    origin: &Origin,
) -> Result<String, DbError> {
    let id = new_uuid().to_string();
    let now = db.now_ms();
    let mut tx = db.begin().await?;
    sqlx::query("DELETE FROM push_approvals WHERE pending_hash = $1 OR expires_at < $2")
        .bind(pending_hash)
        .bind(now - PUSH_TTL_MS)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO push_approvals (id, user_id, pending_hash, ip, user_agent, status, \
         created_at, expires_at) VALUES ($1, $2, $3, $4, $5, 'waiting', $6, $7)",
    )
    .bind(&id)
    .bind(user.to_string())
    .bind(pending_hash)
    .bind(&origin.ip)
    .bind(&origin.user_agent)
    .bind(now)
    .bind(now + PUSH_TTL_MS)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// The user's requests still waiting for an answer, newest first.
pub async fn waiting(db: &Db, user: UserId) -> Result<Vec<PushRequest>, DbError> {
    let rows: Vec<(String, i64, String, String)> = sqlx::query_as(
        "SELECT id, created_at, ip, user_agent FROM push_approvals WHERE user_id = $1 \
         AND status = 'waiting' AND expires_at > $2 ORDER BY created_at DESC",
    )
    .bind(user.to_string())
    .bind(db.now_ms())
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, at, ip, user_agent)| PushRequest {
            id,
            at,
            device: domain::device::describe(&user_agent),
            place: domain::device::place(&ip),
        })
        .collect())
}

/// Approves or denies a waiting request of `user`; false if it is not (or no longer) waiting.
pub async fn decide(db: &Db, user: UserId, id: &str, approve: bool) -> Result<bool, DbError> {
    let now = db.now_ms();
    let updated = sqlx::query(
        "UPDATE push_approvals SET status = $1, decided_at = $2 WHERE id = $3 AND user_id = $4 \
         AND status = 'waiting' AND expires_at > $2",
    )
    .bind(if approve { "approved" } else { "denied" })
    .bind(now)
    .bind(id)
    .bind(user.to_string())
    .execute(db.pool())
    .await?;
    Ok(updated.rows_affected() == 1)
}

/// Where the request `id` of the sign-in `pending_hash` stands: `waiting`, `approved`,
/// `denied`, `expired`, or `None` if there is no such request.
pub async fn status(db: &Db, pending_hash: &str, id: &str) -> Result<Option<String>, DbError> {
    let row: Option<(String, i64)> = sqlx::query_as(
        "SELECT status, expires_at FROM push_approvals WHERE id = $1 AND pending_hash = $2",
    )
    .bind(id)
    .bind(pending_hash)
    .fetch_optional(db.pool())
    .await?;
    Ok(row.map(|(status, expires_at)| {
        if status == "waiting" && expires_at <= db.now_ms() {
            "expired".to_owned()
        } else {
            status
        }
    }))
}

/// Uses an approval for its sign-in (once): true if it was approved and not used yet.
pub async fn consume(tx: &mut Tx, pending_hash: &str, id: &str) -> Result<bool, DbError> {
    let updated = sqlx::query(
        "UPDATE push_approvals SET status = 'used' WHERE id = $1 AND pending_hash = $2 \
         AND status = 'approved'",
    )
    .bind(id)
    .bind(pending_hash)
    .execute(&mut **tx)
    .await?;
    Ok(updated.rows_affected() == 1)
}
