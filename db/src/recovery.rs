//! How an account is recovered: a recovery e-mail and phone, and the login address itself.

use crate::users::{parse_id, UserRecord};
use crate::{Db, DbError, Tx};
use domain::{AppError, UserId};

/// The account's recovery e-mail and phone (E.164), if set.
pub async fn channels(db: &Db, user: UserId) -> Result<(Option<String>, Option<String>), DbError> {
    Ok(
        sqlx::query_as("SELECT recovery_email, recovery_phone FROM users WHERE id = $1")
            .bind(user.to_string())
            .fetch_optional(db.pool())
            .await?
            .unwrap_or((None, None)),
    )
}

/// A way back into the account besides the login address.
#[derive(Clone, Copy)]
pub enum Channel {
    Email,
    Phone,
}

/// Replaces the account's recovery e-mail or phone (`None` removes it).
pub async fn set(
    tx: &mut Tx,
    user: UserId,
    channel: Channel,
    value: Option<&str>,
) -> Result<(), DbError> {
    let sql = match channel {
        Channel::Email => "UPDATE users SET recovery_email = $1 WHERE id = $2",
        Channel::Phone => "UPDATE users SET recovery_phone = $1 WHERE id = $2",
    };
    sqlx::query(sql)
        .bind(value)
        .bind(user.to_string())
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Accounts whose recovery phone is `phone`, with their recovery e-mail.
pub async fn accounts_by_phone(
    db: &Db,
    phone: &str,
) -> Result<Vec<(UserRecord, Option<String>)>, DbError> {
    let ids: Vec<(String, Option<String>)> = sqlx::query_as(
        "SELECT id, recovery_email FROM users WHERE recovery_phone = $1 ORDER BY created_at",
    )
    .bind(phone)
    .fetch_all(db.pool())
    .await?;
    let mut out = Vec::with_capacity(ids.len());
    for (id, recovery_email) in ids {
        if let Some(user) = crate::users::get(db, parse_id(&id)?).await? {
            out.push((user, recovery_email));
        }
    }
    Ok(out)
}

/// Changes the login address; `email-taken` if another account uses it.
pub async fn change_login_email(tx: &mut Tx, user: UserId, email: &str) -> Result<(), AppError> {
    match sqlx::query("UPDATE users SET email = $1 WHERE id = $2")
        .bind(email)
        .bind(user.to_string())
        .execute(&mut **tx)
        .await
        .map_err(DbError::from)
    {
        Ok(_) => Ok(()),
        Err(e) if e.is_unique_violation() => Err(AppError::field("email", "email-taken")),
        Err(e) => Err(e.into()),
    }
}
