use domain::dto::TeamsPage;
use domain::{AppError, OrgId};
use leptos::prelude::*;

/// The organisation's teams with their members and products.
#[server(prefix = "/api", endpoint = "teams/get_teams")]
pub async fn get_teams(org: OrgId) -> Result<TeamsPage, AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use db::OrgScope;
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::MemberView).await?;
        db::teams::page(&db, &scope).await
    })
    .await
}
