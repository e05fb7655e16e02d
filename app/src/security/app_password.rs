//! App passwords: 120 random bits shown as six groups of four characters. They are high-
//! entropy, so one SHA-256 (no salt, no slow hash) stores them safely and lets a login find
//! its row directly.

use sha2::{Digest, Sha256};

pub fn new_secret() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 15];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let raw = data_encoding::BASE32_NOPAD.encode(&bytes).to_lowercase();
    raw.as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

/// The stored form of what a client sends (dashes, spaces and case ignored).
pub fn hash(secret: &str) -> String {
    use base64::Engine;
    let normalised: String = secret
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    base64::engine::general_purpose::STANDARD_NO_PAD.encode(Sha256::digest(normalised.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_random_and_hash_the_same_however_typed() {
        let s = new_secret();
        assert_eq!(s.len(), 29);
        assert_ne!(s, new_secret());
        assert_eq!(hash(&s), hash(&s.to_uppercase().replace('-', " ")));
        assert_ne!(hash(&s), hash(&new_secret()));
    }
}
