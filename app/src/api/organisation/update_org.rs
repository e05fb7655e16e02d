use domain::{AppError, OrgId};
use leptos::prelude::*;

/// Saves the organisation's name and main billing address; the address's country sets the
/// currency (refused while money is pending in the current one).
#[server(prefix = "/api", endpoint = "organisation/update_org")]
pub async fn update_org(
    org: OrgId,
    name: String,
    street: String,
    postal_code: String,
    city: String,
    country: String,
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
        checks.finish()?;
        db::org_settings::update(&db, &scope, &name, &address).await
    })
    .await
}
