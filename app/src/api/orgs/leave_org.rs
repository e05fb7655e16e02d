use domain::{AppError, OrgId};
use leptos::prelude::*;

/// Leaves an organisation. The last legal representative cannot leave.
#[server(prefix = "/api", endpoint = "orgs/leave_org")]
pub async fn leave_org(org: OrgId) -> Result<(), AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use db::OrgScope;
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::OrgLeave).await?;
        db::orgs::leave(&db, &scope).await
    })
    .await
}
