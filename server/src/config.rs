//! Configuration from environment variables; every setting has a default, so `mandant
//! serve` runs with no configuration at all.

use std::net::SocketAddr;

#[derive(Clone, Debug)]
pub struct Config {
    /// `DATABASE_URL`: `sqlite://…` (default `sqlite://data/mandant.db?mode=rwc`) or
    /// `postgres://…`.
    pub database_url: String,
    /// `MANDANT_LISTEN` (or cargo-leptos' `LEPTOS_SITE_ADDR`), default `127.0.0.1:3000`.
    pub listen: SocketAddr,
    /// `MANDANT_PUBLIC_URL`: the address users reach the console at; `https://…` turns on
    /// `Secure` `__Host-` cookies. Default `http://<listen>`, or `http://localhost:<port>`
    /// when listening on loopback (browsers accept security keys there, not on an IP).
    pub public_url: String,
    /// `LEPTOS_SITE_ROOT`: where the built client (wasm, CSS, assets) is, default
    /// `target/site`.
    pub site_root: String,
    /// `MANDANT_SMTP_URL`: where mail is delivered (`smtp://`, `smtp+starttls://`,
    /// `smtps://`, optionally with `user:password@`). Unset: mails wait in the outbox.
    pub smtp_url: Option<String>,
    /// `MANDANT_MAIL_FROM`: sender of every mail, default `Mandant <no-reply@localhost>`.
    pub mail_from: String,
    /// `MANDANT_SMS_GATEWAY_URL`: the HTTP SMS gateway (see `sms.rs`). Unset: the SMS
    /// sandbox — text messages wait in the outbox.
    pub sms_gateway_url: Option<String>,
    /// `MANDANT_SMS_GATEWAY_TOKEN`: bearer token for the gateway.
    pub sms_gateway_token: Option<String>,
}

impl Config {
    pub fn from_env() -> Result<Config, String> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        let listen_text = var("MANDANT_LISTEN")
            .or_else(|| var("LEPTOS_SITE_ADDR"))
            .unwrap_or_else(|| "127.0.0.1:3000".into());
        let listen: SocketAddr = listen_text
            .parse()
            .map_err(|_| format!("MANDANT_LISTEN is not an address:port: {listen_text}"))?;
        let public_url = var("MANDANT_PUBLIC_URL").unwrap_or_else(|| default_public_url(listen));
        if !(public_url.starts_with("http://") || public_url.starts_with("https://")) {
            return Err(format!(
                "MANDANT_PUBLIC_URL must start with http:// or https://: {public_url}"
            ));
        }
        Ok(Config {
            database_url: var("DATABASE_URL")
                .unwrap_or_else(|| "sqlite://data/mandant.db?mode=rwc".into()),
            listen,
            public_url: public_url.trim_end_matches('/').to_owned(),
            site_root: var("LEPTOS_SITE_ROOT").unwrap_or_else(|| "target/site".into()),
            smtp_url: var("MANDANT_SMTP_URL"),
            mail_from: var("MANDANT_MAIL_FROM")
                .unwrap_or_else(|| "Mandant <no-reply@localhost>".into()),
            sms_gateway_url: var("MANDANT_SMS_GATEWAY_URL"),
            sms_gateway_token: var("MANDANT_SMS_GATEWAY_TOKEN"),
        })
    }

    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

/// `http://localhost:<port>` on a loopback address: WebAuthn refuses IP addresses, and
/// browsers treat `localhost` as a secure context. Elsewhere `http://<listen>`.
fn default_public_url(listen: SocketAddr) -> String {
    if listen.ip().is_loopback() {
        format!("http://localhost:{}", listen.port())
    } else {
        format!("http://{listen}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_listeners_are_reached_at_localhost() {
        let loopback: SocketAddr = "127.0.0.1:3000".parse().unwrap();
        assert_eq!(default_public_url(loopback), "http://localhost:3000");
        let lan: SocketAddr = "10.0.0.11:3000".parse().unwrap();
        assert_eq!(default_public_url(lan), "http://10.0.0.11:3000");
    }
}
