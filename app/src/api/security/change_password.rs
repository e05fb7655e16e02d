use domain::AppError;
use leptos::prelude::*;

/// Changes the password after checking the current one; optionally signs out every other
/// device. The owner is told by mail.
#[server(prefix = "/api", endpoint = "security/change_password")]
pub async fn change_password(
    current_password: String,
    new_password: String,
    #[server(default)] sign_out_others: String,
) -> Result<(), AppError> {
    use crate::api::auth::security::record_in;
    use crate::api::ssr::{db, origin, password, respond, viewer};
    use domain::validation::{self, Checks};

    respond(async move {
        let session = viewer()?;
        let me = session.user.clone();
        let db = db()?;
        let mut checks = Checks::new();
        let new_password = checks.check("new_password", validation::new_password(&new_password));
        checks.finish()?;
        if !password::verify(Some(me.password_hash.clone()), current_password).await {
            return Err(AppError::field("current_password", "password-wrong"));
        }
        let hash = password::hash(new_password).await?;
        // The new password, the sign-outs and the owner's notice are one change.
        let mut tx = db.begin().await?;
        db::passwords::set_hash(&mut tx, me.id, &hash).await?;
        if sign_out_others == "on" {
            db::sessions::revoke_others(&mut tx, me.id, &session.token_hash).await?;
        }
        record_in(&mut tx, &me, "password-changed", &origin(), true).await?;
        tx.commit().await?;
        Ok(())
    })
    .await
}
