use domain::AppError;
use leptos::prelude::*;

/// Remembers whether the viewer sees prices with their tax.
#[server(prefix = "/api", endpoint = "orders/set_price_display")]
pub async fn set_price_display(include_tax: bool) -> Result<(), AppError> {
    use crate::api::ssr::{db, respond, viewer};

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        db::users::set_prices_include_tax(&db, user.id, include_tax).await?;
        Ok(())
    })
    .await
}
