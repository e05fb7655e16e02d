use domain::dto::MyOrgRow;
use domain::AppError;
use leptos::prelude::*;

/// "My organisations" in the profile.
#[server(prefix = "/api", endpoint = "orgs/list_my_orgs")]
pub async fn list_my_orgs() -> Result<Vec<MyOrgRow>, AppError> {
    use crate::api::ssr::{db, respond, viewer};

    respond(async move {
        let user = viewer()?.user;
        Ok(db::orgs::my_organisations(&db()?, user.id).await?)
    })
    .await
}
