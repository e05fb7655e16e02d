mod create_team;
mod delete_team;
mod get_teams;
mod rename_team;
mod set_team_contents;

pub use create_team::*;
pub use delete_team::*;
pub use get_teams::*;
pub use rename_team::*;
pub use set_team_contents::*;
