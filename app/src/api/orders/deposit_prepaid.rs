use domain::dto::PaymentStarted;
use domain::order::PaymentMethod;
use domain::{AppError, OrgId};
use leptos::prelude::*;

/// Starts a deposit to the prepaid account by card or PostFinance Card (Swiss francs only),
/// once per `key`: the answer is the payment processor's page. `amount` as typed, 0.10 to
/// 9 999.00.
#[server(prefix = "/api", endpoint = "orders/deposit_prepaid")]
pub async fn deposit_prepaid(
    org: OrgId,
    amount: String,
    method: PaymentMethod,
    key: String,
) -> Result<PaymentStarted, AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use db::OrgScope;
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::InvoicePay).await?;
        crate::use_cases::payments::deposit(&db, &scope, &amount, method, &key).await
    })
    .await
}
