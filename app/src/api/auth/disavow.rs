use domain::AppError;
use leptos::prelude::*;

/// "This wasn't me", from a security mail: ends every session, pending sign-in and app
/// password of the account, makes its password unusable and mails a reset link. The link is
/// single use; the page never says which account it was.
#[server(prefix = "/api/public", endpoint = "auth/disavow")]
pub async fn disavow(token: String) -> Result<(), AppError> {
    use super::security::record_in;
    use crate::api::ssr::{console_link, cookie, db, origin, password, queue_mail_in, respond};

    respond(async move {
        if token.is_empty() || token.len() > 64 {
            return Err(AppError::conflict("reset-invalid"));
        }
        let db = db()?;
        // A random password nobody knows: only the reset link below opens the account again.
        let (unknown, _) = cookie::new_token();
        let unusable = password::hash(unknown).await?;
        // One change: the link is used up only together with the lock-down and the new
        // reset link's mail.
        let mut tx = db.begin().await?;
        let disavowed = db::security_events::use_disavow(&mut tx, &cookie::hash_token(&token))
            .await?
            .ok_or_else(|| AppError::conflict("reset-invalid"))?;
        let user = disavowed.user;
        // An unwanted change of the login address is undone first, so the reset link goes
        // to the owner's own mailbox, not to the one that took it over.
        if disavowed.kind == "login-email-changed" {
            if let Some(previous) = disavowed.detail.as_deref() {
                // Taken meanwhile by another account: the lock-down goes on without it. (Asked
                // first: a refused write would end the transaction on PostgreSQL.)
                if db::users::find_by_email_in(&mut tx, previous)
                    .await?
                    .is_some()
                {
                    tracing::warn!("previous login address is used by another account");
                } else {
                    db::recovery::change_login_email(&mut tx, user, previous).await?;
                }
            }
        }
        db::security_events::lock_down(&mut tx, user, &unusable).await?;
        // Read in the transaction: the login address may just have been restored.
        if let Some(record_user) = db::users::get_in(&mut tx, user).await? {
            record_in(&mut tx, &record_user, "account-secured", &origin(), false).await?;
            let (reset, hash) = cookie::new_token();
            db::passwords::create_reset(&mut tx, user, &hash).await?;
            let lang = record_user.region.lang;
            let mail = crate::mail::password_reset(
                lang,
                &console_link(&format!("/reset-password/{reset}")),
            );
            queue_mail_in(&mut tx, &record_user.email, lang, &mail).await?;
        }
        tx.commit().await?;
        Ok(())
    })
    .await
}
