mod disavow;
mod key_sign_in;
mod log_in;
mod log_out;
mod password_reset;
#[cfg(feature = "ssr")]
pub(crate) mod security;
mod sign_up;
mod verify_second_factor;

pub use disavow::*;
pub use key_sign_in::*;
pub use log_in::*;
pub use log_out::*;
pub use password_reset::*;
pub use sign_up::*;
pub use verify_second_factor::*;

use domain::OrgId;
use serde::{Deserialize, Serialize};

/// Where to go after signing in: the organisation to open, if the user has any; or, when
/// the account has a second factor, that it is asked for next (no session exists yet).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SignedIn {
    pub org: Option<OrgId>,
    #[serde(default)]
    pub second_factor: bool,
    /// With `second_factor`: what the account can give ("totp", "security-key").
    #[serde(default)]
    pub methods: Vec<String>,
}
