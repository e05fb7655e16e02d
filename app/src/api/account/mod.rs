mod choose_login_email;
mod get_shell;
mod list_activity;
mod list_sessions;
mod revoke_other_sessions;
mod revoke_session;
mod set_language;
mod update_profile;

pub use choose_login_email::*;
pub use get_shell::*;
pub use list_activity::*;
pub use list_sessions::*;
pub use revoke_other_sessions::*;
pub use revoke_session::*;
pub use set_language::*;
pub use update_profile::*;
