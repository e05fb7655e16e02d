mod get_shell;
mod update_profile;

pub use get_shell::*;
pub use update_profile::*;
