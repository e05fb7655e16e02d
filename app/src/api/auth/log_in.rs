use super::SignedIn;
use domain::AppError;
use leptos::prelude::*;

/// Signs in with e-mail and password. A wrong e-mail and a wrong password get the same
/// answer. `remember` ("keep me signed in") keeps the session beyond the browser's life.
#[server(prefix = "/api/public", endpoint = "auth/log_in")]
pub async fn log_in(
    email: String,
    password: String,
    remember: Option<String>,
) -> Result<SignedIn, AppError> {
    use crate::api::ssr::{db, password as pw, respond, start_session};

    respond(async move {
        let email = domain::validation::email(&email).unwrap_or_default();
        if password.is_empty() || password.chars().count() > domain::validation::PASSWORD_MAX_CHARS
        {
            return Err(AppError::InvalidCredentials);
        }
        let db = db()?;
        let user = if email.is_empty() {
            None
        } else {
            db::users::find_by_email(&db, &email).await?
        };
        let verified = pw::verify(user.as_ref().map(|u| u.password_hash.clone()), password).await;
        let Some(user) = user.filter(|_| verified) else {
            return Err(AppError::InvalidCredentials);
        };
        start_session(
            &db,
            user.id,
            remember.is_some_and(|v| !v.is_empty() && v != "false"),
        )
        .await?;
        let orgs = db::orgs::list_for_user(&db, user.id).await?;
        Ok(SignedIn {
            org: domain::dto::landing_org(user.last_org, &orgs),
        })
    })
    .await
}
