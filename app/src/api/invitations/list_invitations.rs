use domain::dto::InvitationRow;
use domain::{AppError, OrgId};
use leptos::prelude::*;

/// The organisation's invitations, newest first, with their state.
#[server(prefix = "/api", endpoint = "invitations/list_invitations")]
pub async fn list_invitations(org: OrgId) -> Result<Vec<InvitationRow>, AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use db::OrgScope;
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::MemberInvite).await?;
        db::invitations::list(&db, &scope).await
    })
    .await
}
