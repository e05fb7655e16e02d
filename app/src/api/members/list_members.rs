use domain::dto::{MemberPage, MemberQuery};
use domain::{AppError, OrgId};
use leptos::prelude::*;

/// One page of the organisation's members, searched, filtered and sorted.
#[server(prefix = "/api", endpoint = "members/list_members", input = server_fn::codec::Json)]
pub async fn list_members(org: OrgId, query: MemberQuery) -> Result<MemberPage, AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use db::OrgScope;
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::MemberView).await?;
        db::members::list(&db, &scope, &query).await
    })
    .await
}
