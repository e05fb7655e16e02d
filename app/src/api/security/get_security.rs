use domain::dto::SecurityOverview;
use domain::AppError;
use leptos::prelude::*;

#[server(prefix = "/api", endpoint = "security/get_security")]
pub async fn get_security() -> Result<SecurityOverview, AppError> {
    use crate::api::ssr::{db, respond, viewer};

    respond(async move {
        let me = viewer()?.user;
        let db = db()?;
        Ok(SecurityOverview {
            two_factor: db::two_factor::is_enabled(&db, me.id).await?,
            backup_codes_left: db::two_factor::unused_codes(&db, me.id).await?.len() as i64,
        })
    })
    .await
}
