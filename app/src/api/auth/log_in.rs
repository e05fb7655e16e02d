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
    use crate::api::ssr::{db, origin, password as pw, respond, start_session};
    use domain::login_limits::{verdict, Verdict};

    respond(async move {
        let email = domain::validation::email(&email).unwrap_or_default();
        if password.is_empty() || password.chars().count() > domain::validation::PASSWORD_MAX_CHARS
        {
            return Err(AppError::InvalidCredentials);
        }
        let db = db()?;
        let origin = origin();
        let now = db::now_ms();
        let account_key = format!("account:{email}");
        let address_key = format!("address:{}", origin.ip);
        let account_attempts = db::throttle::count_attempt(&db, &account_key, now).await?;
        let address_attempts = db::throttle::count_attempt(&db, &address_key, now).await?;
        match verdict(account_attempts, address_attempts) {
            Verdict::Refuse => {
                let window_end = db::throttle::window_of(now) + db::throttle::WINDOW_MS;
                return Err(AppError::RateLimited {
                    retry_after_secs: u64::try_from((window_end - now) / 1000 + 1).unwrap_or(1),
                });
            }
            Verdict::Proceed { delay_ms } if delay_ms > 0 => {
                tokio::time::sleep(std::time::Duration::from_millis(delay_ms)).await;
            }
            Verdict::Proceed { .. } => {}
        }
        let user = if email.is_empty() {
            None
        } else {
            db::users::find_by_email(&db, &email).await?
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
        db::throttle::forgive_attempt(&db, &account_key, now).await?;
        db::throttle::forgive_attempt(&db, &address_key, now).await?;
        let device = crate::api::ssr::cookie::hash_token(&crate::api::ssr::cookie::device_id());
        if db::security_events::is_new_device(&db, user.id, &device).await? {
            super::security::record(&db, &user, "login-new-device", &origin, true).await?;
        } else {
            super::security::record(&db, &user, "login", &origin, false).await?;
        }
        start_session(
            &db,
            user.id,
            remember.is_some_and(|v| !v.is_empty() && v != "false"),
        )
        .await?;
        let orgs = db::orgs::list_for_user(&db, user.id).await?;
        Ok(SignedIn {
            org: domain::dto::landing_org(user.last_org, &orgs),
        })
    })
    .await
}
