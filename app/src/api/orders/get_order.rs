use domain::dto::PlacedOrder;
use domain::ids::OrderId;
use domain::{AppError, OrgId};
use leptos::prelude::*;

/// One of the organisation's orders, for members who may order.
#[server(prefix = "/api", endpoint = "orders/get_order")]
pub async fn get_order(org: OrgId, order: OrderId) -> Result<PlacedOrder, AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use db::OrgScope;
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::ProductView).await?;
        db::orders::get(&db, &scope, order)
            .await?
            .ok_or(AppError::NotFound)
    })
    .await
}
