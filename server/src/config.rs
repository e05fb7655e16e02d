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
    /// `MANDANT_CLOCK_OFFSET` (`+20d`, `-3h`, `90m`) and `MANDANT_CLOCK_SPEED` (e.g. `60`):
    /// a shifted or accelerated clock for demos, refused unless `MANDANT_ALLOW_CLOCK_SHIFT=1`.
    pub clock: ClockSetting,
    /// `MANDANT_SELLER_COUNTRY`: the country of the provider's VAT registration, which
    /// decides the VAT of every order (default `CH`).
    pub seller_country: String,
    /// `MANDANT_PAYMENT_SANDBOX_SECRET`: the key the sandbox payment processor signs its
    /// callbacks with (default: a fixed, documented one — the sandbox moves no money).
    pub payment_sandbox_secret: String,
    /// The payment service provider, when `MANDANT_DATATRANS_MERCHANT_ID`, `_PASSWORD` and
    /// `_HMAC_KEY` are set (`_API_URL` and `_PAY_URL` default to Datatrans' sandbox); unset:
    /// the sandbox processor inside Mandant.
    pub datatrans: Option<crate::datatrans::DatatransConfig>,
    /// The provider on invoices and pro formas: `MANDANT_SELLER_NAME`, `_STREET`,
    /// `_POSTAL_CODE`, `_CITY`, `_VAT_NUMBER`, `_IBAN` and `_QR_IBAN` (Swiss or
    /// Liechtenstein accounts); each unset one keeps the fictitious demo provider's value.
    pub seller: app::seller::SellerProfile,
}

/// How the server's clock relates to the system clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClockSetting {
    pub offset_ms: i64,
    pub speed: i64,
}

/// The system clock: no offset, real speed.
impl Default for ClockSetting {
    fn default() -> Self {
        ClockSetting {
            offset_ms: 0,
            speed: 1,
        }
    }
}

impl ClockSetting {
    pub fn clock(self) -> db::Clock {
        if self == ClockSetting::default() {
            db::Clock::system()
        } else {
            db::Clock::shifted(self.offset_ms, self.speed.max(1))
        }
    }
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
            clock: clock_setting(
                var("MANDANT_CLOCK_OFFSET").as_deref(),
                var("MANDANT_CLOCK_SPEED").as_deref(),
                var("MANDANT_ALLOW_CLOCK_SHIFT").as_deref() == Some("1"),
            )?,
            seller_country: seller_country(var("MANDANT_SELLER_COUNTRY"))?,
            seller: seller_profile(&var)?,
            payment_sandbox_secret: var("MANDANT_PAYMENT_SANDBOX_SECRET")
                .unwrap_or_else(|| app::payments::SANDBOX_DEFAULT_SECRET.into()),
            datatrans: datatrans(&var)?,
        })
    }

    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

/// Datatrans' settings from `MANDANT_DATATRANS_*`: all three credentials or none.
fn datatrans(
    var: &dyn Fn(&str) -> Option<String>,
) -> Result<Option<crate::datatrans::DatatransConfig>, String> {
    let merchant_id = var("MANDANT_DATATRANS_MERCHANT_ID");
    let password = var("MANDANT_DATATRANS_PASSWORD");
    let key = var("MANDANT_DATATRANS_HMAC_KEY");
    let (merchant_id, password, key) = match (merchant_id, password, key) {
        (None, None, None) => return Ok(None),
        (Some(m), Some(p), Some(k)) => (m, p, k),
        _ => {
            return Err(
                "MANDANT_DATATRANS_MERCHANT_ID, MANDANT_DATATRANS_PASSWORD and \
                        MANDANT_DATATRANS_HMAC_KEY are set together or not at all"
                    .into(),
            )
        }
    };
    let hmac_key = data_encoding::HEXLOWER_PERMISSIVE
        .decode(key.trim().as_bytes())
        .ok()
        .filter(|k| !k.is_empty())
        .ok_or("MANDANT_DATATRANS_HMAC_KEY must be the key in hexadecimal")?;
    let url = |name: &str, default: &str| -> Result<String, String> {
        let value = var(name).unwrap_or_else(|| default.to_owned());
        match url::Url::parse(&value) {
            Ok(u) if matches!(u.scheme(), "http" | "https") => Ok(value),
            _ => Err(format!("{name} must be an http:// or https:// URL")),
        }
    };
    Ok(Some(crate::datatrans::DatatransConfig {
        merchant_id: merchant_id.trim().to_owned(),
        password,
        hmac_key,
        api_url: url(
            "MANDANT_DATATRANS_API_URL",
            "https://api.sandbox.datatrans.com",
        )?,
        pay_url: url(
            "MANDANT_DATATRANS_PAY_URL",
            "https://pay.sandbox.datatrans.com",
        )?,
    }))
}

/// The seller's country code, upper case; one the VAT rules know (Switzerland,
/// Liechtenstein or an EU member state).
fn seller_country(text: Option<String>) -> Result<String, String> {
    let country = text.unwrap_or_else(|| "CH".into()).trim().to_uppercase();
    match domain::tax::rates::territory(&country) {
        domain::tax::rates::Territory::Outside => Err(format!(
            "MANDANT_SELLER_COUNTRY must be CH, LI or an EU country code: {country}"
        )),
        _ => Ok(country),
    }
}

