use domain::dto::DomainCheck;
use domain::{AppError, OrgId};
use leptos::prelude::*;

/// Whether a domain name can be ordered: checked and normalised (internationalised names
/// in both forms), sold by the catalogue, free at the registrar, with its yearly price in
/// the organisation's currency. For members who may order.
#[server(prefix = "/api", endpoint = "products/check_domain")]
pub async fn check_domain(org: OrgId, name: String) -> Result<DomainCheck, AppError> {
    use crate::api::ssr::{db, internal, respond, viewer};
    use crate::provisioning::{provisioning, Availability, ProvisioningError};
    use db::OrgScope;
    use domain::catalogue::{Period, ProductKind};
    use domain::money::Currency;
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::ProductView).await?;
        if !domain::product_rules::may_order(scope.access()) {
            return Err(AppError::Forbidden);
        }
        let name =
            domain::domain_name::parse(&name).map_err(|code| AppError::field("name", code))?;
        let catalogue = db::catalogue::current_at(&db, db.now_ms())
            .await?
            .ok_or_else(|| internal("no catalogue in force"))?;
        let extension = catalogue
            .extension_of(&name.ascii)
            .ok_or_else(|| AppError::field("name", "domain-extension-unsold"))?
            .to_owned();
        let available = match provisioning().registrar.check(&name).await {
            Ok(availability) => availability == Availability::Available,
            Err(ProvisioningError::Unreachable) => {
                return Err(AppError::conflict("registrar-unreachable"))
            }
            Err(ProvisioningError::Refused { code }) => {
                tracing::warn!(%code, "the registrar refused an availability check");
                return Err(AppError::conflict("registrar-unreachable"));
            }
        };
        let summary = db::orgs::summary(&db, &scope).await?;
        let currency = Currency::from_code(&summary.currency)
            .ok_or_else(|| internal("organisation currency is not a known code"))?;
        Ok(DomainCheck {
            yearly_price: catalogue.price(
                ProductKind::Domain,
                Some(&extension),
                Period::YEAR,
                currency,
            ),
            max_years: catalogue.max_years(ProductKind::Domain, Some(&extension)),
            extension,
            available,
            name,
        })
    })
    .await
}
