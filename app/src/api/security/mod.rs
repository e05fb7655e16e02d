mod app_passwords;
mod begin_totp;
mod change_password;
mod confirm_totp;
mod disable_two_factor;
mod get_security;
mod regenerate_backup_codes;
mod security_keys;

pub use app_passwords::*;
pub use begin_totp::*;
pub use change_password::*;
pub use confirm_totp::*;
pub use disable_two_factor::*;
pub use get_security::*;
pub use regenerate_backup_codes::*;
pub use security_keys::*;

/// Fresh backup codes: the codes to show once, and what to store for them.
#[cfg(feature = "ssr")]
pub(crate) fn new_backup_codes() -> (Vec<String>, Vec<(String, String)>) {
    use crate::security::backup_codes::{hash_new, new_code, COUNT};
    let codes: Vec<String> = (0..COUNT).map(|_| new_code()).collect();
    let stored = codes.iter().map(|c| hash_new(c)).collect();
    (codes, stored)
}
