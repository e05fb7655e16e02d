use domain::{AppError, OrgId};
use leptos::prelude::*;

/// Replaces the organisation's logo. `data` is the file, base64-encoded; it must be a PNG or
/// JPEG of at most 1 MiB, wider than tall. The server decodes it with size limits and stores
/// a re-encoded PNG, never the uploaded bytes. Returns the new logo version.
#[server(prefix = "/api", endpoint = "organisation/upload_logo", input = server_fn::codec::Json)]
pub async fn upload_logo(org: OrgId, data: String) -> Result<i64, AppError> {
    use crate::api::ssr::{db, internal, respond, viewer};
    use base64::Engine;
    use db::OrgScope;
    use domain::dto::LOGO_MAX_BYTES;
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::OrgUpdate).await?;
        // Base64 is 4/3 of the file: refuse oversized uploads before decoding them.
        if data.len() > LOGO_MAX_BYTES / 3 * 4 + 8 {
            return Err(AppError::field("logo", "logo-too-large"));
        }
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(data.trim())
            .map_err(|_| AppError::field("logo", "logo-type"))?;
        let logo = tokio::task::spawn_blocking(move || crate::logo::reencode(&bytes))
            .await
            .map_err(|_| internal("logo task failed"))?
            .map_err(|code| AppError::field("logo", code))?;
        db::org_settings::set_logo(&db, &scope, &logo.png, logo.width, logo.height).await
    })
    .await
}
