use domain::{AppError, OrgId, ProductId, TeamId, UserId};
use leptos::prelude::*;

/// Replaces a team's members and the products granted to it.
#[server(prefix = "/api", endpoint = "teams/set_team_contents", input = server_fn::codec::Json)]
pub async fn set_team_contents(
    org: OrgId,
    team: TeamId,
    members: Vec<UserId>,
    products: Vec<ProductId>,
) -> Result<(), AppError> {
    use crate::api::ssr::{db, limit_len, respond, viewer};
    use db::OrgScope;
    use domain::Permission;

    respond(async move {
        limit_len(&members, 10_000)?;
        limit_len(&products, 10_000)?;
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::MemberManage).await?;
        db::teams::set_contents(&db, &scope, team, &members, &products).await
    })
    .await
}
