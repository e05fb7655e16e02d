use domain::datetime::Region;
use domain::AppError;
use leptos::prelude::*;

/// Changes only the interface language (the top bar's quick switch); returns the region now
/// in effect.
#[server(prefix = "/api", endpoint = "account/set_language")]
pub async fn set_language(lang: String) -> Result<Region, AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use domain::Lang;

    respond(async move {
        let user = viewer()?.user;
        let lang = Lang::parse(&lang).ok_or_else(|| AppError::field("lang", "language-unknown"))?;
        let region = Region {
            lang,
            ..user.region
        };
        db::users::update_profile(&db()?, user.id, &user.name, &region).await?;
        Ok(region)
    })
    .await
}
