//! What the `prune-expired` job forgets: rows whose time is over and that nothing reads any
//! more. Each function is idempotent (a second run deletes nothing) and takes the job's
//! [`SystemScope`], so no member's request can call it.

use crate::sessions::{BROWSER_SESSION, KEPT_SESSION};
use crate::{Db, DbError, SystemScope};

const DAY: i64 = 86_400_000;
/// Expired sign-in approval requests stay a day, so a waiting browser still reads "expired".
const PUSH_KEPT_MS: i64 = DAY;
/// Delivered messages stay a month for `mandant outbox`; undeliverable ones a quarter.
const SENT_KEPT_MS: i64 = 30 * DAY;
const FAILED_KEPT_MS: i64 = 90 * DAY;
/// Invitations that nobody accepted stay listed as expired for a quarter.
const INVITATION_KEPT_MS: i64 = 90 * DAY;

/// Rows removed per table, in the order pruned.
pub type Pruned = Vec<(&'static str, u64)>;

/// Deletes every expired row; returns how many per table.
pub async fn prune_expired(db: &Db, scope: &SystemScope) -> Result<Pruned, DbError> {
    let now = db.now_ms();
    let statements: [(&'static str, &'static str, Vec<i64>); 9] = [
        (
            "sessions",
            "DELETE FROM sessions WHERE absolute_expires_at <= $1 \
             OR (persistent = 1 AND last_seen_at <= $2) OR (persistent = 0 AND last_seen_at <= $3)",
            vec![
                now,
                now - KEPT_SESSION.idle_ms,
                now - BROWSER_SESSION.idle_ms,
            ],
        ),
        (
            "pending_logins",
            "DELETE FROM pending_logins WHERE expires_at <= $1",
            vec![now],
        ),
        (
            "webauthn_ceremonies",
            "DELETE FROM webauthn_ceremonies WHERE expires_at <= $1",
            vec![now],
        ),
        (
            "password_resets",
            "DELETE FROM password_resets WHERE expires_at <= $1 OR used_at IS NOT NULL",
            vec![now],
        ),
        (
            "sms_codes",
            "DELETE FROM sms_codes WHERE expires_at <= $1 OR used_at IS NOT NULL",
            vec![now],
        ),
        (
            "push_approvals",
            "DELETE FROM push_approvals WHERE expires_at <= $1",
            vec![now - PUSH_KEPT_MS],
        ),
        (
            "mail_outbox",
            "DELETE FROM mail_outbox WHERE (status = 'sent' AND sent_at <= $1) \
             OR (status = 'failed' AND created_at <= $2)",
            vec![now - SENT_KEPT_MS, now - FAILED_KEPT_MS],
        ),
        (
            "invitations",
            "DELETE FROM invitations WHERE accepted_at IS NULL AND expires_at <= $1",
            vec![now - INVITATION_KEPT_MS],
        ),
        (
            "legal_rep_transfers",
            "DELETE FROM legal_rep_transfers WHERE accepted_at IS NULL AND expires_at <= $1",
            vec![now - INVITATION_KEPT_MS],
        ),
    ];
    let mut pruned = Vec::with_capacity(statements.len() + 1);
    for (table, sql, binds) in statements {
        let mut query = sqlx::query(sql);
        for value in binds {
            query = query.bind(value);
        }
        pruned.push((table, query.execute(db.pool()).await?.rows_affected()));
    }
    pruned.push(("login_throttle", crate::throttle::prune(db, scope).await?));
    Ok(pruned)
}
