//! Six-digit codes sent by SMS. They live five minutes, die after five wrong guesses and
//! are bound to their purpose, so the hash includes the account and the purpose.

use sha2::{Digest, Sha256};

pub fn new_code() -> String {
    use rand::Rng;
    format!("{:06}", rand::rngs::OsRng.gen_range(0..1_000_000))
}

/// The stored form of `code` for `user` and `purpose` (spaces ignored).
pub fn hash(user: domain::UserId, purpose: &str, code: &str) -> String {
    let digits: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    let digest = Sha256::digest(format!("{user}:{purpose}:{digits}").as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// The purpose of a code that completes the sign-in waiting behind `pending_hash`.
pub fn login_purpose(pending_hash: &str) -> String {
    format!("login:{pending_hash}")
}

pub const ENROL: &str = "enrol";

/// Purposes of codes confirming a new recovery phone start with this; the phone follows.
pub const RECOVERY_PREFIX: &str = "recovery:";

/// The purpose of a code confirming `phone` (E.164) as the recovery phone.
pub fn recovery_purpose(phone: &str) -> String {
    format!("{RECOVERY_PREFIX}{phone}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_six_digits() {
        for _ in 0..50 {
            let c = new_code();
            assert_eq!(c.len(), 6);
            assert!(c.chars().all(|d| d.is_ascii_digit()));
        }
    }

    #[test]
    fn a_code_is_bound_to_its_account_and_purpose() {
        let a = domain::UserId(uuid::Uuid::now_v7());
        let b = domain::UserId(uuid::Uuid::now_v7());
        assert_eq!(hash(a, ENROL, "123 456"), hash(a, ENROL, "123456"));
        assert_ne!(hash(a, ENROL, "123456"), hash(b, ENROL, "123456"));
        assert_ne!(
            hash(a, ENROL, "123456"),
            hash(a, &login_purpose("x"), "123456")
        );
    }
}
