use domain::dto::AccessChoices;
use domain::{AppError, OrgId};
use leptos::prelude::*;

/// The products, teams and roles the viewer can grant (rights editor, invitation wizard).
#[server(prefix = "/api", endpoint = "members/get_access_choices")]
pub async fn get_access_choices(org: OrgId) -> Result<AccessChoices, AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use db::OrgScope;
    use domain::membership::assignable_roles;
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::MemberManage).await?;
        Ok(AccessChoices {
            products: db::products::choices(&db, &scope).await?,
            teams: db::teams::choices(&db, &scope).await?,
            assignable_roles: assignable_roles(scope.access()),
        })
    })
    .await
}
