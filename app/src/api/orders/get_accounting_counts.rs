use domain::dto::AccountingCounts;
use domain::{AppError, OrgId};
use leptos::prelude::*;

/// How many renewals are due and orders wait for payment (the top bar's counts), for
/// members who may order; others get `forbidden` and see no amounts or counts.
#[server(prefix = "/api", endpoint = "orders/get_accounting_counts")]
pub async fn get_accounting_counts(org: OrgId) -> Result<AccountingCounts, AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use db::OrgScope;
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::ProductView).await?;
        crate::use_cases::renewals::counts(&db, &scope).await
    })
    .await
}
