use domain::AppError;
use leptos::prelude::*;

/// Signs out every session of the caller except this one; returns how many ended.
#[server(prefix = "/api", endpoint = "account/revoke_other_sessions")]
pub async fn revoke_other_sessions() -> Result<u64, AppError> {
    use crate::api::auth::security::record;
    use crate::api::ssr::{db, origin, respond, viewer};

    respond(async move {
        let me = viewer()?;
        let db = db()?;
        let ended = db::sessions::revoke_others(&db, me.user.id, &me.token_hash).await?;
        record(&db, &me.user, "other-sessions-revoked", &origin(), true).await?;
        Ok(ended)
    })
    .await
}
