use super::SignedIn;
use domain::AppError;
use leptos::prelude::*;

/// Signs in with e-mail and password. A wrong e-mail and a wrong password get the same
/// answer. `remember` ("keep me signed in") keeps the session beyond the browser's life.
/// Attempts are counted per account and per address before the password is checked
/// (`domain::login_limits`); a failure and a sign-in from a new device are recorded in the
/// account's Recent activity and mailed to its owner.
#[server(prefix = "/api/public", endpoint = "auth/log_in")]
pub async fn log_in(
    email: String,
    password: String,
    remember: Option<String>,
) -> Result<SignedIn, AppError> {
    use crate::api::ssr::{db, origin, password as pw, respond};

    respond(async move {
        let typed = email.trim().to_lowercase();
        let temporary_login = typed.starts_with("tmp-").then_some(typed);
        let email = domain::validation::email(&email).unwrap_or_default();
        if password.is_empty() || password.chars().count() > domain::validation::PASSWORD_MAX_CHARS
        {
            return Err(AppError::InvalidCredentials);
        }
        let db = db()?;
        let origin = origin();
        let now = db.now_ms();
        let account_key = format!(
            "account:{}",
            temporary_login.as_deref().unwrap_or(email.as_str())
        );
        let address_key = format!("address:{}", origin.ip);
        // Counted in their own commit, before the slow check, so parallel guesses see them.
        let attempts =
            db::throttle::count_attempts(&db, &[&account_key, &address_key], now).await?;
        let (account_attempts, address_attempts) = match attempts[..] {
            [account, address] => (account, address),
            _ => (i64::MAX, i64::MAX),
        };
        super::security::admit(account_attempts, address_attempts, now).await?;
        let user = if !email.is_empty() {
            db::users::find_by_email(&db, &email).await?
        } else if let Some(name) = temporary_login.as_deref() {
            // An account whose login address was deleted signs in with its temporary name.
            db::login_moves::find(&db, name).await?
        } else {
            None
        };
        let verified = pw::verify(user.as_ref().map(|u| u.password_hash.clone()), password).await;
        let Some(user) = user else {
            return Err(AppError::InvalidCredentials);
        };
        if !verified {
            // One mail per hour at most: the first failure of the window.
            let mail = account_attempts == 1;
            super::security::record(&db, &user, "login-failed", &origin, mail).await?;
            return Err(AppError::InvalidCredentials);
        }
        // Read before the transaction, so it holds one connection only while it writes.
        let second_factor = db::two_factor::is_enabled(&db, user.id).await?;
        // Every write of a successful sign-in goes in one transaction: one commit.
        let mut tx = db.begin().await?;
        db::throttle::forgive_attempt_in(&mut tx, &account_key, now).await?;
        db::throttle::forgive_attempt_in(&mut tx, &address_key, now).await?;
        let persistent = remember.is_some_and(|v| !v.is_empty() && v != "false");
        if second_factor {
            // No session yet: the second factor completes the sign-in.
            let (token, hash) = crate::api::ssr::cookie::new_token();
            db::two_factor::create_pending(&mut tx, &hash, user.id, persistent).await?;
            tx.commit().await?;
            crate::api::ssr::cookie::set_pending(&token);
            return Ok(SignedIn {
                org: None,
                second_factor: true,
                methods: super::security::sign_in_methods(&db, user.id).await?,
            });
        }
        super::security::complete_sign_in(tx, &user, persistent, &origin).await
    })
    .await
}
