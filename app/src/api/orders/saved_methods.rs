use domain::dto::SavedMethod;
use domain::ids::SavedMethodId;
use domain::{AppError, OrgId};
use leptos::prelude::*;

/// The payment methods the provider keeps for the organisation, masked, the default first;
/// for members who may pay.
#[server(prefix = "/api", endpoint = "orders/list_saved_methods")]
pub async fn list_saved_methods(org: OrgId) -> Result<Vec<SavedMethod>, AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use db::OrgScope;
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::InvoiceView).await?;
        db::saved_methods::list(&db, &scope).await
    })
    .await
}

/// Makes a saved method the one automatic renewals use.
#[server(prefix = "/api", endpoint = "orders/set_default_method")]
pub async fn set_default_method(org: OrgId, method: SavedMethodId) -> Result<(), AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use db::OrgScope;
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::InvoicePay).await?;
        if db::saved_methods::set_default(&db, &scope, method).await? {
            Ok(())
        } else {
            Err(AppError::NotFound)
        }
    })
    .await
}

/// Forgets a saved method: Mandant keeps its token no more and never charges it again.
#[server(prefix = "/api", endpoint = "orders/remove_saved_method")]
pub async fn remove_saved_method(org: OrgId, method: SavedMethodId) -> Result<(), AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use db::OrgScope;
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::InvoicePay).await?;
        if db::saved_methods::remove(&db, &scope, method).await? {
            Ok(())
        } else {
            Err(AppError::NotFound)
        }
    })
    .await
}
