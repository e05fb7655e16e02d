use domain::dto::AppPasswordRow;
use domain::AppError;
use leptos::prelude::*;

/// The caller's app passwords with their last use.
#[server(prefix = "/api", endpoint = "security/list_app_passwords")]
pub async fn list_app_passwords() -> Result<Vec<AppPasswordRow>, AppError> {
    use crate::api::ssr::{db, respond, viewer};

    respond(async move {
        let me = viewer()?.user;
        let db = db()?;
        Ok(db::app_passwords::list(&db, me.id).await?)
    })
    .await
}

/// Makes a named app password (only with two-factor on) and returns it, shown this once.
#[server(prefix = "/api", endpoint = "security/create_app_password")]
pub async fn create_app_password(name: String) -> Result<String, AppError> {
    use crate::api::auth::security::record;
    use crate::api::ssr::{db, origin, respond, viewer};
    use crate::security::app_password;
    use domain::validation::{self, Checks};

    respond(async move {
        let me = viewer()?.user;
        let mut checks = Checks::new();
        let name = checks.check("name", validation::name(&name));
        checks.finish()?;
        let db = db()?;
        if !db::two_factor::is_enabled(&db, me.id).await? {
            return Err(AppError::conflict("two-factor-off"));
        }
        let secret = app_password::new_secret();
        db::app_passwords::create(&db, me.id, &name, &app_password::hash(&secret)).await?;
        record(&db, &me, "app-password-created", &origin(), true).await?;
        Ok(secret)
    })
    .await
}

#[server(prefix = "/api", endpoint = "security/revoke_app_password")]
pub async fn revoke_app_password(id: String) -> Result<(), AppError> {
    use crate::api::auth::security::record;
    use crate::api::ssr::{db, origin, respond, viewer};

    respond(async move {
        let me = viewer()?.user;
        let db = db()?;
        db::app_passwords::revoke(&db, me.id, &id).await?;
        record(&db, &me, "app-password-revoked", &origin(), true).await
    })
    .await
}
