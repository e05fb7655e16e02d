use domain::dto::MemberDetail;
use domain::{AppError, OrgId, UserId};
use leptos::prelude::*;

/// One member's role, rights, teams and contact preferences, for the rights editor.
#[server(prefix = "/api", endpoint = "members/get_member")]
pub async fn get_member(org: OrgId, member: UserId) -> Result<MemberDetail, AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use db::OrgScope;
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::OrgView).await?;
        db::members::detail(&db, &scope, member).await
    })
    .await
}
