use domain::dto::ShellData;
use domain::AppError;
use leptos::prelude::*;

/// The signed-in user and their organisations, for the app shell.
#[server(prefix = "/api", endpoint = "account/get_shell")]
pub async fn get_shell() -> Result<ShellData, AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use domain::dto::Me;

    respond(async move {
        let user = viewer()?.user;
        let orgs = db::orgs::list_for_user(&db()?, user.id).await?;
        Ok(ShellData {
            me: Me {
                id: user.id,
                name: user.name,
                email: user.email,
                region: user.region,
                last_org: user.last_org,
            },
            orgs,
        })
    })
    .await
}
