use domain::dto::OrgDetails;
use domain::{AppError, OrgId};
use leptos::prelude::*;

#[server(prefix = "/api", endpoint = "organisation/get_org_details")]
pub async fn get_org_details(org: OrgId) -> Result<OrgDetails, AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use db::OrgScope;
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::OrgView).await?;
        db::org_settings::details(&db, &scope).await
    })
    .await
}
