use domain::dto::Dashboard;
use domain::{AppError, OrgId};
use leptos::prelude::*;

/// The organisation's dashboard. Opening it also makes it the organisation shown at the
/// user's next login.
#[server(prefix = "/api", endpoint = "orgs/get_dashboard")]
pub async fn get_dashboard(org: OrgId) -> Result<Dashboard, AppError> {
    use crate::api::ssr::{db, internal, respond, viewer};
    use db::OrgScope;
    use domain::money::{Currency, Money};
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::OrgView).await?;
        if user.last_org != Some(org) {
            db::users::set_last_org(&db, user.id, org).await?;
        }
        db::members::touch_activity(&db, &scope).await?;
        let summary = db::orgs::summary(&db, &scope).await?;
        let products = db::products::list(&db, &scope).await?;
        let member_count = db::members::count(&db, &scope).await?;
        let unpaid = if scope.can(Permission::InvoiceView) {
            Some(db::invoices::list_unpaid(&db, &scope).await?)
        } else {
            None
        };
        // In the organisation's currency; an invoice in another one is an error, not a sum.
        let unpaid_total = unpaid
            .as_ref()
            .map(|list| {
                let currency = Currency::from_code(&summary.currency)
                    .ok_or_else(|| internal("organisation currency is not a known code"))?;
                Money::sum(currency, list.iter().map(|i| &i.total))
                    .map_err(|e| internal(&format!("unpaid total: {e}")))
            })
            .transpose()?;
        Ok(Dashboard {
            org: summary,
            member_count,
            products,
            unpaid_invoices: unpaid,
            unpaid_total,
        })
    })
    .await
}
