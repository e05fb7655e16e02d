//! The mail outbox. Writers queue rendered mails; the mailer claims due ones with a lease
//! (so several server instances never send the same mail twice), then marks each sent or
//! schedules a retry with exponential backoff.

use crate::{new_uuid, Db, DbError, SystemScope, Tx};
use uuid::Uuid;

/// After this many failed attempts a mail is given up (`failed`), for an operator to see.
pub const MAX_ATTEMPTS: i64 = 12;
const FIRST_RETRY_MS: i64 = 30_000;
const MAX_RETRY_MS: i64 = 3_600_000;

/// Delay before the next attempt after `attempts` failures: 30 s, 1 min, 2 min… at most 1 h.
pub fn retry_delay_ms(attempts: i64) -> i64 {
    let exponent = u32::try_from(attempts.saturating_sub(1).clamp(0, 20)).unwrap_or(20);
    FIRST_RETRY_MS
        .saturating_mul(1_i64 << exponent)
        .min(MAX_RETRY_MS)
}

pub struct NewMail<'a> {
    pub recipient: &'a str,
    pub lang: &'a str,
    /// What the mail is about (`test`, `invitation`, …), for operators and tests.
    pub kind: &'a str,
    pub subject: &'a str,
    pub body_text: &'a str,
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Mail {
    pub id: String,
    pub recipient: String,
    pub lang: String,
    pub kind: String,
    pub subject: String,
    pub body_text: String,
    pub status: String,
    pub attempts: i64,
    pub next_attempt_at: i64,
    pub last_error: Option<String>,
    pub created_at: i64,
    pub sent_at: Option<i64>,
    /// `mail`, or `sms` (then `recipient` is a phone number and `subject` is empty).
    pub channel: String,
    /// Files to send with it (read by [`attachments`]).
    #[sqlx(skip)]
    pub attachments: Vec<Attachment>,
}

/// A file sent with a mail.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct Attachment {
    pub file_name: String,
    pub content_type: String,
    pub bytes: Vec<u8>,
}

