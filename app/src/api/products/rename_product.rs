use domain::{AppError, OrgId, ProductId};
use leptos::prelude::*;

/// Gives a product a new display name.
#[server(prefix = "/api", endpoint = "products/rename_product")]
pub async fn rename_product(org: OrgId, product: ProductId, name: String) -> Result<(), AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use db::OrgScope;
    use domain::validation::{self, Checks};
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::ProductView).await?;
        let mut checks = Checks::new();
        let name = checks.check("name", validation::name(&name));
        checks.finish()?;
        let mut tx = db.begin().await?;
        db::product_changes::rename(&mut tx, &scope, product, &name).await?;
        tx.commit().await?;
        Ok(())
    })
    .await
}
