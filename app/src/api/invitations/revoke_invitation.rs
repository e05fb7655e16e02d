use domain::{AppError, InvitationId, OrgId};
use leptos::prelude::*;

/// Withdraws an unused invitation; its link stops working at once.
#[server(prefix = "/api", endpoint = "invitations/revoke_invitation")]
pub async fn revoke_invitation(org: OrgId, invitation: InvitationId) -> Result<(), AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use db::OrgScope;
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::MemberInvite).await?;
        db::invitations::revoke(&db, &scope, invitation).await
    })
    .await
}
