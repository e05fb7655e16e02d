//! Second factors and recovery, server side: TOTP (RFC 6238), backup codes, app passwords,
//! SMS codes and phone numbers, security keys (WebAuthn).

pub mod app_password;
pub mod backup_codes;
pub mod phone;
pub mod sms_code;
pub mod totp;
pub mod webauthn;
