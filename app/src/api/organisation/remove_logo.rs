use domain::{AppError, OrgId};
use leptos::prelude::*;

#[server(prefix = "/api", endpoint = "organisation/remove_logo")]
pub async fn remove_logo(org: OrgId) -> Result<(), AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use db::OrgScope;
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::OrgUpdate).await?;
        db::org_settings::remove_logo(&db, &scope).await
    })
    .await
}
