mod get_shell;
mod set_language;
mod update_profile;

pub use get_shell::*;
pub use set_language::*;
pub use update_profile::*;
