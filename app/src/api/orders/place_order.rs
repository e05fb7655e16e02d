use domain::dto::{OrderRequest, PlacedOrder};
use domain::{AppError, OrgId};
use leptos::prelude::*;

/// Places the cart as a pending order. `request_key` is made once per checkout by the
/// interface: sending it again answers the order it placed.
#[server(prefix = "/api", endpoint = "orders/place_order", input = server_fn::codec::Json)]
pub async fn place_order(
    org: OrgId,
    request: OrderRequest,
    request_key: String,
) -> Result<PlacedOrder, AppError> {
    use crate::api::ssr::{config, db, respond, viewer};
    use db::OrgScope;
    use domain::tax::Seller;
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::ProductView).await?;
        let seller = Seller {
            country: config().seller_country,
        };
        crate::use_cases::ordering::place(&db, &scope, &seller, &request, &request_key).await
    })
    .await
}
