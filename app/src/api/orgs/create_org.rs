use domain::{AppError, OrgId};
use leptos::prelude::*;

/// Creates an organisation with the caller as legal representative. Its billing country
/// sets the currency (CHF for Switzerland/Liechtenstein, EUR otherwise).
#[server(prefix = "/api", endpoint = "orgs/create_org")]
pub async fn create_org(name: String, country: String) -> Result<OrgId, AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use domain::validation::{self, Checks};

    respond(async move {
        let user = viewer()?.user;
        let mut checks = Checks::new();
        let name = checks.check("name", validation::name(&name));
        let country = checks.check("country", domain::country::parse(&country));
        checks.finish()?;
        let db = db()?;
        let org = db::orgs::create(&db, user.id, &name, &country).await?;
        db::users::set_last_org(&db, user.id, org).await?;
        Ok(org)
    })
    .await
}
