// A form posts its fields as named arguments, one per field.
#![allow(clippy::too_many_arguments)]
use domain::{AppError, BillingAddressId, OrgId};
use leptos::prelude::*;

/// Adds a further billing address (a recipient and where their invoices go), with its VAT
/// number when the recipient has one (EU businesses are then billed by reverse charge).
#[server(prefix = "/api", endpoint = "organisation/add_billing_address")]
pub async fn add_billing_address(
    org: OrgId,
    name: String,
    email: String,
    street: String,
    postal_code: String,
    city: String,
    country: String,
    vat_number: Option<String>,
) -> Result<BillingAddressId, AppError> {
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
        let email = checks.check("email", validation::email(&email));
        let address = check_address(&mut checks, &street, &postal_code, &city, &country);
        let typed = vat_number.unwrap_or_default();
        let vat = checks.check(
            "vat_number",
            validation::vat_number(&address.country, &typed),
        );
        checks.finish()?;
        db::org_settings::add_billing_address(&db, &scope, &name, &email, &address, vat.as_deref())
            .await
    })
    .await
}
