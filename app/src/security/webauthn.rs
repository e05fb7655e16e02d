//! Security keys and passkeys, server side: the relying party derived from the public URL,
//! and (de)serialising what webauthn-rs keeps between the two requests of a ceremony.

use domain::AppError;
use webauthn_rs::prelude::{Url, Webauthn, WebauthnBuilder};

/// The relying party for the console at `public_url`. Browsers refuse IP addresses as
/// relying-party ids, so a loopback address stands for `localhost` on the same port (the
/// console must then be opened at `http://localhost:<port>`). `None` when the public URL
/// cannot carry security keys (another IP address, no host).
pub fn relying_party(public_url: &str) -> Option<Webauthn> {
    let (rp_id, origin) = rp_id_and_origin(public_url)?;
    WebauthnBuilder::new(&rp_id, &origin)
        .ok()?
        .rp_name("Mandant")
        .build()
        .ok()
}

/// The relying-party id and the one origin accepted for it.
pub fn rp_id_and_origin(public_url: &str) -> Option<(String, Url)> {
    let url = Url::parse(public_url).ok()?;
    let host = url.host_str()?;
    // IPv6 hosts come bracketed.
    let ip = host.trim_start_matches('[').trim_end_matches(']');
    match ip.parse::<std::net::IpAddr>() {
        Err(_) => Some((host.to_owned(), origin_of(&url)?)),
        Ok(ip) if ip.is_loopback() => {
            let port = url.port().map(|p| format!(":{p}")).unwrap_or_default();
            let origin = Url::parse(&format!("{}://localhost{port}", url.scheme())).ok()?;
            Some(("localhost".to_owned(), origin))
        }
        Ok(_) => None,
    }
}

/// Scheme, host and port only: the form a browser reports as the origin.
fn origin_of(url: &Url) -> Option<Url> {
    Url::parse(&url.origin().ascii_serialization()).ok()
}

/// The relying party of this server, or `security-keys-unavailable`.
pub fn this_relying_party() -> Result<Webauthn, AppError> {
    relying_party(&crate::api::ssr::config().public_url)
        .ok_or_else(|| AppError::conflict("security-keys-unavailable"))
}

/// The credential id as stored (base64url, unpadded): unique across accounts.
pub fn credential_id(bytes: &[u8]) -> String {
    data_encoding::BASE64URL_NOPAD.encode(bytes)
}

pub fn to_json<T: serde::Serialize>(value: &T) -> Result<String, AppError> {
    serde_json::to_string(value).map_err(|e| crate::api::ssr::internal(&e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_addresses_become_localhost_on_the_same_port() {
        let (id, origin) = rp_id_and_origin("http://127.0.0.1:3000").unwrap();
        assert_eq!(id, "localhost");
        assert_eq!(origin.as_str(), "http://localhost:3000/");
        let (id, _) = rp_id_and_origin("http://[::1]:8080").unwrap();
        assert_eq!(id, "localhost");
    }

    #[test]
    fn a_domain_is_its_own_relying_party() {
        let (id, origin) = rp_id_and_origin("https://console.example.com").unwrap();
        assert_eq!(id, "console.example.com");
        assert_eq!(origin.as_str(), "https://console.example.com/");
        assert!(relying_party("https://console.example.com").is_some());
        assert!(relying_party("http://localhost:3000").is_some());
    }

    #[test]
    fn other_addresses_cannot_carry_security_keys() {
        assert!(rp_id_and_origin("http://10.0.0.11:3000").is_none());
        assert!(relying_party("http://10.0.0.11:3000").is_none());
    }
}
