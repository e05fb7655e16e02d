mod log_in;
mod log_out;
#[cfg(feature = "ssr")]
pub(crate) mod security;
mod sign_up;

pub use log_in::*;
pub use log_out::*;
pub use sign_up::*;

use domain::OrgId;
use serde::{Deserialize, Serialize};

/// Where to go after signing in: the organisation to open, if the user has any.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SignedIn {
    pub org: Option<OrgId>,
}
