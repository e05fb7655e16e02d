//! Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP, HMAC-SHA1, 30-second steps,
//! 6 digits) as authenticator apps produce them. A code is accepted for the current step and
//! one step either side (clock skew), and only for a step later than the last one used, so a
//! code cannot be replayed.

use hmac::{Hmac, Mac};
use sha1::Sha1;

pub const STEP_SECONDS: u64 = 30;
pub const DIGITS: u32 = 6;
/// Secrets are 160 bits, as RFC 4226 recommends.
pub const SECRET_BYTES: usize = 20;

/// RFC 4226 HOTP value of `counter` for `secret`, `digits` long.
pub fn hotp(secret: &[u8], counter: u64, digits: u32) -> u32 {
    let Ok(mut mac) = Hmac::<Sha1>::new_from_slice(secret) else {
        return 0;
    };
    mac.update(&counter.to_be_bytes());
    let hash = mac.finalize().into_bytes();
    let offset = usize::from(hash[19] & 0x0f);
    let binary = (u32::from(hash[offset] & 0x7f) << 24)
        | (u32::from(hash[offset + 1]) << 16)
        | (u32::from(hash[offset + 2]) << 8)
        | u32::from(hash[offset + 3]);
    binary % 10u32.pow(digits)
}

/// The time step of a Unix time in seconds.
pub fn step_at(unix_seconds: u64) -> u64 {
    unix_seconds / STEP_SECONDS
}

/// The step `code` matches at `unix_seconds` (± one step), if it is later than
/// `last_used_step`; `None` for a wrong, malformed or replayed code.
pub fn verify(
    secret: &[u8],
    code: &str,
    unix_seconds: u64,
    last_used_step: Option<u64>,
) -> Option<u64> {
    let code = code.trim().replace(' ', "");
    if code.len() != DIGITS as usize || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let wanted: u32 = code.parse().ok()?;
    let now = step_at(unix_seconds);
    [now.saturating_sub(1), now, now + 1]
        .into_iter()
        .filter(|step| last_used_step.is_none_or(|last| *step > last))
        .find(|step| constant_time_eq(hotp(secret, *step, DIGITS), wanted))
}

fn constant_time_eq(a: u32, b: u32) -> bool {
    (a ^ b) == 0
}

/// A new random secret.
pub fn new_secret() -> Vec<u8> {
    use rand::RngCore;
    let mut secret = vec![0u8; SECRET_BYTES];
    rand::rngs::OsRng.fill_bytes(&mut secret);
    secret
}

/// The secret as authenticator apps take it typed in: base32 without padding.
pub fn encode_secret(secret: &[u8]) -> String {
    data_encoding::BASE32_NOPAD.encode(secret)
}

pub fn decode_secret(text: &str) -> Option<Vec<u8>> {
    data_encoding::BASE32_NOPAD.decode(text.as_bytes()).ok()
}

/// The `otpauth://` URI the QR code carries.
pub fn otpauth_uri(issuer: &str, account: &str, secret: &[u8]) -> String {
    let enc = |s: &str| {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                    (b as char).to_string()
                }
                _ => format!("%{b:02X}"),
            })
            .collect::<String>()
    };
    format!(
        "otpauth://totp/{}:{}?secret={}&issuer={}&algorithm=SHA1&digits={DIGITS}&period={STEP_SECONDS}",
        enc(issuer),
        enc(account),
        encode_secret(secret),
        enc(issuer)
    )
}

/// The URI as an SVG QR code.
pub fn qr_svg(uri: &str) -> String {
    match qrcode::QrCode::new(uri.as_bytes()) {
        Ok(code) => code
            .render::<qrcode::render::svg::Color>()
            .min_dimensions(200, 200)
            .quiet_zone(true)
            .build(),
        Err(_) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RFC_SECRET: &[u8] = b"12345678901234567890";

    #[test]
    fn rfc_4226_hotp_vectors() {
        let expected = [
            755224, 287082, 359152, 969429, 338314, 254676, 287922, 162583, 399871, 520489,
        ];
        for (counter, value) in expected.into_iter().enumerate() {
            assert_eq!(
                hotp(RFC_SECRET, counter as u64, 6),
                value,
                "counter {counter}"
            );
        }
    }

    #[test]
    fn rfc_6238_totp_vectors_sha1() {
        // Appendix B, SHA-1 column, 8 digits.
        let vectors = [
            (59u64, 94287082u32),
            (1111111109, 7081804),
            (1111111111, 14050471),
            (1234567890, 89005924),
            (2000000000, 69279037),
            (20000000000, 65353130),
        ];
        for (time, value) in vectors {
            assert_eq!(hotp(RFC_SECRET, step_at(time), 8), value, "time {time}");
        }
    }

    #[test]
    fn codes_are_accepted_once_within_a_step_of_skew() {
        let now = 1_700_000_000;
        let code = |t: u64| format!("{:06}", hotp(RFC_SECRET, step_at(t), 6));
        let step = verify(RFC_SECRET, &code(now), now, None).unwrap();
        assert_eq!(step, step_at(now));
        assert_eq!(
            verify(RFC_SECRET, &code(now), now, Some(step)),
            None,
            "replayed"
        );
        assert!(
            verify(RFC_SECRET, &code(now - 30), now, None).is_some(),
            "30 s slow"
        );
        assert!(
            verify(RFC_SECRET, &code(now + 30), now, None).is_some(),
            "30 s fast"
        );
        assert_eq!(
            verify(RFC_SECRET, &code(now - 90), now, None),
            None,
            "too old"
        );
        assert_eq!(verify(RFC_SECRET, "12345", now, None), None);
        assert_eq!(verify(RFC_SECRET, "abcdef", now, None), None);
        let spaced = format!("{} {}", &code(now)[..3], &code(now)[3..]);
        assert!(verify(RFC_SECRET, &spaced, now, None).is_some());
    }

    #[test]
    fn secrets_round_trip_and_fill_the_uri() {
        let secret = new_secret();
        assert_eq!(secret.len(), 20);
        assert_eq!(decode_secret(&encode_secret(&secret)).unwrap(), secret);
        let uri = otpauth_uri("Mandant", "anna@example.ch", RFC_SECRET);
        assert_eq!(
            uri,
            "otpauth://totp/Mandant:anna%40example.ch?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Mandant&algorithm=SHA1&digits=6&period=30"
        );
        assert!(qr_svg(&uri).starts_with("<?xml"));
    }
}
