//! Backup codes: ten per user, shown once, each usable once. A code carries 80 random bits
//! (16 base32 characters), less than ASVS 2.6.2's 112, so each is stored salted (its own
//! 128-bit salt) and hashed, never in clear.

use sha2::{Digest, Sha256};

pub const COUNT: usize = 10;

/// A new code, grouped for reading: `ABCD-EFGH-IJKL-MNOP`.
pub fn new_code() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 10];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let raw = data_encoding::BASE32_NOPAD.encode(&bytes);
    raw.as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

/// What the user typed, reduced to the code's characters (case, spaces and dashes ignored).
pub fn normalise(input: &str) -> String {
    input
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// `(salt, hash)` to store for a code; both base64.
pub fn hash_new(code: &str) -> (String, String) {
    use base64::Engine;
    use rand::RngCore;
    let mut salt = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut salt);
    let salt = base64::engine::general_purpose::STANDARD_NO_PAD.encode(salt);
    let hash = hash_with(&salt, code);
    (salt, hash)
}

pub fn hash_with(salt: &str, code: &str) -> String {
    use base64::Engine;
    let digest = Sha256::new()
        .chain_update(salt.as_bytes())
        .chain_update(normalise(code).as_bytes())
        .finalize();
    base64::engine::general_purpose::STANDARD_NO_PAD.encode(digest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_random_grouped_and_matched_loosely() {
        let a = new_code();
        assert_eq!(a.len(), 19);
        assert_ne!(a, new_code());
        let (salt, hash) = hash_new(&a);
        assert_eq!(hash_with(&salt, &a.to_lowercase().replace('-', " ")), hash);
        assert_ne!(hash_with(&salt, "AAAA-AAAA-AAAA-AAAA"), hash);
        let (other_salt, other_hash) = hash_new(&a);
        assert_ne!(
            (salt, hash),
            (other_salt, other_hash),
            "each code has its own salt"
        );
    }
}
