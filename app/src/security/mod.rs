//! Second factors, server side: TOTP (RFC 6238), backup codes and security keys (WebAuthn).

pub mod app_password;
pub mod backup_codes;
pub mod totp;
pub mod webauthn;
