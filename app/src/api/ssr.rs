//! Server-side plumbing shared by every server function: who is calling, the database,
//! HTTP status for errors, passwords and session cookies.

use axum::http::{header, HeaderValue, StatusCode};
use db::sessions::ActiveSession;
use db::Db;
use domain::AppError;
use leptos::prelude::*;
use leptos_axum::ResponseOptions;

/// Server settings the functions need, provided as context by the server.
#[derive(Clone, Debug)]
pub struct ServerConfig {
    /// Served over HTTPS: cookies get `Secure` and the `__Host-` prefix.
    pub secure_cookies: bool,
    /// Demo accounts are shown on the login page.
    pub demo: bool,
    /// Where users reach the console (links in mails), without a trailing slash.
    pub public_url: String,
    /// The country of the provider's VAT registration (`CH`).
    pub seller_country: String,
}

pub fn config() -> ServerConfig {
    use_context::<ServerConfig>().unwrap_or(ServerConfig {
        secure_cookies: false,
        demo: false,
        public_url: String::new(),
        seller_country: "CH".into(),
    })
}

pub fn db() -> Result<Db, AppError> {
    use_context::<Db>().ok_or_else(|| internal("database missing from context"))
}

fn parts() -> Option<http::request::Parts> {
    use_context::<http::request::Parts>()
}

/// The caller's session, as resolved by the session layer.
pub fn session() -> Option<ActiveSession> {
    parts().and_then(|p| p.extensions.get::<ActiveSession>().cloned())
}

/// The caller's session, or `Unauthenticated`.
pub fn viewer() -> Result<ActiveSession, AppError> {
    session().ok_or(AppError::Unauthenticated)
}

pub fn user_agent() -> String {
    parts()
        .and_then(|p| {
            p.headers
                .get(header::USER_AGENT)
                .and_then(|v| v.to_str().ok())
                .map(|s| s.chars().take(300).collect())
        })
        .unwrap_or_default()
}

/// The caller's address (the TCP peer) and browser, for sessions and security events.
pub fn origin() -> db::security_events::Origin {
    let ip = parts()
        .and_then(|p| {
            p.extensions
                .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
                .map(|c| c.0.ip().to_string())
        })
        .unwrap_or_default();
    db::security_events::Origin {
        ip,
        user_agent: user_agent(),
    }
}

/// Logs an internal failure with a reference id and returns the code the client sees.
pub fn internal(what: &str) -> AppError {
    let reference = uuid::Uuid::now_v7().simple().to_string();
    tracing::error!(%reference, "{what}");
    AppError::Internal { reference }
}

/// Runs a server function body and answers its error with the matching HTTP status.
pub async fn respond<T>(
    body: impl std::future::Future<Output = Result<T, AppError>>,
) -> Result<T, AppError> {
    let result = body.await;
    if let Err(err) = &result {
        if let Some(options) = use_context::<ResponseOptions>() {
            options.set_status(
                StatusCode::from_u16(err.http_status())
                    .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
            );
        }
    }
    result
}

pub mod password {
    //! Argon2id with OWASP's recommended parameters (19 MiB, 2 iterations, 1 lane).
    use super::internal;
    use argon2::password_hash::{
        rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
    };
    use argon2::{Algorithm, Argon2, Params, Version};
    use domain::AppError;

