use domain::AppError;
use leptos::prelude::*;

/// Confirms the authenticator app with a first code; two-factor authentication is then on.
/// Returns the backup codes, shown this once.
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
        let now = u64::try_from(db::now_ms() / 1000).unwrap_or(0);
        let step = totp::verify(&secret, &code, now, None)
            .ok_or_else(|| AppError::field("code", "code-wrong"))?;
        let (codes, stored) = super::new_backup_codes();
        db::two_factor::confirm(&db, me.id, i64::try_from(step).unwrap_or(i64::MAX), &stored)
            .await?;
        record(&db, &me, "two-factor-enabled", &origin(), false).await?;
        Ok(codes)
    })
    .await
}
