//! Second factors, server side: TOTP (RFC 6238) and backup codes.

pub mod backup_codes;
pub mod totp;
