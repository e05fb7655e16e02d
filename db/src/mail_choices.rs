//! Which security events each user wants mailed, where they chose otherwise than the
//! defaults of `domain::security_mail`.

use crate::{Db, DbError};
use domain::UserId;

/// The user's choices: `(kind, mailed)`.
pub async fn list(db: &Db, user: UserId) -> Result<Vec<(String, bool)>, DbError> {
    let rows: Vec<(String, i64)> =
        sqlx::query_as("SELECT kind, mailed FROM security_mail_choices WHERE user_id = $1")
            .bind(user.to_string())
            .fetch_all(db.pool())
            .await?;
    Ok(rows.into_iter().map(|(k, m)| (k, m == 1)).collect())
}

/// Stores every choice at once.
pub async fn save(db: &Db, user: UserId, choices: &[(String, bool)]) -> Result<(), DbError> {
    let mut tx = db.begin().await?;
    for (kind, mailed) in choices {
        sqlx::query(
            "INSERT INTO security_mail_choices (user_id, kind, mailed) VALUES ($1, $2, $3) \
             ON CONFLICT (user_id, kind) DO UPDATE SET mailed = excluded.mailed",
        )
        .bind(user.to_string())
        .bind(kind)
        .bind(i64::from(*mailed))
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(())
}
