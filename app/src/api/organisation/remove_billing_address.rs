use domain::{AppError, BillingAddressId, OrgId};
use leptos::prelude::*;

#[server(prefix = "/api", endpoint = "organisation/remove_billing_address")]
pub async fn remove_billing_address(org: OrgId, address: BillingAddressId) -> Result<(), AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use db::OrgScope;
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::OrgUpdate).await?;
        db::org_settings::remove_billing_address(&db, &scope, address).await
    })
    .await
}
