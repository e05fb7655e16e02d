use domain::dto::InvitationPreview;
use domain::AppError;
use leptos::prelude::*;

/// What an invitation link offers. Public: the link's token is the credential; unknown,
/// used and revoked links all answer `invitation-invalid`.
#[server(prefix = "/api/public", endpoint = "invitations/get_invitation")]
pub async fn get_invitation(token: String) -> Result<InvitationPreview, AppError> {
    use crate::api::ssr::{cookie, db, respond, session};

    respond(async move {
        if token.is_empty() || token.len() > 100 {
            return Err(AppError::conflict("invitation-invalid"));
        }
        // Read before the first await, like everything a page's data load takes from the
        // request (see "Server rendering" in docs/architecture.md).
        let signed_in_as = session().map(|s| s.user.email);
        let db = db()?;
        let found = db::invitations::find_pending(&db, &cookie::hash_token(&token)).await?;
        let account_exists = db::users::find_by_email(&db, &found.email).await?.is_some();
        Ok(InvitationPreview {
            org_name: found.org_name,
            invited_by: found.invited_by,
            email: found.email,
            role: found.role,
            expires_at: found.expires_at,
            account_exists,
            signed_in_as,
        })
    })
    .await
}
