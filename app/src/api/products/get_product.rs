use domain::dto::ProductDetail;
use domain::{AppError, OrgId, ProductId};
use leptos::prelude::*;

/// One product with the viewer's *Manage* menu and its history.
#[server(prefix = "/api", endpoint = "products/get_product")]
pub async fn get_product(org: OrgId, product: ProductId) -> Result<ProductDetail, AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use db::OrgScope;
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::ProductView).await?;
        db::product_changes::detail(&db, &scope, product).await
    })
    .await
}
