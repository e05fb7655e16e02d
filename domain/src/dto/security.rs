//! Account security as the profile shows it: sessions and recent activity.

use crate::datetime::UnixMillis;
use crate::device::Device;
use serde::{Deserialize, Serialize};

/// Security event kinds; displayed through `activity-<kind>`.
pub const SECURITY_EVENT_KINDS: &[&str] = &[
    "login",
    "login-new-device",
    "login-failed",
    "session-revoked",
    "other-sessions-revoked",
    "second-factor-failed",
    "backup-code-used",
    "two-factor-enabled",
    "two-factor-disabled",
    "backup-codes-regenerated",
    "password-changed",
    "password-reset",
    "app-password-created",
    "app-password-revoked",
    "account-secured",
    "totp-removed",
    "sms-enabled",
    "sms-removed",
    "push-approved",
    "push-denied",
    "recovery-email-changed",
    "recovery-phone-changed",
    "login-email-changed",
    "org-role-changed",
    "security-key-added",
    "security-key-removed",
];

/// One app password as listed (its secret is shown only when created).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppPasswordRow {
    pub id: String,
    pub name: String,
    pub created_at: UnixMillis,
    pub last_used_at: Option<UnixMillis>,
}

/// One security key or passkey as listed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SecurityKeyRow {
    pub id: String,
    pub name: String,
    pub created_at: UnixMillis,
    pub last_used_at: Option<UnixMillis>,
}

/// The Security page's state.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SecurityOverview {
    pub two_factor: bool,
    /// Backup codes not used yet.
    pub backup_codes_left: i64,
    /// An authenticator app is set up.
    pub totp: bool,
    /// The phone receiving codes by SMS (international format), once confirmed.
    pub sms_phone: Option<String>,
    pub login_email: String,
    pub recovery_email: Option<String>,
    /// International format.
    pub recovery_phone: Option<String>,
}

/// One event whose mail the owner may switch on or off.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SecurityMailChoice {
    pub kind: String,
    pub mailed: bool,
}

/// A sign-in waiting for approval from another signed-in device, as that device shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PushRequest {
    pub id: String,
    pub at: UnixMillis,
    pub device: Device,
    /// Place code (`place-<code>`).
    pub place: String,
}

/// Where a push approval asked for at sign-in stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PushState {
    Waiting,
    Denied,
    Expired,
}

/// What the authenticator app needs: the QR code (SVG) and the key to type instead.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TotpSetup {
    pub qr_svg: String,
    pub secret: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SecurityEvent {
    pub kind: String,
    pub at: UnixMillis,
    pub device: Device,
    /// Place code (`place-<code>`).
    pub place: String,
    /// The code its security mail carries.
    pub code: String,
}

/// One signed-in session of the user.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionInfo {
    /// Public id, to revoke it (never the token or its hash).
    pub id: String,
    pub device: Device,
    pub place: String,
    pub created_at: UnixMillis,
    pub last_seen_at: UnixMillis,
    /// The session making this request.
    pub current: bool,
    /// "Keep me signed in" was chosen.
    pub persistent: bool,
}
