//! Tabs of the Organisation section, one URL each.

use crate::i18n::tr;
use crate::routes::org_section;
use domain::OrgId;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn OrgTabs(org: OrgId) -> impl IntoView {
    let base = org_section(org, "organisation");
    view! {
        <header class="mn-page-header">
            <div>
                <h1 class="mn-page-header__title">{tr("org-title")}</h1>
                <p class="mn-page-header__lead">{tr("org-lead")}</p>
            </div>
        </header>
        <nav class="mn-tabs" aria-label=tr("org-tabs-label")>
            <A href=base.clone() exact=true attr:class="mn-tabs__tab" attr:data-tab="details">{tr("org-tab-details")}</A>
            <A href=format!("{base}/addresses") attr:class="mn-tabs__tab" attr:data-tab="addresses">{tr("org-tab-addresses")}</A>
            <A href=format!("{base}/security") attr:class="mn-tabs__tab" attr:data-tab="security">{tr("org-tab-security")}</A>
            <A href=format!("{base}/succession") attr:class="mn-tabs__tab" attr:data-tab="succession">{tr("org-tab-succession")}</A>
            <A href=format!("{base}/delete") attr:class="mn-tabs__tab" attr:data-tab="delete">{tr("org-tab-delete")}</A>
        </nav>
    }
}
