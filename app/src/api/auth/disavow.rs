use domain::AppError;
use leptos::prelude::*;

/// "This wasn't me", from a security mail: ends every session, pending sign-in and app
/// password of the account, makes its password unusable and mails a reset link. The link is
/// single use; the page never says which account it was.
#[server(prefix = "/api/public", endpoint = "auth/disavow")]
pub async fn disavow(token: String) -> Result<(), AppError> {
    use super::security::record;
    use crate::api::ssr::{console_link, cookie, db, origin, password, queue_mail, respond};

    respond(async move {
        if token.is_empty() || token.len() > 64 {
            return Err(AppError::conflict("reset-invalid"));
        }
        let db = db()?;
        let disavowed = db::security_events::use_disavow(&db, &cookie::hash_token(&token))
            .await?
            .ok_or_else(|| AppError::conflict("reset-invalid"))?;
        let user = disavowed.user;
        // An unwanted change of the login address is undone first, so the reset link goes
        // to the owner's own mailbox, not to the one that took it over.
        if disavowed.kind == "login-email-changed" {
            if let Some(previous) = disavowed.detail.as_deref() {
                if let Err(err) = db::recovery::change_login_email(&db, user, previous).await {
                    tracing::warn!(error = ?err, "previous login address could not be restored");
                }
            }
        }
        // A random password nobody knows: only the reset link below opens the account again.
        let (unknown, _) = cookie::new_token();
        let unusable = password::hash(unknown).await?;
        db::security_events::lock_down(&db, user, &unusable).await?;
        if let Some(record_user) = db::users::get(&db, user).await? {
            record(&db, &record_user, "account-secured", &origin(), false).await?;
            let (reset, hash) = cookie::new_token();
            db::passwords::create_reset(&db, user, &hash).await?;
            let lang = record_user.region.lang;
            let mail = crate::mail::password_reset(
                lang,
                &console_link(&format!("/reset-password/{reset}")),
            );
            queue_mail(&db, &record_user.email, lang, &mail).await?;
        }
        Ok(())
    })
    .await
}
