//! An account whose login address is deleted (it was an address of a mail service in the
//! console) moves to a temporary login name; it signs in with that name and its usual
//! password, and must choose a new login e-mail before anything else.

use crate::users::{UserRecord, UserRow};
use crate::{Db, DbError, Tx};
use domain::{AppError, UserId};

/// What the account's owner is told, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MovedLogin {
    pub user: UserId,
    pub name: String,
    pub lang: String,
    pub temporary_login: String,
    pub recovery_email: Option<String>,
    pub recovery_phone: Option<String>,
}

#[derive(sqlx::FromRow)]
struct Owner {
    id: String,
    name: String,
    lang: String,
    recovery_email: Option<String>,
    recovery_phone: Option<String>,
}

/// Moves the account signing in with `address`, if there is one, to `temporary_login`.
pub async fn move_login(
    tx: &mut Tx,
    address: &str,
    temporary_login: &str,
) -> Result<Option<MovedLogin>, DbError> {
    let row: Option<Owner> = sqlx::query_as(
        "SELECT id, name, lang, recovery_email, recovery_phone FROM users \
         WHERE email = $1 AND temporary_login IS NULL",
    )
    .bind(address)
    .fetch_optional(&mut **tx)
    .await?;
    let Some(Owner {
        id,
        name,
        lang,
        recovery_email,
        recovery_phone,
    }) = row
    else {
        return Ok(None);
    };
    sqlx::query("UPDATE users SET temporary_login = $1 WHERE id = $2")
        .bind(temporary_login)
        .bind(&id)
        .execute(&mut **tx)
        .await?;
    // Its sessions end: the next sign-in is with the temporary name.
    sqlx::query("DELETE FROM sessions WHERE user_id = $1")
        .bind(&id)
        .execute(&mut **tx)
        .await?;
    Ok(Some(MovedLogin {
        user: crate::users::parse_id(&id)?,
        name,
        lang,
        temporary_login: temporary_login.to_owned(),
        recovery_email,
        recovery_phone,
    }))
}

/// The account a temporary login name belongs to.
pub async fn find(db: &Db, temporary_login: &str) -> Result<Option<UserRecord>, DbError> {
    let row: Option<UserRow> = sqlx::query_as(&format!(
        "{} WHERE temporary_login = $1",
        crate::users::SELECT_USER
    ))
    .bind(temporary_login)
    .fetch_optional(db.pool())
    .await?;
    row.map(UserRecord::try_from).transpose()
}

/// Gives the moved account its new login e-mail (already validated) and ends the temporary
/// name. Another account's address is refused as the field's error.
pub async fn choose_login_email(tx: &mut Tx, user: UserId, email: &str) -> Result<(), AppError> {
    let taken: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE email = $1 AND id <> $2")
        .bind(email)
        .bind(user.to_string())
        .fetch_one(&mut **tx)
        .await
        .map_err(DbError::from)?;
    if taken > 0 {
        return Err(AppError::field("email", "email-taken"));
    }
    let changed = sqlx::query(
        "UPDATE users SET email = $1, temporary_login = NULL \
         WHERE id = $2 AND temporary_login IS NOT NULL",
    )
    .bind(email)
    .bind(user.to_string())
    .execute(&mut **tx)
    .await
    .map_err(DbError::from);
    match changed {
        Ok(done) if done.rows_affected() == 1 => Ok(()),
        Ok(_) => Err(AppError::conflict("login-email-not-required")),
        Err(e) if e.is_unique_violation() => Err(AppError::field("email", "email-taken")),
        Err(e) => Err(e.into()),
    }
}
