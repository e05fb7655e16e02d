//! The Accounting section's tabs.

use crate::i18n::tr;
use crate::routes::org_section;
use domain::OrgId;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn AccountingTabs(org: OrgId) -> impl IntoView {
    let base = org_section(org, "accounting");
    view! {
        <nav class="mn-tabs" aria-label=tr("accounting-tabs-label")>
            <A href=format!("{base}/to-pay") attr:class="mn-tabs__tab" attr:data-tab="to-pay">{tr("accounting-tab-to-pay")}</A>
            <A href=format!("{base}/orders") attr:class="mn-tabs__tab" attr:data-tab="orders">{tr("accounting-tab-orders")}</A>
            <A href=format!("{base}/invoices") attr:class="mn-tabs__tab" attr:data-tab="invoices">{tr("accounting-tab-invoices")}</A>
            <A href=format!("{base}/prepaid") attr:class="mn-tabs__tab" attr:data-tab="prepaid">{tr("accounting-tab-prepaid")}</A>
            <A href=format!("{base}/payment-methods") attr:class="mn-tabs__tab" attr:data-tab="payment-methods">{tr("accounting-tab-payment-methods")}</A>
            <A href=format!("{}/addresses", org_section(org, "organisation")) attr:class="mn-tabs__tab" attr:data-tab="addresses">{tr("accounting-tab-addresses")}</A>
        </nav>
    }
}
