use domain::dto::InvoiceList;
use domain::{AppError, OrgId};
use leptos::prelude::*;

/// Rows of Accounting → Invoices per page.
pub const INVOICES_PER_PAGE: u32 = 25;

/// One page of the organisation's invoices, newest first, filtered by status (`paid`,
/// `unpaid`, …), by the year they were issued in (the reader's time zone) and by billing
/// address (`main` or an address's id), with how many match and what the filters offer;
/// for members who may see invoices.
#[server(prefix = "/api", endpoint = "invoices/list_invoices")]
pub async fn list_invoices(
    org: OrgId,
    status: Option<String>,
    year: Option<i32>,
    address: Option<String>,
    page: u32,
) -> Result<InvoiceList, AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use db::OrgScope;
    use domain::dto::AddressChoice;
    use domain::status::{InvoiceStatus, Status};
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::InvoiceView).await?;
        let status = match status.as_deref().filter(|s| !s.is_empty()) {
            Some(code) => Some(
                InvoiceStatus::from_code(code)
                    .ok_or_else(|| AppError::field("status", "choice-invalid"))?,
            ),
            None => None,
        };
        let address = match address.as_deref().filter(|s| !s.is_empty()) {
            Some(code) => Some(
                AddressChoice::parse(code)
                    .ok_or_else(|| AppError::field("address", "choice-invalid"))?,
            ),
            None => None,
        };
        let zone = domain::datetime::zone(&user.region.time_zone);
        let (issued_from, issued_before) = match year {
            Some(year) => {
                let bounds = crate::use_cases::invoice_list::year_bounds(year, zone)
                    .ok_or_else(|| AppError::field("year", "choice-invalid"))?;
                (Some(bounds.0), Some(bounds.1))
            }
            None => (None, None),
        };
        let query = db::invoices::InvoiceQuery {
            status,
            issued_from,
            issued_before,
            address,
        };
        let offset = page.saturating_sub(1).saturating_mul(INVOICES_PER_PAGE);
        let (rows, total) =
            db::invoices::page(&db, &scope, &query, offset, INVOICES_PER_PAGE).await?;
        let years = crate::use_cases::invoice_list::years(&db, &scope, zone).await?;
        let addresses = crate::use_cases::invoice_list::addresses(&db, &scope).await?;
        Ok(InvoiceList {
            rows,
            total,
            years,
            addresses,
        })
    })
    .await
}
