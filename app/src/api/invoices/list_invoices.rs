use domain::dto::InvoiceRow;
use domain::{AppError, OrgId};
use leptos::prelude::*;

/// Rows of Accounting → Invoices per page.
pub const INVOICES_PER_PAGE: u32 = 25;

/// One page of the organisation's invoices, newest first, with how many there are; for
/// members who may see invoices.
#[server(prefix = "/api", endpoint = "invoices/list_invoices")]
pub async fn list_invoices(org: OrgId, page: u32) -> Result<(Vec<InvoiceRow>, u64), AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use db::OrgScope;
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::InvoiceView).await?;
        let offset = page.saturating_sub(1).saturating_mul(INVOICES_PER_PAGE);
        db::invoices::page(&db, &scope, offset, INVOICES_PER_PAGE).await
    })
    .await
}
