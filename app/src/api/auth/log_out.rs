use domain::AppError;
use leptos::prelude::*;

/// Ends the caller's session on the server and clears the cookie.
#[server(prefix = "/api", endpoint = "auth/log_out")]
pub async fn log_out() -> Result<(), AppError> {
    use crate::api::ssr::{cookie, db, respond, viewer};

    respond(async move {
        let session = viewer()?;
        db::sessions::delete(&db()?, &session.token_hash).await?;
        cookie::clear();
        Ok(())
    })
    .await
}
