// The server function's arguments are the sign-up form's fields, posted as one form.
#![allow(clippy::too_many_arguments)]

use super::SignedIn;
use domain::AppError;
use leptos::prelude::*;

/// Creates an account and its first organisation (named after the company, or the
/// person), signs the new user in and returns the organisation to open. With an
/// `invitation` token the account joins the inviting organisation instead, and no personal
/// organisation is created.
#[server(prefix = "/api/public", endpoint = "auth/sign_up")]
pub async fn sign_up(
    name: String,
    email: String,
    password: String,
    company: String,
    country: String,
    time_zone: String,
    lang: String,
    #[server(default)] invitation: String,
) -> Result<SignedIn, AppError> {
    use crate::api::ssr::{db, password, respond, start_session};
    use domain::datetime::{parse_time_zone, Region};
    use domain::validation::{self, Checks};
    use domain::{country as countries, Lang};

    respond(async move {
        let mut checks = Checks::new();
        let name = checks.check("name", validation::name(&name));
        let email = checks.check("email", validation::email(&email));
        let password = checks.check("password", validation::new_password(&password));
        let company = checks.check("company", validation::optional_name(&company));
        let country = checks.check("country", countries::parse(&country));
        checks.finish()?;
        // The time zone comes from the browser; an unknown one falls back to the country's.
        let time_zone = parse_time_zone(&time_zone)
            .unwrap_or_else(|_| countries::default_time_zone(&country).to_owned());
        let region = Region {
            lang: Lang::parse(&lang).unwrap_or_default(),
            country: country.clone(),
            time_zone,
        };
        let db = db()?;
        let hash = password::hash(password).await?;
        let new_user = db::users::NewUser {
            email: &email,
            name: &name,
            password_hash: &hash,
            region: &region,
        };
        let mut tx = db.begin().await?;
        let (user, org) = if invitation.is_empty() {
            let org_name = company.unwrap_or_else(|| name.clone());
            db::users::sign_up(&mut tx, new_user, &org_name, &country).await?
        } else {
            let token_hash = crate::api::ssr::cookie::hash_token(&invitation);
            let (user, org) = db::users::sign_up_invited(&mut tx, new_user, &token_hash).await?;
            crate::api::invitations::schedule_joined_notice(&mut tx, org, user).await?;
            (user, org)
        };
        // This browser is the account's first device: signing in from it later is not "new".
        let device = crate::api::ssr::cookie::hash_token(&crate::api::ssr::cookie::device_id());
        db::security_events::is_new_device(&mut tx, user, &device).await?;
        start_session(&mut tx, user, false).await?;
        tx.commit().await?;
        Ok(SignedIn {
            org: Some(org),
            second_factor: false,
            methods: Vec::new(),
        })
    })
    .await
}
