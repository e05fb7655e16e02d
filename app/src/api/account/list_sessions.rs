use domain::dto::SessionInfo;
use domain::AppError;
use leptos::prelude::*;

/// The caller's signed-in sessions (devices), the current one marked.
#[server(prefix = "/api", endpoint = "account/list_sessions")]
pub async fn list_sessions() -> Result<Vec<SessionInfo>, AppError> {
    use crate::api::ssr::{db, respond, viewer};

    respond(async move {
        let session = viewer()?;
        let db = db()?;
        Ok(db::sessions::list_for_user(&db, session.user.id, &session.token_hash).await?)
    })
    .await
}
