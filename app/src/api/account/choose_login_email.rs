use domain::AppError;
use leptos::prelude::*;

/// Gives an account that signs in with a temporary login name (its login address was
/// deleted) its new login e-mail; until then nothing else answers.
#[server(prefix = "/api", endpoint = "account/choose_login_email")]
pub async fn choose_login_email(email: String) -> Result<(), AppError> {
    use crate::api::ssr::{db, origin, respond, viewer};

    respond(async move {
        let me = viewer()?.user;
        if me.temporary_login.is_none() {
            return Err(AppError::conflict("login-email-not-required"));
        }
        let email =
            domain::validation::email(&email).map_err(|code| AppError::field("email", code))?;
        let db = db()?;
        let mut tx = db.begin().await?;
        db::login_moves::choose_login_email(&mut tx, me.id, &email).await?;
        // Recorded in Recent activity and mailed to the new address, as any login change.
        let mut changed = me.clone();
        changed.email = email;
        changed.temporary_login = None;
        crate::api::auth::security::record_in(
            &mut tx,
            &changed,
            "login-email-changed",
            &origin(),
            true,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    })
    .await
}