/// Adds `files` to the mail `mail` queued in the same transaction.
pub async fn attach(tx: &mut Tx, mail: Uuid, files: &[Attachment]) -> Result<(), DbError> {
    for (position, file) in files.iter().enumerate() {
        sqlx::query(
            "INSERT INTO mail_attachments (mail_id, position, file_name, content_type, bytes) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(mail.to_string())
        .bind(i64::try_from(position).unwrap_or(i64::MAX))
        .bind(&file.file_name)
        .bind(&file.content_type)
        .bind(&file.bytes)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// The files of mail `id`, in order.
pub async fn attachments(db: &Db, id: &str) -> Result<Vec<Attachment>, DbError> {
    Ok(sqlx::query_as(
        "SELECT file_name, content_type, bytes FROM mail_attachments WHERE mail_id = $1 \
         ORDER BY position",
    )
    .bind(id)
    .fetch_all(db.pool())
    .await?)
}

const SELECT_MAIL: &str =
    "SELECT id, recipient, lang, kind, subject, body_text, status, attempts, \
     next_attempt_at, last_error, created_at, sent_at, channel FROM mail_outbox";

pub async fn enqueue(db: &Db, mail: NewMail<'_>) -> Result<Uuid, DbError> {
    let mut tx = db.begin().await?;
    let id = enqueue_on(&mut tx, mail).await?;
    tx.commit().await?;
    Ok(id)
}

/// Queues a mail in a use case's transaction, so the mail exists exactly when
/// the change it announces is committed.
pub async fn enqueue_on(tx: &mut Tx, mail: NewMail<'_>) -> Result<Uuid, DbError> {
    #[cfg(any(test, feature = "testing"))]
    tx.db().mail_fail_point()?;
    let id = new_uuid();
    let now = tx.now_ms();
    sqlx::query(
        "INSERT INTO mail_outbox (id, recipient, lang, kind, subject, body_text, status, attempts, \
         next_attempt_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, 'pending', 0, $7, $7)",
    )
    .bind(id.to_string())
    .bind(mail.recipient)
    .bind(mail.lang)
    .bind(mail.kind)
    .bind(mail.subject)
    .bind(mail.body_text)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(id)
}

/// Queues a text message for `phone` (E.164); the SMS sender delivers it like mail.
pub async fn enqueue_sms(
    db: &Db,
    phone: &str,
    lang: &str,
    kind: &str,
    text: &str,
) -> Result<Uuid, DbError> {
    let mut conn = db.pool().acquire().await?;
    insert_sms(&mut conn, db.now_ms(), phone, lang, kind, text).await
}

/// [`enqueue_sms`] in a use case's transaction: sent only if the use case commits.
pub async fn enqueue_sms_on(
    tx: &mut Tx,
    phone: &str,
    lang: &str,
    kind: &str,
    text: &str,
) -> Result<Uuid, DbError> {
    let now = tx.now_ms();
    insert_sms(tx, now, phone, lang, kind, text).await
}

async fn insert_sms(
    conn: &mut sqlx::AnyConnection,
    now: i64,
    phone: &str,
    lang: &str,
    kind: &str,
    text: &str,
) -> Result<Uuid, DbError> {
    let id = new_uuid();
    sqlx::query(
        "INSERT INTO mail_outbox (id, recipient, lang, kind, subject, body_text, status, attempts, \
         next_attempt_at, created_at, channel) VALUES ($1, $2, $3, $4, '', $5, 'pending', 0, $6, $6, 'sms')",
    )
    .bind(id.to_string())
    .bind(phone)
    .bind(lang)
    .bind(kind)
    .bind(text)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(id)
}

/// Claims up to `limit` pending mails due at `now` for `lease_ms`. A mail claimed by one
/// caller is not returned to another until its lease ends.
pub async fn claim_due(
    db: &Db,
    scope: &SystemScope,
    now: i64,
    limit: i64,
    lease_ms: i64,
) -> Result<Vec<Mail>, DbError> {
    claim_due_on(db, scope, "mail", now, limit, lease_ms).await
}

/// [`claim_due`] for one channel (`mail` or `sms`).
pub async fn claim_due_on(
    db: &Db,
    _scope: &SystemScope,
    channel: &str,
    now: i64,
    limit: i64,
    lease_ms: i64,
) -> Result<Vec<Mail>, DbError> {
    let candidates: Vec<Mail> = sqlx::query_as(&format!(
        "{SELECT_MAIL} WHERE status = 'pending' AND next_attempt_at <= $1 AND channel = $3 \
         AND (claimed_until IS NULL OR claimed_until < $1) ORDER BY next_attempt_at, created_at LIMIT $2"
    ))
    .bind(now)
    .bind(limit)
    .bind(channel)
    .fetch_all(db.pool())
    .await?;
    let mut claimed = Vec::with_capacity(candidates.len());
    for mail in candidates {
        let won = sqlx::query(
            "UPDATE mail_outbox SET claimed_until = $1 WHERE id = $2 AND status = 'pending' \
             AND (claimed_until IS NULL OR claimed_until < $3)",
        )
        .bind(now + lease_ms)
        .bind(&mail.id)
        .bind(now)
        .execute(db.pool())
        .await?
        .rows_affected();
        if won == 1 {
            let attachments = attachments(db, &mail.id).await?;
            claimed.push(Mail {
                attachments,
                ..mail
            });
        }
    }
    Ok(claimed)
}

pub async fn mark_sent(db: &Db, _scope: &SystemScope, id: &str) -> Result<(), DbError> {
    sqlx::query(
        "UPDATE mail_outbox SET status = 'sent', sent_at = $1, attempts = attempts + 1, \
         claimed_until = NULL, last_error = NULL WHERE id = $2",
    )
    .bind(db.now_ms())
    .bind(id)
    .execute(db.pool())
    .await?;
    Ok(())
}

/// Records a failed attempt: retried later with backoff, or given up after
/// [`MAX_ATTEMPTS`]. `error` is an operator-facing description.
pub async fn mark_failed(
    db: &Db,
    _scope: &SystemScope,
    mail: &Mail,
    now: i64,
    error: &str,
) -> Result<(), DbError> {
    let attempts = mail.attempts + 1;
    let status = if attempts >= MAX_ATTEMPTS {
        "failed"
    } else {
        "pending"
    };
    sqlx::query(
        "UPDATE mail_outbox SET status = $1, attempts = $2, next_attempt_at = $3, \
         claimed_until = NULL, last_error = $4 WHERE id = $5",
    )
    .bind(status)
    .bind(attempts)
    .bind(now + retry_delay_ms(attempts))
    .bind(error.chars().take(500).collect::<String>())
    .bind(&mail.id)
    .execute(db.pool())
    .await?;
    Ok(())
}

/// The newest mails, for the operator's view (`mandant outbox`).
pub async fn recent(db: &Db, limit: i64) -> Result<Vec<Mail>, DbError> {
    Ok(sqlx::query_as(&format!(
        "{SELECT_MAIL} ORDER BY created_at DESC, id DESC LIMIT $1"
    ))
    .bind(limit)
    .fetch_all(db.pool())
    .await?)
}

pub async fn get(db: &Db, id: Uuid) -> Result<Option<Mail>, DbError> {
    Ok(sqlx::query_as(&format!("{SELECT_MAIL} WHERE id = $1"))
        .bind(id.to_string())
        .fetch_optional(db.pool())
        .await?)
}
