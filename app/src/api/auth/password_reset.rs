//! Forgotten passwords: a single-use link valid for an hour, mailed to the login address and
//! the recovery e-mail.
//! Asking never reveals whether an account uses the address.

use domain::AppError;
use leptos::prelude::*;

/// Mails a reset link if an account uses `email`; answers the same either way.
#[server(prefix = "/api/public", endpoint = "auth/request_password_reset")]
pub async fn request_password_reset(email: String) -> Result<(), AppError> {
    use crate::api::ssr::{console_link, cookie, db, queue_mail_in, respond};
    use domain::validation::{self, Checks};

    respond(async move {
        let mut checks = Checks::new();
        let email = checks.check("email", validation::email(&email));
        checks.finish()?;
        let db = db()?;
        // At most three links an hour per address, silently: the answer stays the same.
        let asked =
            db::throttle::count_attempt(&db, &format!("reset:{email}"), db.now_ms()).await?;
        if asked > 3 {
            return Ok(());
        }
        if let Some(user) = db::users::find_by_email(&db, &email).await? {
            let (token, hash) = cookie::new_token();
            let link = console_link(&format!("/reset-password/{token}"));
            let mail = crate::mail::password_reset(user.region.lang, &link);
            let recovery = db::recovery::channels(&db, user.id).await?.0;
            // The link and its mails are one change: a link nobody was told of is never kept.
            let mut tx = db.begin().await?;
            db::passwords::create_reset(&mut tx, user.id, &hash).await?;
            queue_mail_in(&mut tx, &user.email, user.region.lang, &mail).await?;
            // The recovery address gets the same link: the login mailbox may be the lost one.
            if let Some(recovery) = recovery {
                queue_mail_in(&mut tx, &recovery, user.region.lang, &mail).await?;
            }
            tx.commit().await?;
        }
        Ok(())
    })
    .await
}

/// Whether a reset link can still be used (the form is shown only then).
#[server(prefix = "/api/public", endpoint = "auth/check_password_reset")]
pub async fn check_password_reset(token: String) -> Result<(), AppError> {
    use crate::api::ssr::{cookie, db, respond};

    respond(async move {
        let db = db()?;
        if token.len() <= 64
            && db::passwords::reset_is_valid(&db, &cookie::hash_token(&token)).await?
        {
            Ok(())
        } else {
            Err(AppError::conflict("reset-invalid"))
        }
    })
    .await
}

/// Sets a new password through a reset link (used up by this); with `sign_out_everywhere`
/// ("on") every session of the account ends. The owner is told by mail.
#[server(prefix = "/api/public", endpoint = "auth/reset_password")]
pub async fn reset_password(
    token: String,
    password: String,
    #[server(default)] sign_out_everywhere: String,
) -> Result<(), AppError> {
    use super::security::record_in;
    use crate::api::ssr::{cookie, db, origin, password as pw, respond};
    use domain::validation::{self, Checks};

    respond(async move {
        let mut checks = Checks::new();
        let password = checks.check("password", validation::new_password(&password));
        checks.finish()?;
        if token.len() > 64 {
            return Err(AppError::conflict("reset-invalid"));
        }
        let db = db()?;
        let hash = pw::hash(password).await?;
        // One change: the link is used up only if the new password, the sign-outs and the
        // owner's notice are all kept.
        let mut tx = db.begin().await?;
        let user_id = db::passwords::use_reset(&mut tx, &cookie::hash_token(&token)).await?;
        db::passwords::set_hash(&mut tx, user_id, &hash).await?;
        if sign_out_everywhere == "on" {
            db::passwords::end_all_sessions(&mut tx, user_id).await?;
        }
        if let Some(user) = db::users::get_in(&mut tx, user_id).await? {
            record_in(&mut tx, &user, "password-reset", &origin(), true).await?;
        }
        tx.commit().await?;
        Ok(())
    })
    .await
}
