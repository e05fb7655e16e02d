use domain::dto::OrderForm;
use domain::{AppError, OrgId};
use leptos::prelude::*;

/// What the order page offers the organisation, for members who may order.
#[server(prefix = "/api", endpoint = "orders/get_order_form")]
pub async fn get_order_form(org: OrgId) -> Result<OrderForm, AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use db::OrgScope;
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::ProductView).await?;
        crate::use_cases::ordering::order_form(&db, &scope).await
    })
    .await
}
