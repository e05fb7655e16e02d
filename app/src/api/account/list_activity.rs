use domain::dto::SecurityEvent;
use domain::AppError;
use leptos::prelude::*;

/// The caller's recent security events (newest 100).
#[server(prefix = "/api", endpoint = "account/list_activity")]
pub async fn list_activity() -> Result<Vec<SecurityEvent>, AppError> {
    use crate::api::ssr::{db, respond, viewer};

    respond(async move {
        let me = viewer()?;
        let db = db()?;
        Ok(db::security_events::recent(&db, me.user.id, 100).await?)
    })
    .await
}
