mod app_passwords;
mod begin_totp;
mod change_password;
mod confirm_totp;
mod disable_two_factor;
mod get_security;
mod mail_choices;
mod push;
mod recovery;
mod regenerate_backup_codes;
mod remove_method;
mod security_keys;
mod sms;

pub use app_passwords::*;
pub use begin_totp::*;
pub use change_password::*;
pub use confirm_totp::*;
pub use disable_two_factor::*;
pub use get_security::*;
pub use mail_choices::*;
pub use push::*;
pub use recovery::*;
pub use regenerate_backup_codes::*;
pub use remove_method::*;
pub use security_keys::*;
pub use sms::*;

/// Fresh backup codes: the codes to show once, and what to store for them.
#[cfg(feature = "ssr")]
pub(crate) fn new_backup_codes() -> (Vec<String>, Vec<(String, String)>) {
    use crate::security::backup_codes::{hash_new, new_code, COUNT};
    let codes: Vec<String> = (0..COUNT).map(|_| new_code()).collect();
    let stored = codes.iter().map(|c| hash_new(c)).collect();
    (codes, stored)
}

/// Backup codes for an account whose first second factor was just confirmed (`was_on`
/// false): stored, and returned to be shown once. Later methods keep the existing codes.
#[cfg(feature = "ssr")]
pub(crate) async fn backup_codes_if_first(
    db: &db::Db,
    user: domain::UserId,
    was_on: bool,
) -> Result<Option<Vec<String>>, domain::AppError> {
    if was_on {
        return Ok(None);
    }
    let (codes, stored) = new_backup_codes();
    db::two_factor::regenerate_codes(db, user, &stored).await?;
    Ok(Some(codes))
}
