use domain::dto::ToPay;
use domain::{AppError, OrgId};
use leptos::prelude::*;

/// The renewals due within about two months (or all, with `show_all`), each with its
/// periods and prices, for members who may order.
#[server(prefix = "/api", endpoint = "orders/list_to_pay")]
pub async fn list_to_pay(org: OrgId, show_all: bool) -> Result<ToPay, AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use db::OrgScope;
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::ProductView).await?;
        crate::use_cases::renewals::to_pay(&db, &scope, show_all).await
    })
    .await
}
