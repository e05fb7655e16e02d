use domain::AppError;
use leptos::prelude::*;

/// New backup codes after re-entering the password; the old ones stop working.
#[server(prefix = "/api", endpoint = "security/regenerate_backup_codes")]
pub async fn regenerate_backup_codes(password: String) -> Result<Vec<String>, AppError> {
    use crate::api::auth::security::record;
    use crate::api::organisation::confirm_password;
    use crate::api::ssr::{db, origin, respond, viewer};

    respond(async move {
        let me = viewer()?.user;
        let db = db()?;
        confirm_password(&me, password).await?;
        if !db::two_factor::is_enabled(&db, me.id).await? {
            return Err(AppError::conflict("two-factor-off"));
        }
        let (codes, stored) = super::new_backup_codes();
        db::two_factor::regenerate_codes(&db, me.id, &stored).await?;
        record(&db, &me, "backup-codes-regenerated", &origin(), true).await?;
        Ok(codes)
    })
    .await
}
