use super::SignedIn;
use domain::AppError;
use leptos::prelude::*;

/// The second step of signing in: an authenticator, SMS or backup code for the sign-in
/// waiting in this browser (its cookie is the credential). Attempts are limited like
/// passwords are; only success creates a session.
#[server(prefix = "/api/public", endpoint = "auth/verify_second_factor")]
pub async fn verify_second_factor(code: String) -> Result<SignedIn, AppError> {
    use super::security::{check_second_factor, complete_sign_in, pending_sign_in, record};
    use crate::api::ssr::{cookie, db, origin, respond};

    respond(async move {
        let db = db()?;
        let pending = pending_sign_in(&db).await?;
        let (token_hash, user_id, persistent) =
            (pending.token_hash, pending.user, pending.persistent);
        let origin = origin();
        let now = db::now_ms();
        let key = format!("second-factor:{user_id}");
        let attempts = db::throttle::count_attempt(&db, &key, now).await?;
        super::security::admit(attempts, 0, now).await?;
        let user = db::users::get(&db, user_id)
            .await?
            .ok_or_else(|| AppError::conflict("second-factor-expired"))?;
        if code.len() > 64 {
            return Err(AppError::field("code", "code-wrong"));
        }
        match check_second_factor(&db, user_id, &code, &token_hash).await? {
            Some(kind) => {
                db::throttle::forgive_attempt(&db, &key, now).await?;
                if !db::two_factor::finish_pending(&db, &token_hash).await? {
                    return Err(AppError::conflict("second-factor-expired"));
                }
                cookie::clear_pending();
                if kind == "backup-code-used" {
                    record(&db, &user, kind, &origin, true).await?;
                }
                complete_sign_in(&db, &user, persistent, &origin).await
            }
            None => {
                // One mail per hour at most: the first failure of the window.
                record(&db, &user, "second-factor-failed", &origin, attempts == 1).await?;
                Err(AppError::field("code", "code-wrong"))
            }
        }
    })
    .await
}
