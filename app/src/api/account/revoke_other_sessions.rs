use domain::AppError;
use leptos::prelude::*;

/// Signs out every session of the caller except this one; returns how many ended.
#[server(prefix = "/api", endpoint = "account/revoke_other_sessions")]
pub async fn revoke_other_sessions() -> Result<u64, AppError> {
    use crate::api::auth::security::record_in;
    use crate::api::ssr::{db, origin, respond, viewer};

    respond(async move {
        let me = viewer()?;
        let db = db()?;
        let mut tx = db.begin().await?;
        let ended = db::sessions::revoke_others(&mut tx, me.user.id, &me.token_hash).await?;
        record_in(&mut tx, &me.user, "other-sessions-revoked", &origin(), true).await?;
        tx.commit().await?;
        Ok(ended)
    })
    .await
}
