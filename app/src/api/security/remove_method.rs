use domain::AppError;
use leptos::prelude::*;

/// Removes one second-factor method (`totp` or `sms`) after re-entering the password. When
/// it was the last one, two-factor authentication is off: backup codes and app passwords
/// go too. Answers whether two-factor authentication is still on.
#[server(prefix = "/api", endpoint = "security/remove_method")]
pub async fn remove_method(method: String, password: String) -> Result<bool, AppError> {
    use crate::api::auth::security::record;
    use crate::api::organisation::confirm_password;
    use crate::api::ssr::{db, origin, respond, viewer};

    respond(async move {
        let me = viewer()?.user;
        let db = db()?;
        confirm_password(&me, password).await?;
        let (removed, kind) = match method.as_str() {
            "totp" => (
                db::two_factor::remove_totp(&db, me.id).await?,
                "totp-removed",
            ),
            "sms" => (db::sms::remove(&db, me.id).await?, "sms-removed"),
            _ => return Err(AppError::field("method", "choice-invalid")),
        };
        if !removed {
            return Err(AppError::NotFound);
        }
        let still_on = db::two_factor::is_enabled(&db, me.id).await?;
        if still_on {
            record(&db, &me, kind, &origin(), true).await?;
        } else {
            db::two_factor::disable(&db, me.id).await?;
            db::app_passwords::revoke_all(&db, me.id).await?;
            record(&db, &me, "two-factor-disabled", &origin(), true).await?;
        }
        Ok(still_on)
    })
    .await
}
