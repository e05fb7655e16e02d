use domain::dto::OrderDetail;
use domain::ids::OrderId;
use domain::{AppError, OrgId};
use leptos::prelude::*;

/// One of the organisation's orders with its payments, the products it set up and its
/// invoice, for members who may order.
#[server(prefix = "/api", endpoint = "orders/get_order_detail")]
pub async fn get_order_detail(org: OrgId, order: OrderId) -> Result<OrderDetail, AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use db::OrgScope;
    use domain::money::Money;
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::ProductView).await?;
        let placed = db::orders::get(&db, &scope, order)
            .await?
            .ok_or(AppError::NotFound)?;
        let payments = db::payments::of_order(&db, &scope, order).await?;
        let (products, setting_up, invoice_number) =
            db::orders::outcome(&db, &scope, order).await?;
        let balance = db::payments::prepaid_balance_now(&db, &scope).await?;
        Ok(OrderDetail {
            prepaid_balance: Money::new(balance, placed.quote.gross.currency),
            order: placed,
            payments,
            products,
            setting_up,
            invoice_number,
        })
    })
    .await
}
