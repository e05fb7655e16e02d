use domain::dto::ProductDetail;
use domain::{AppError, OrgId, ProductId};
use leptos::prelude::*;

/// One product with the viewer's *Manage* menu and its history.
#[server(prefix = "/api", endpoint = "products/get_product")]
pub async fn get_product(org: OrgId, product: ProductId) -> Result<ProductDetail, AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use db::OrgScope;
    use domain::money::Currency;
    use domain::status::ProductStatus;
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::ProductView).await?;
        let mut detail = db::product_changes::detail(&db, &scope, product).await?;
        if detail.product.status == ProductStatus::InRedemption {
            // The fee of the catalogue in force, in the organisation's currency.
            let currency = Currency::from_code(&db::orgs::summary(&db, &scope).await?.currency);
            let catalogue = db::catalogue::current_at(&db, db.now_ms()).await?;
            detail.restore_fee = catalogue.zip(currency).and_then(|(catalogue, currency)| {
                let extension = catalogue.extension_of(&detail.product.name)?;
                catalogue.restore_fee(extension, currency)
            });
        }
        detail.renewal = crate::use_cases::renewals::renewal_choices(&db, &scope, product).await?;
        Ok(detail)
    })
    .await
}
