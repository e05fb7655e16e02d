use domain::AppError;
use leptos::prelude::*;

/// Signs out one of the caller's other sessions; another user's session is not found.
#[server(prefix = "/api", endpoint = "account/revoke_session")]
pub async fn revoke_session(session: String) -> Result<(), AppError> {
    use crate::api::auth::security::record;
    use crate::api::ssr::{db, origin, respond, viewer};

    respond(async move {
        let me = viewer()?;
        if session.is_empty() || session.len() > 64 {
            return Err(AppError::NotFound);
        }
        let db = db()?;
        db::sessions::revoke(&db, me.user.id, &session).await?;
        record(&db, &me.user, "session-revoked", &origin(), true).await
    })
    .await
}