    fn argon2() -> Argon2<'static> {
        let params = Params::new(19 * 1024, 2, 1, None).unwrap_or_default();
        Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
    }

    /// At most one hashing job per core runs at a time: a flood of logins queues here
    /// instead of filling the blocking pool and starving other requests of memory and CPU.
    fn slots() -> &'static tokio::sync::Semaphore {
        static SLOTS: std::sync::OnceLock<tokio::sync::Semaphore> = std::sync::OnceLock::new();
        SLOTS.get_or_init(|| {
            let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
            tokio::sync::Semaphore::new(cores)
        })
    }

    pub async fn hash(password: String) -> Result<String, AppError> {
        let _slot = slots()
            .acquire()
            .await
            .map_err(|_| internal("hashing slots closed"))?;
        tokio::task::spawn_blocking(move || {
            let salt = SaltString::generate(&mut OsRng);
            argon2()
                .hash_password(password.as_bytes(), &salt)
                .map(|h| h.to_string())
        })
        .await
        .map_err(|_| internal("hashing task failed"))?
        .map_err(|_| internal("hashing failed"))
    }

    /// Verifies `password` against `stored`; with no stored hash (unknown e-mail) it still
    /// spends the same time, so response times do not reveal which e-mails exist.
    pub async fn verify(stored: Option<String>, password: String) -> bool {
        let Ok(_slot) = slots().acquire().await else {
            return false;
        };
        tokio::task::spawn_blocking(move || {
            let decoy = decoy_hash();
            let stored_hash = stored.as_deref().unwrap_or(decoy);
            let Ok(parsed) = PasswordHash::new(stored_hash) else {
                return false;
            };
            argon2()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
                && stored.is_some()
        })
        .await
        .unwrap_or(false)
    }

    fn decoy_hash() -> &'static str {
        static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
        DECOY.get_or_init(|| {
            let salt = SaltString::generate(&mut OsRng);
            argon2()
                .hash_password(b"decoy password for unknown accounts", &salt)
                .map(|h| h.to_string())
                .unwrap_or_default()
        })
    }
}

pub mod cookie {
    //! The session cookie: `HttpOnly`, `SameSite=Lax`, `Secure` + `__Host-` over HTTPS;
    //! without "keep me signed in" it has no `Max-Age`, so it ends with the browser.
    use super::*;
    use base64::Engine;
    use sha2::{Digest, Sha256};

    pub fn name(secure: bool) -> &'static str {
        if secure {
            "__Host-mandant_session"
        } else {
            "mandant_session"
        }
    }

    /// A new random session token and the hash stored for it.
    pub fn new_token() -> (String, String) {
        use rand::RngCore;
        let mut bytes = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut bytes);
        let token = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
        let hash = hash_token(&token);
        (token, hash)
    }

    pub fn hash_token(token: &str) -> String {
        let digest = Sha256::digest(token.as_bytes());
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(digest)
    }

    /// Reads the session token from a `Cookie` header value.
    pub fn token_from_header(cookie_header: &str, secure: bool) -> Option<String> {
        value_in(cookie_header, name(secure))
    }

    /// Every `Cookie` header of a request as one (HTTP/2 may send several).
    pub fn request_header(headers: &http::HeaderMap) -> Option<String> {
        let all: Vec<&str> = headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .collect();
        (!all.is_empty()).then(|| all.join("; "))
    }

    /// The value of cookie `wanted` in a `Cookie` header; an empty value counts as absent.
    pub fn value_in(cookie_header: &str, wanted: &str) -> Option<String> {
        cookie_header.split(';').find_map(|pair| {
            let (k, v) = pair.trim().split_once('=')?;
            (k == wanted && !v.is_empty()).then(|| v.to_owned())
        })
    }

    fn append(value: String) {
        if let (Some(options), Ok(v)) = (
            use_context::<ResponseOptions>(),
            HeaderValue::from_str(&value),
        ) {
            options.append_header(header::SET_COOKIE, v);
        }
    }

    pub fn set(token: &str, persistent: bool) {
        let secure = config().secure_cookies;
        let mut value = format!("{}={token}; Path=/; HttpOnly; SameSite=Lax", name(secure));
        if secure {
            value.push_str("; Secure");
        }
        if persistent {
            let max_age = db::sessions::KEPT_SESSION.absolute_ms / 1000;
            value.push_str(&format!("; Max-Age={max_age}"));
        }
        append(value);
    }

    /// A `Set-Cookie` value that removes the session cookie from the browser.
    pub fn expired(secure: bool) -> String {
        let mut value = format!(
            "{}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0",
            name(secure)
        );
        if secure {
            value.push_str("; Secure");
        }
        value
    }

    pub fn clear() {
        append(expired(config().secure_cookies));
    }

    fn named_cookie(name: &str) -> Option<String> {
        let headers = super::parts()?.headers;
        value_in(&request_header(&headers)?, name)
    }

    fn pending_cookie_name(secure: bool) -> &'static str {
        if secure {
            "__Host-mandant_pending"
        } else {
            "mandant_pending"
        }
    }

    /// Remembers, for five minutes, a sign-in that waits for its second factor.
    pub fn set_pending(token: &str) {
        let secure = config().secure_cookies;
        let mut value = format!(
            "{}={token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=300",
            pending_cookie_name(secure)
        );
        if secure {
            value.push_str("; Secure");
        }
        append(value);
    }

    pub fn pending_token() -> Option<String> {
        named_cookie(pending_cookie_name(config().secure_cookies))
    }

    pub fn clear_pending() {
        let secure = config().secure_cookies;
        let mut value = format!(
            "{}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0",
            pending_cookie_name(secure)
        );
        if secure {
            value.push_str("; Secure");
        }
        append(value);
    }

    fn device_cookie_name(secure: bool) -> &'static str {
        if secure {
            "__Host-mandant_device"
        } else {
            "mandant_device"
        }
    }

    /// The browser's device id (set at its first sign-in, kept 400 days), so a sign-in from
    /// a new device can be told apart; creates one when the browser has none.
    pub fn device_id() -> String {
        let secure = config().secure_cookies;
        let name = device_cookie_name(secure);
        let existing = named_cookie(name).filter(|v| v.len() == 43);
        existing.unwrap_or_else(|| {
            let (id, _) = new_token();
            let mut value = format!(
                "{name}={id}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}",
                400 * 24 * 3600
            );
            if secure {
                value.push_str("; Secure");
            }
            append(value);
            id
        })
    }
}

