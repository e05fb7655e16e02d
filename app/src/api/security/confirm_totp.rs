use domain::AppError;
use leptos::prelude::*;

/// Confirms the authenticator app with a first code; two-factor authentication is then on.
/// Returns the backup codes (shown this once) when it is the account's first second factor,
/// else none.
#[server(prefix = "/api", endpoint = "security/confirm_totp")]
pub async fn confirm_totp(code: String) -> Result<Vec<String>, AppError> {
    use crate::api::auth::security::record;
    use crate::api::ssr::{db, origin, respond, viewer};
    use crate::security::totp;

    respond(async move {
        let me = viewer()?.user;
        let db = db()?;
        let (secret, _) = db::two_factor::secret(&db, me.id, false)
            .await?
            .ok_or_else(|| AppError::conflict("two-factor-on"))?;
        let secret = totp::decode_secret(&secret).unwrap_or_default();
        let now = u64::try_from(db.now_ms() / 1000).unwrap_or(0);
        let step = totp::verify(&secret, &code, now, None)
            .ok_or_else(|| AppError::field("code", "code-wrong"))?;
        let was_on = db::two_factor::is_enabled(&db, me.id).await?;
        db::two_factor::confirm(&db, me.id, i64::try_from(step).unwrap_or(i64::MAX), None).await?;
        let codes = super::backup_codes_if_first(&db, me.id, was_on).await?;
        record(&db, &me, "two-factor-enabled", &origin(), true).await?;
        Ok(codes.unwrap_or_default())
    })
    .await
}
