use domain::{AppError, OrgId, ProductId};
use leptos::prelude::*;

/// Switches a product's automatic renewal on or off.
#[server(prefix = "/api", endpoint = "products/set_auto_renewal")]
pub async fn set_auto_renewal(org: OrgId, product: ProductId, on: bool) -> Result<(), AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use db::OrgScope;
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::ProductView).await?;
        let mut tx = db.begin().await?;
        db::product_changes::set_auto_renew(&mut tx, &scope, product, on).await?;
        tx.commit().await?;
        Ok(())
    })
    .await
}