/// Rejects arguments that are not what the function takes (e.g. the same id listed twice
/// past a sane size).
pub fn limit_len<T>(items: &[T], max: usize) -> Result<(), AppError> {
    if items.len() > max {
        Err(AppError::BadRequest)
    } else {
        Ok(())
    }
}

/// Opens a fresh session for `user` (a new id at every login: no fixation), replacing the
/// caller's previous session if any.
pub async fn start_session(
    tx: &mut db::Tx,
    user: domain::UserId,
    persistent: bool,
) -> Result<(), AppError> {
    if let Some(previous) = session() {
        db::sessions::delete_in(tx, &previous.token_hash).await?;
    }
    let (token, hash) = cookie::new_token();
    db::sessions::create(tx, &hash, user, persistent, &origin()).await?;
    cookie::set(&token, persistent);
    Ok(())
}

/// An absolute link into the console, for mails.
pub fn console_link(path: &str) -> String {
    format!("{}{path}", config().public_url)
}

/// An absolute link to a section of an organisation, for mails.
pub fn org_link(org: domain::OrgId, section: &str) -> String {
    console_link(&crate::routes::org_section(org, section))
}

/// The outbox row for a rendered mail.
pub fn outbox_mail<'a>(
    to: &'a str,
    lang: &'a str,
    mail: &'a crate::mail::RenderedMail,
) -> db::outbox::NewMail<'a> {
    db::outbox::NewMail {
        recipient: to,
        lang,
        kind: mail.kind,
        subject: &mail.subject,
        body_text: &mail.body_text,
    }
}

/// Queues a rendered mail in the use case's transaction: it is sent only if the change it
/// announces commits.
pub async fn queue_mail_in(
    tx: &mut db::Tx,
    to: &str,
    lang: domain::Lang,
    mail: &crate::mail::RenderedMail,
) -> Result<(), AppError> {
    db::outbox::enqueue_on(tx, outbox_mail(to, lang.code(), mail)).await?;
    Ok(())
}

/// [`queue_mail_in`] with files attached.
pub async fn queue_mail_with_files_in(
    tx: &mut db::Tx,
    to: &str,
    lang: domain::Lang,
    mail: &crate::mail::RenderedMail,
    files: &[db::outbox::Attachment],
) -> Result<(), AppError> {
    let id = db::outbox::enqueue_on(tx, outbox_mail(to, lang.code(), mail)).await?;
    db::outbox::attach(tx, id, files).await?;
    Ok(())
}

/// Queues a rendered mail for delivery (a use case whose only write is the mail).
pub async fn queue_mail(
    db: &Db,
    to: &str,
    lang: domain::Lang,
    mail: &crate::mail::RenderedMail,
) -> Result<(), AppError> {
    db::outbox::enqueue(db, outbox_mail(to, lang.code(), mail)).await?;
    Ok(())
}
