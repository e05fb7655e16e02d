//! Non-interactive access for tools that cannot do two-factor sign-in (sync clients,
//! scripts): HTTP Basic authentication with the login e-mail and an app password. The
//! account password is never accepted here, and app passwords never open the console.
//! `GET /app-api/whoami` tells a tool whose account it acts for.

use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use base64::Engine;

use crate::router::AppState;

fn unauthorised() -> Response {
    let mut response = StatusCode::UNAUTHORIZED.into_response();
    response.headers_mut().insert(
        header::WWW_AUTHENTICATE,
        HeaderValue::from_static("Basic realm=\"Mandant\", charset=\"UTF-8\""),
    );
    response
}

/// `(e-mail, secret)` from an `Authorization: Basic …` header.
fn basic_credentials(req: &Request) -> Option<(String, String)> {
    let value = req.headers().get(header::AUTHORIZATION)?.to_str().ok()?;
    let encoded = value.strip_prefix("Basic ")?;
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(encoded.trim())
        .ok()?;
    let text = String::from_utf8(decoded).ok()?;
    let (email, secret) = text.split_once(':')?;
    Some((email.trim().to_lowercase(), secret.to_owned()))
}

pub async fn whoami(State(state): State<AppState>, req: Request) -> Response {
    let Some((email, secret)) = basic_credentials(&req) else {
        return unauthorised();
    };
    // Counted like sign-ins, before checking: guessing here is as slow as on the login page.
    // Under its own key, so a misconfigured tool cannot lock its owner out of the console.
    let now = state.db.now_ms();
    let key = format!("app-password:{email}");
    let attempts = match db::throttle::count_attempt(&state.db, &key, now).await {
        Ok(n) => n,
        Err(err) => {
            tracing::error!(error = %err, "throttle unavailable");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    if let domain::login_limits::Verdict::Refuse = domain::login_limits::verdict(attempts, 0) {
        return StatusCode::TOO_MANY_REQUESTS.into_response();
    }
    let hash = app::security::app_password::hash(&secret);
    match db::app_passwords::authenticate(&state.db, &email, &hash).await {
        Ok(Some(_)) => {
            let _ = db::throttle::forgive_attempt(&state.db, &key, now).await;
            axum::Json(serde_json::json!({ "email": email })).into_response()
        }
        Ok(None) => unauthorised(),
        Err(err) => {
            tracing::error!(error = %err, "app password check failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
