//! Tabs of the Users section; each tab is its own URL so the back button works.

use crate::i18n::tr;
use crate::routes::org_section;
use domain::OrgId;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn UsersTabs(org: OrgId, #[prop(default = true)] invitations: bool) -> impl IntoView {
    let base = org_section(org, "users");
    view! {
        <nav class="mn-tabs" aria-label=tr("users-tabs-label")>
            <A href=base.clone() exact=true attr:class="mn-tabs__tab" attr:data-tab="members">{tr("users-tab-members")}</A>
            <A href=format!("{base}/teams") attr:class="mn-tabs__tab" attr:data-tab="teams">{tr("users-tab-teams")}</A>
            {invitations.then(|| view! {
                <A href=format!("{base}/invitations") attr:class="mn-tabs__tab" attr:data-tab="invitations">{tr("users-tab-invitations")}</A>
            })}
        </nav>
    }
}
