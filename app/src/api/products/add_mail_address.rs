use domain::{AppError, OrgId, ProductId};
use leptos::prelude::*;

/// Adds an address to a mail service.
#[server(prefix = "/api", endpoint = "products/add_mail_address")]
pub async fn add_mail_address(
    org: OrgId,
    product: ProductId,
    address: String,
) -> Result<(), AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use db::OrgScope;
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::ProductView).await?;
        let address =
            domain::validation::email(&address).map_err(|code| AppError::field("address", code))?;
        let mut tx = db.begin().await?;
        db::mail_addresses::add(&mut tx, &scope, product, &address).await?;
        tx.commit().await?;
        Ok(())
    })
    .await
}
