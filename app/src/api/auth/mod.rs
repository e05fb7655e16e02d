mod disavow;
mod forgot_login;
mod key_sign_in;
mod log_in;
mod log_out;
mod password_reset;
mod push_sign_in;
#[cfg(feature = "ssr")]
pub(crate) mod security;
mod sign_up;
mod sms_sign_in;
mod verify_second_factor;

pub use disavow::*;
pub use forgot_login::*;
pub use key_sign_in::*;
pub use log_in::*;
pub use log_out::*;
pub use password_reset::*;
pub use push_sign_in::*;
pub use sign_up::*;
pub use sms_sign_in::*;
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
    /// With `second_factor`: the methods to offer (`totp`, `sms`, `push`); a backup code is
    /// always accepted.
    #[serde(default)]
    pub methods: Vec<String>,
}
