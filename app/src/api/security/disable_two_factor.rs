use domain::AppError;
use leptos::prelude::*;

/// Turns two-factor authentication off after re-entering the password; mailed to the owner.
#[server(prefix = "/api", endpoint = "security/disable_two_factor")]
pub async fn disable_two_factor(password: String) -> Result<(), AppError> {
    use crate::api::auth::security::record;
    use crate::api::organisation::confirm_password;
    use crate::api::ssr::{db, origin, respond, viewer};

    respond(async move {
        let me = viewer()?.user;
        let db = db()?;
        confirm_password(&me, password).await?;
        db::two_factor::disable(&db, me.id).await?;
        // App passwords exist only alongside a second factor.
        db::app_passwords::revoke_all(&db, me.id).await?;
        record(&db, &me, "two-factor-disabled", &origin(), true).await
    })
    .await
}
