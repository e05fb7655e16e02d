use domain::{AppError, OrgId};
use leptos::prelude::*;

/// Switches organisation-wide two-factor enforcement (administrators and legal
/// representatives, who need a second factor themselves to switch it on).
#[server(prefix = "/api", endpoint = "organisation/set_two_factor_required")]
pub async fn set_two_factor_required(org: OrgId, required: bool) -> Result<(), AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use db::OrgScope;
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::OrgUpdate).await?;
        db::org_settings::set_two_factor_required(&db, &scope, required).await
    })
    .await
}
