use domain::{AppError, OrgId, ProductId};
use leptos::prelude::*;

/// Blocks or unblocks a product's management by limited members; every member of the
/// organisation is told by mail.
#[server(prefix = "/api", endpoint = "products/set_management_block")]
pub async fn set_management_block(
    org: OrgId,
    product: ProductId,
    blocked: bool,
) -> Result<(), AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use db::OrgScope;
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::ProductView).await?;
        crate::use_cases::products::set_management_block(&db, &scope, product, blocked).await
    })
    .await
}
