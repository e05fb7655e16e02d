use domain::{AppError, OrgId, TeamId};
use leptos::prelude::*;

/// Deletes a team; its members stay in the organisation.
#[server(prefix = "/api", endpoint = "teams/delete_team")]
pub async fn delete_team(org: OrgId, team: TeamId) -> Result<(), AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use db::OrgScope;
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::MemberManage).await?;
        db::teams::delete(&db, &scope, team).await
    })
    .await
}
