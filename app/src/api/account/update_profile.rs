use domain::datetime::Region;
use domain::AppError;
use leptos::prelude::*;

/// Saves name, language, country and time zone; returns the region now in effect.
#[server(prefix = "/api", endpoint = "account/update_profile")]
pub async fn update_profile(
    name: String,
    lang: String,
    country: String,
    time_zone: String,
) -> Result<Region, AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use domain::datetime::parse_time_zone;
    use domain::validation::{self, Checks};
    use domain::{country as countries, Lang};

    respond(async move {
        let user = viewer()?.user;
        let mut checks = Checks::new();
        let name = checks.check("name", validation::name(&name));
        let lang = checks.check("lang", Lang::parse(&lang).ok_or("language-unknown"));
        let country = checks.check("country", countries::parse(&country));
        let time_zone = checks.check("time_zone", parse_time_zone(&time_zone));
        checks.finish()?;
        let region = Region {
            lang,
            country,
            time_zone,
        };
        db::users::update_profile(&db()?, user.id, &name, &region).await?;
        Ok(region)
    })
    .await
}
