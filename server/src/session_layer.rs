//! One layer in front of everything: rejects cross-site mutations, resolves the session
//! cookie, decides the request's language and region, requires a session for every
//! non-public server function, and redirects page requests that need (or must not have)
//! a session.

use crate::router::AppState;
use app::api::ssr::cookie;
use app::api::{API_PREFIX, PUBLIC_PREFIX};
use app::i18n::LANG_COOKIE;
use app::routes::landing_path;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use db::sessions::ActiveSession;
use domain::datetime::Region;
use domain::dto::landing_org;
use domain::{country, AppError, Lang};

pub async fn session_layer(
    State(state): State<AppState>,
    mut req: Request<Body>,
    next: Next,
) -> Response {
    let path = req.uri().path().to_owned();
    let method = req.method().clone();
    let mutating = !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if mutating && !same_origin(req.headers(), &state.config.public_url) {
        return error_response(&AppError::CrossSiteRequest);
    }

    let secure = state.config.secure_cookies();
    let token = cookie_header(req.headers()).and_then(|h| cookie::token_from_header(&h, secure));
    let session = match &token {
        Some(token) => match db::sessions::resolve(&state.db, &cookie::hash_token(token)).await {
            Ok(found) => found,
            Err(err) => return error_response(&AppError::from(err)),
        },
        None => None,
    };
    let region = request_region(req.headers(), session.as_ref());
    req.extensions_mut().insert(region);
    if let Some(s) = &session {
        req.extensions_mut().insert(s.clone());
    }

    let is_api = path.starts_with(&format!("{API_PREFIX}/"));
    let moved = session
        .as_ref()
        .is_some_and(|s| s.user.temporary_login.is_some());
    let mut response =
        if is_api && !path.starts_with(&format!("{PUBLIC_PREFIX}/")) && session.is_none() {
            error_response(&AppError::Unauthenticated)
        } else if let Some(refused) = moved.then(|| login_email_gate(&method, &path)).flatten() {
            refused
        } else if let Some(redirect) = page_redirect(&state, &method, &path, session.as_ref()).await
        {
            redirect
        } else {
            next.run(req).await
        };
    // A cookie whose session is gone is removed, so the browser stops sending it — unless
    // the response sets a new one (signing in again): the later header would win.
    let sets_session = response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| v.starts_with(&format!("{}=", cookie::name(secure))));
    if token.is_some() && session.is_none() && !sets_session {
        if let Ok(value) = HeaderValue::from_str(&cookie::expired(secure)) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}

/// Browsers say where a request comes from: `Sec-Fetch-Site` (modern) or `Origin`. A
/// request carrying neither is not from a browser, so it carries no ambient cookie risk.
fn same_origin(headers: &HeaderMap, public_url: &str) -> bool {
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return matches!(site, "same-origin" | "none");
    }
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return true;
    };
    if origin.eq_ignore_ascii_case(public_url) {
        return true;
    }
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let origin_host = origin.split_once("://").map(|(_, h)| h).unwrap_or_default();
    !host.is_empty() && origin_host.eq_ignore_ascii_case(host)
}

fn cookie_header(headers: &HeaderMap) -> Option<String> {
    cookie::request_header(headers)
}

fn cookie_value(headers: &HeaderMap, name: &str) -> Option<String> {
    cookie::value_in(&cookie_header(headers)?, name)
}

/// Profile first; for visitors the language cookie, then `Accept-Language`, then English.
fn request_region(headers: &HeaderMap, session: Option<&ActiveSession>) -> Region {
    if let Some(s) = session {
        return s.user.region.clone();
    }
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let lang = cookie_value(headers, LANG_COOKIE)
        .and_then(|c| Lang::parse(&c))
        .or_else(|| Lang::negotiate(accept))
        .unwrap_or(Lang::En);
    let country = Lang::region_hint(accept)
        .filter(|c| country::is_known(c))
        .unwrap_or_else(|| "CH".into());
    Region {
        lang,
        time_zone: country::default_time_zone(&country).to_owned(),
        country,
    }
}

