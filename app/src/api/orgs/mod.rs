mod create_org;
mod get_dashboard;
mod leave_org;
mod list_my_orgs;

pub use create_org::*;
pub use get_dashboard::*;
pub use leave_org::*;
pub use list_my_orgs::*;
