mod get_access_choices;
mod get_member;
mod list_members;
mod remove_members;
mod send_security_alert;
mod update_member;

pub use get_access_choices::*;
pub use get_member::*;
pub use list_members::*;
pub use remove_members::*;
pub use send_security_alert::*;
pub use update_member::*;
