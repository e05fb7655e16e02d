use super::SignedIn;
use domain::AppError;
use leptos::prelude::*;

/// The second step of signing in: an authenticator, SMS or backup code for the sign-in
/// waiting in this browser (its cookie is the credential). Attempts are limited like
/// passwords are; only success creates a session.
#[server(prefix = "/api/public", endpoint = "auth/verify_second_factor")]
pub async fn verify_second_factor(code: String) -> Result<SignedIn, AppError> {
    use super::security::{attempt_second_factor, check_second_factor, record};
    use crate::api::ssr::{db, origin, respond};

    respond(async move {
        let db = db()?;
        let attempt = attempt_second_factor(&db).await?;
        let origin = origin();
        if code.len() > 64 {
            return Err(AppError::field("code", "code-wrong"));
        }
        let (user, token_hash) = (&attempt.user, &attempt.pending.token_hash);
        match check_second_factor(&db, user.id, &code, token_hash).await? {
            Some(kind) => {
                if kind == "backup-code-used" {
                    record(&db, user, kind, &origin, true).await?;
                }
                attempt.succeed(&db, &origin).await
            }
            None => {
                // One mail per hour at most: the first failure of the window.
                let first = attempt.attempts == 1;
                record(&db, user, "second-factor-failed", &origin, first).await?;
                Err(AppError::field("code", "code-wrong"))
            }
        }
    })
    .await
}
