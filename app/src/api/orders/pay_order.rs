use domain::dto::PaymentStarted;
use domain::ids::OrderId;
use domain::order::PaymentMethod;
use domain::{AppError, OrgId};
use leptos::prelude::*;

/// Starts paying a pending order, once per `key` (made by the interface per attempt): by
/// card the answer is the processor's page to go to; from the prepaid balance the order is
/// paid at once. With `use_prepaid`, the prepaid balance pays what it covers and `method`
/// the rest; with `save`, the processor keeps the card or profile for later payments.
#[server(prefix = "/api", endpoint = "orders/pay_order")]
pub async fn pay_order(
    org: OrgId,
    order: OrderId,
    method: PaymentMethod,
    use_prepaid: bool,
    save: bool,
    key: String,
) -> Result<PaymentStarted, AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use db::OrgScope;
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::ProductView).await?;
        let paying = domain::order::Paying {
            method,
            use_prepaid,
            save,
        };
        crate::use_cases::payments::pay_order(&db, &scope, order, paying, &key).await
    })
    .await
}
