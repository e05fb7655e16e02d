use domain::dto::PushRequest;
use domain::AppError;
use leptos::prelude::*;

/// Sign-ins of the caller's account waiting for approval (also pushed over `/events`).
#[server(prefix = "/api", endpoint = "security/list_push_requests")]
pub async fn list_push_requests() -> Result<Vec<PushRequest>, AppError> {
    use crate::api::ssr::{db, respond, viewer};

    respond(async move {
        let me = viewer()?.user;
        let db = db()?;
        Ok(db::push::waiting(&db, me.id).await?)
    })
    .await
}

/// Approves or denies a waiting sign-in of the caller's own account.
#[server(prefix = "/api", endpoint = "security/decide_push")]
pub async fn decide_push(id: String, approve: bool) -> Result<(), AppError> {
    use crate::api::auth::security::record;
    use crate::api::ssr::{db, origin, respond, viewer};

    respond(async move {
        let me = viewer()?.user;
        let db = db()?;
        if id.len() > 64 || !db::push::decide(&db, me.id, &id, approve).await? {
            return Err(AppError::conflict("push-expired"));
        }
        if !approve {
            record(&db, &me, "push-denied", &origin(), true).await?;
        }
        Ok(())
    })
    .await
}
