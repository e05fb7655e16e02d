//! `/profile/…`: the user's own settings, outside any organisation.

mod activity;
mod details;
mod mail_choices;
mod method_on;
mod my_orgs;
mod new_org;
mod password_prompt;
mod security;
mod security_keys;
mod security_recovery;
mod security_sms;
mod sessions;

pub use activity::ActivityPage;
pub use details::ProfileDetailsPage;
pub use my_orgs::MyOrgsPage;
pub use new_org::NewOrgPage;
pub use security::SecurityPage;
pub use sessions::SessionsPage;

use crate::components::shell::Nav;
use crate::pages::org::ShellLoader;
use leptos::prelude::*;
use leptos_router::components::Outlet;

#[component]
pub fn ProfileLayout() -> impl IntoView {
    // The switcher shows the organisation used last; choosing one opens its dashboard.
    view! {
        <ShellLoader nav=Nav::Profile>
            <Outlet />
        </ShellLoader>
    }
}