fn is_protected_page(path: &str) -> bool {
    path == "/"
        || path.starts_with("/o/")
        || path.starts_with("/profile")
        || path == CHOOSE_LOGIN_EMAIL
}

/// Where an account signed in with a temporary login name chooses its new login e-mail.
const CHOOSE_LOGIN_EMAIL: &str = "/choose-login-email";

/// An account whose login address was deleted signs in with its temporary name and must
/// choose a new login e-mail before anything else: every page leads there, and every server
/// function but that choice, the language and signing out answers `login-email-required`.
fn login_email_gate(method: &Method, path: &str) -> Option<Response> {
    const OPEN: &[&str] = &[
        "/api/account/choose_login_email",
        "/api/account/set_language",
        "/api/auth/log_out",
    ];
    if path.starts_with(&format!("{API_PREFIX}/")) {
        let open = OPEN.contains(&path) || path.starts_with(&format!("{PUBLIC_PREFIX}/"));
        return (!open).then(|| error_response(&AppError::conflict("login-email-required")));
    }
    (*method == Method::GET && path != CHOOSE_LOGIN_EMAIL)
        .then(|| Redirect::to(CHOOSE_LOGIN_EMAIL).into_response())
}

async fn page_redirect(
    state: &AppState,
    method: &Method,
    path: &str,
    session: Option<&ActiveSession>,
) -> Option<Response> {
    if *method != Method::GET || path.starts_with(&format!("{API_PREFIX}/")) {
        return None;
    }
    match session {
        None if is_protected_page(path) => Some(Redirect::to("/login").into_response()),
        Some(_) if path == "/login" || path == "/signup" => Some(Redirect::to("/").into_response()),
        // Only a moved account has a login e-mail to choose.
        Some(s) if path == CHOOSE_LOGIN_EMAIL && s.user.temporary_login.is_none() => {
            Some(Redirect::to("/").into_response())
        }
        Some(s) if path == "/" => {
            let orgs = db::orgs::list_for_user(&state.db, s.user.id).await.ok()?;
            let target = landing_path(landing_org(s.user.last_org, &orgs));
            Some(Redirect::to(&target).into_response())
        }
        _ => None,
    }
}

/// An error as the server-function client expects it: JSON code, matching status.
fn error_response(err: &AppError) -> Response {
    let status =
        StatusCode::from_u16(err.http_status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let body = serde_json::to_string(err)
        .unwrap_or_else(|_| r#"{"code":"internal","reference":""}"#.into());
    (status, [(header::CONTENT_TYPE, "application/json")], body).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, HeaderValue::from_str(v).unwrap());
        }
        h
    }

    #[test]
    fn cross_site_requests_are_recognised() {
        let url = "http://127.0.0.1:3000";
        assert!(same_origin(
            &headers(&[("sec-fetch-site", "same-origin")]),
            url
        ));
        assert!(!same_origin(
            &headers(&[("sec-fetch-site", "cross-site")]),
            url
        ));
        assert!(!same_origin(
            &headers(&[("sec-fetch-site", "same-site")]),
            url
        ));
        assert!(same_origin(&headers(&[("origin", url)]), url));
        assert!(same_origin(
            &headers(&[
                ("origin", "http://console.local:8080"),
                ("host", "console.local:8080")
            ]),
            url
        ));
        assert!(!same_origin(
            &headers(&[
                ("origin", "https://evil.example"),
                ("host", "127.0.0.1:3000")
            ]),
            url
        ));
        assert!(same_origin(&headers(&[]), url));
    }

    #[test]
    fn visitors_language_comes_from_cookie_then_header() {
        let r = request_region(&headers(&[("accept-language", "de-CH,de;q=0.9")]), None);
        assert_eq!(
            (r.lang, r.country.as_str(), r.time_zone.as_str()),
            (Lang::De, "CH", "Europe/Zurich")
        );
        let r = request_region(
            &headers(&[("accept-language", "de-DE"), ("cookie", "mandant_lang=it")]),
            None,
        );
        assert_eq!(r.lang, Lang::It);
        assert_eq!(r.country, "DE");
        assert_eq!(request_region(&headers(&[]), None).lang, Lang::En);
    }
}
