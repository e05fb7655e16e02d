use domain::AppError;
use leptos::prelude::*;

/// Sends a code by SMS for the sign-in waiting in this browser (its cookie is the
/// credential) to the account's confirmed phone. Returns the phone's last digits, to show
/// where the code went.
#[server(prefix = "/api/public", endpoint = "auth/send_sign_in_code")]
pub async fn send_sign_in_code() -> Result<String, AppError> {
    use crate::api::ssr::{db, respond};

    respond(async move {
        let db = db()?;
        let pending = super::security::pending_sign_in(&db).await?;
        let user = db::users::get(&db, pending.user)
            .await?
            .ok_or_else(|| AppError::conflict("second-factor-expired"))?;
        let phone = db::sms::phone(&db, user.id, true)
            .await?
            .ok_or_else(|| AppError::conflict("sms-off"))?;
        let purpose = crate::security::sms_code::login_purpose(&pending.token_hash);
        super::security::send_sms_code(&db, &user, &phone, &purpose).await?;
        Ok(crate::security::phone::masked(&phone))
    })
    .await
}
