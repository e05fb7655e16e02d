use domain::dto::PrepaidAccount;
use domain::{AppError, OrgId};
use leptos::prelude::*;

/// Movements of the prepaid account per page.
pub const PREPAID_PER_PAGE: u32 = 25;

/// The organisation's prepaid balance and one page of its history, for members who may
/// order and pay.
#[server(prefix = "/api", endpoint = "orders/get_prepaid_account")]
pub async fn get_prepaid_account(org: OrgId, page: u32) -> Result<PrepaidAccount, AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use db::OrgScope;
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::ProductView).await?;
        let offset = page.saturating_sub(1).saturating_mul(PREPAID_PER_PAGE);
        db::payments::prepaid_account(&db, &scope, offset, PREPAID_PER_PAGE).await
    })
    .await
}
