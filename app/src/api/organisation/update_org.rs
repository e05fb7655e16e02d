// A form posts its fields as named arguments, one per field.
#![allow(clippy::too_many_arguments)]
use domain::{AppError, OrgId};
use leptos::prelude::*;

/// Saves the organisation's name, main billing address (with its VAT number, optional) and
/// time zone; the address's
/// country sets the currency (refused while money is pending in the current one). An empty
/// time zone means the country's.
#[server(prefix = "/api", endpoint = "organisation/update_org")]
pub async fn update_org(
    org: OrgId,
    name: String,
    street: String,
    postal_code: String,
    city: String,
    country: String,
    vat_number: Option<String>,
    time_zone: Option<String>,
) -> Result<(), AppError> {
    use super::check_address;
    use crate::api::ssr::{db, respond, viewer};
    use db::OrgScope;
    use domain::validation::{self, Checks};
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::OrgUpdate).await?;
        let mut checks = Checks::new();
        let name = checks.check("name", validation::name(&name));
        let address = check_address(&mut checks, &street, &postal_code, &city, &country);
        let typed = vat_number.unwrap_or_default();
        let vat = checks.check(
            "vat_number",
            validation::vat_number(&address.country, &typed),
        );
        let zone = time_zone.unwrap_or_default();
        let zone = if zone.trim().is_empty() {
            String::new()
        } else {
            checks.check("time_zone", domain::datetime::parse_time_zone(&zone))
        };
        checks.finish()?;
        db::org_settings::update(&db, &scope, &name, &address, vat.as_deref(), &zone).await
    })
    .await
}
