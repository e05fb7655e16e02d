use domain::dto::DeletionCheck;
use domain::{AppError, OrgId};
use leptos::prelude::*;

/// What still blocks deleting the organisation.
#[server(prefix = "/api", endpoint = "organisation/get_deletion_check")]
pub async fn get_deletion_check(org: OrgId) -> Result<DeletionCheck, AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use db::OrgScope;
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::OrgUpdate).await?;
        db::org_deletion::check(&db, &scope).await
    })
    .await
}
