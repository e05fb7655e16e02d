//! Signing in by approval from another signed-in device of the same account: the waiting
//! sign-in asks, the other device's console shows the request at once (`/events`), and the
//! sign-in completes when it is approved. Requests expire after two minutes.

use super::SignedIn;
use domain::AppError;
use leptos::prelude::*;

/// Asks the account's signed-in devices to approve the sign-in waiting in this browser.
/// Returns the request's id, to ask for its state.
#[server(prefix = "/api/public", endpoint = "auth/request_push")]
pub async fn request_push() -> Result<String, AppError> {
    use crate::api::ssr::{db, origin, respond};

    respond(async move {
        let db = db()?;
        let pending = super::security::pending_sign_in(&db).await?;
        let (token_hash, user_id) = (pending.token_hash, pending.user);
        if db::sessions::count_live(&db, user_id).await? == 0 {
            return Err(AppError::conflict("push-no-device"));
        }
        // Requests count like codes, so nobody can flood the other devices with prompts.
        let now = db.now_ms();
        let attempts =
            db::throttle::count_attempt(&db, &format!("second-factor:{user_id}"), now).await?;
        super::security::admit(attempts, 0, now).await?;
        Ok(db::push::create(&db, user_id, &token_hash, &origin()).await?)
    })
    .await
}

/// The state of a push request of this browser's waiting sign-in: `None` while it waits;
/// once approved, the sign-in is complete (a session exists) and where to go is returned.
/// Denied or expired requests answer `push-denied` / `push-expired`.
#[server(prefix = "/api/public", endpoint = "auth/push_status")]
pub async fn push_status(id: String) -> Result<Option<SignedIn>, AppError> {
    use super::security::{complete_sign_in, pending_sign_in, record_in};
    use crate::api::ssr::{cookie, db, origin, respond};

    respond(async move {
        let db = db()?;
        let expired = || AppError::conflict("second-factor-expired");
        let pending = pending_sign_in(&db).await?;
        let (token_hash, user_id, persistent) =
            (pending.token_hash, pending.user, pending.persistent);
        if id.len() > 64 {
            return Err(AppError::NotFound);
        }
        match db::push::status(&db, &token_hash, &id).await?.as_deref() {
            Some("waiting") => Ok(None),
            Some("approved") => {
                let user = db::users::get(&db, user_id).await?.ok_or_else(expired)?;
                let mut tx = db.begin().await?;
                if !db::push::consume(&mut tx, &token_hash, &id).await?
                    || !db::two_factor::finish_pending(&mut tx, &token_hash).await?
                {
                    return Err(expired());
                }
                cookie::clear_pending();
                let origin = origin();
                record_in(&mut tx, &user, "push-approved", &origin, true).await?;
                complete_sign_in(tx, &user, persistent, &origin)
                    .await
                    .map(Some)
            }
            Some("denied") => Err(AppError::conflict("push-denied")),
            Some("expired") => Err(AppError::conflict("push-expired")),
            _ => Err(AppError::NotFound),
        }
    })
    .await
}
