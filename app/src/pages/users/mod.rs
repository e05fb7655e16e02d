//! The Users section: members, teams and invitations of the organisation.

mod bulk_remove;
mod invitations;
mod invite;
mod member_edit;
mod members;
mod rights_fields;
mod tabs;
mod teams;

pub use invitations::InvitationsPage;
pub use invite::InvitePage;
pub use member_edit::MemberEditPage;
pub use members::MembersPage;
pub use teams::TeamsPage;
