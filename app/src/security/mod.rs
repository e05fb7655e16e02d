//! Second factors, server side: TOTP (RFC 6238) and backup codes.

pub mod app_password;
pub mod backup_codes;
pub mod totp;