/// The provider's details from `MANDANT_SELLER_*`, over the demo provider's.
fn seller_profile(
    var: &dyn Fn(&str) -> Option<String>,
) -> Result<app::seller::SellerProfile, String> {
    let mut profile = app::seller::demo();
    let party = &mut profile.party;
    for (name, field) in [
        ("MANDANT_SELLER_NAME", &mut party.name),
        ("MANDANT_SELLER_STREET", &mut party.street),
        ("MANDANT_SELLER_POSTAL_CODE", &mut party.postal_code),
        ("MANDANT_SELLER_CITY", &mut party.city),
    ] {
        if let Some(value) = var(name) {
            *field = value.trim().to_owned();
        }
    }
    party.country = seller_country(var("MANDANT_SELLER_COUNTRY"))?;
    if let Some(vat) = var("MANDANT_SELLER_VAT_NUMBER") {
        party.vat_number = Some(vat.trim().to_owned());
    }
    let account = |name: &str, want_qr: bool| -> Result<Option<domain::qr_bill::Iban>, String> {
        let Some(text) = var(name) else {
            return Ok(None);
        };
        match domain::qr_bill::Iban::parse(&text) {
            Some(iban) if iban.is_qr_iban() == want_qr => Ok(Some(iban)),
            Some(_) if want_qr => Err(format!("{name} is an IBAN, not a QR-IBAN: {text}")),
            Some(_) => Err(format!(
                "{name} is a QR-IBAN; put it in MANDANT_SELLER_QR_IBAN"
            )),
            None => Err(format!(
                "{name} is not a valid Swiss or Liechtenstein IBAN: {text}"
            )),
        }
    };
    if let Some(iban) = account("MANDANT_SELLER_IBAN", false)? {
        profile.iban = Some(iban);
        // A real account replaces the demo QR-IBAN unless one is given too.
        profile.qr_iban = None;
    }
    if let Some(qr) = account("MANDANT_SELLER_QR_IBAN", true)? {
        profile.qr_iban = Some(qr);
    }
    Ok(profile)
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

/// Reads the demo clock settings; a shift without the explicit permission is an error, so a
/// production server cannot run on a wrong clock by a stray variable.
fn clock_setting(
    offset: Option<&str>,
    speed: Option<&str>,
    allowed: bool,
) -> Result<ClockSetting, String> {
    let offset_ms = match offset {
        Some(text) => duration_ms(text).ok_or_else(|| {
            format!("MANDANT_CLOCK_OFFSET is not like +20d, -3h, 90m or 45s: {text}")
        })?,
        None => 0,
    };
    let speed = match speed {
        Some(text) => text
            .parse::<i64>()
            .ok()
            .filter(|s| (1..=100_000).contains(s))
            .ok_or_else(|| {
                format!("MANDANT_CLOCK_SPEED must be a whole number from 1 to 100000: {text}")
            })?,
        None => 1,
    };
    let setting = ClockSetting { offset_ms, speed };
    if setting != ClockSetting::default() && !allowed {
        return Err(
            "MANDANT_CLOCK_OFFSET/MANDANT_CLOCK_SPEED shift the clock every rule reads; set \
             MANDANT_ALLOW_CLOCK_SHIFT=1 to confirm (demos and manual tests only)"
                .into(),
        );
    }
    Ok(setting)
}

/// `+20d`, `-3h`, `90m`, `45s` → milliseconds.
fn duration_ms(text: &str) -> Option<i64> {
    let text = text.trim();
    let (sign, rest) = match text.strip_prefix('-') {
        Some(rest) => (-1, rest),
        None => (1, text.strip_prefix('+').unwrap_or(text)),
    };
    let unit = rest.chars().last()?;
    let number: i64 = rest[..rest.len() - unit.len_utf8()].parse().ok()?;
    let per = match unit {
        'd' => 86_400_000,
        'h' => 3_600_000,
        'm' => 60_000,
        's' => 1_000,
        _ => return None,
    };
    number.checked_mul(per).map(|ms| sign * ms)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shifted_clock_must_be_allowed_explicitly() {
        assert_eq!(
            clock_setting(None, None, false),
            Ok(ClockSetting::default())
        );
        assert!(clock_setting(Some("+20d"), None, false).is_err());
        assert!(clock_setting(None, Some("60"), false).is_err());
        assert_eq!(
            clock_setting(Some("+20d"), Some("60"), true),
            Ok(ClockSetting {
                offset_ms: 20 * 86_400_000,
                speed: 60
            })
        );
        assert_eq!(
            clock_setting(Some("-3h"), None, true).map(|c| c.offset_ms),
            Ok(-3 * 3_600_000)
        );
        assert!(clock_setting(Some("20 days"), None, true).is_err());
        assert!(clock_setting(None, Some("0"), true).is_err());
    }

    #[test]
    fn loopback_listeners_are_reached_at_localhost() {
        let loopback: SocketAddr = "127.0.0.1:3000".parse().unwrap();
        assert_eq!(default_public_url(loopback), "http://localhost:3000");
        let lan: SocketAddr = "10.0.0.11:3000".parse().unwrap();
        assert_eq!(default_public_url(lan), "http://10.0.0.11:3000");
    }
}
