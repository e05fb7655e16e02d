use domain::dto::{ProductPage, ProductQuery};
use domain::{AppError, OrgId};
use leptos::prelude::*;

/// One page of the organisation's products the viewer may see, searched, filtered, sorted.
#[server(prefix = "/api", endpoint = "products/list_products", input = server_fn::codec::Json)]
pub async fn list_products(org: OrgId, query: ProductQuery) -> Result<ProductPage, AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use db::OrgScope;
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::ProductView).await?;
        db::product_list::page(&db, &scope, &query).await
    })
    .await
}
