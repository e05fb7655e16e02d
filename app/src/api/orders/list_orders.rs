use domain::dto::OrderRow;
use domain::{AppError, OrgId};
use leptos::prelude::*;

/// Rows of Accounting → Orders per page.
pub const ORDERS_PER_PAGE: u32 = 25;

/// One page of the organisation's orders, newest first, optionally of one status
/// (`pending`, `paid`, `completed`, `expired`, …), with how many there are.
#[server(prefix = "/api", endpoint = "orders/list_orders")]
pub async fn list_orders(
    org: OrgId,
    status: Option<String>,
    page: u32,
) -> Result<(Vec<OrderRow>, u64), AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use db::OrgScope;
    use domain::status::{OrderStatus, Status};
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::ProductView).await?;
        let status = match status.as_deref().filter(|s| !s.is_empty()) {
            Some(code) => Some(
                OrderStatus::from_code(code)
                    .ok_or_else(|| AppError::field("status", "choice-invalid"))?,
            ),
            None => None,
        };
        let offset = page.saturating_sub(1).saturating_mul(ORDERS_PER_PAGE);
        db::orders::list(&db, &scope, status, offset, ORDERS_PER_PAGE).await
    })
    .await
}
