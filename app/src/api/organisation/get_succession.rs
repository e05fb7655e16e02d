use domain::dto::SuccessionPage;
use domain::{AppError, OrgId};
use leptos::prelude::*;

/// The pending replacement of a legal representative, and who could be named.
#[server(prefix = "/api", endpoint = "organisation/get_succession")]
pub async fn get_succession(org: OrgId) -> Result<SuccessionPage, AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use db::OrgScope;
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::OrgView).await?;
        db::succession::page(&db, &scope).await
    })
    .await
}
