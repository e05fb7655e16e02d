use domain::{AppError, OrgId, ProductId};
use leptos::prelude::*;

/// Puts a mail service into maintenance or takes it out; members who receive product mails
/// are told.
#[server(prefix = "/api", endpoint = "products/set_maintenance")]
pub async fn set_maintenance(org: OrgId, product: ProductId, on: bool) -> Result<(), AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use db::OrgScope;
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::ProductView).await?;
        crate::use_cases::products::set_maintenance(&db, &scope, product, on).await
    })
    .await
}
