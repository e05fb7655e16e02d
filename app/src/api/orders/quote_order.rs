use domain::dto::{OrderRequest, Quote};
use domain::{AppError, OrgId};
use leptos::prelude::*;

/// What the cart would cost now, line by line with its VAT, or why it cannot be ordered.
#[server(prefix = "/api", endpoint = "orders/quote_order", input = server_fn::codec::Json)]
pub async fn quote_order(org: OrgId, request: OrderRequest) -> Result<Quote, AppError> {
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
        crate::use_cases::ordering::quote(&db, &scope, &seller, &request).await
    })
    .await
}
