//! The top bar's reminders: how many renewals are due and how many orders wait for
//! payment, each linking to its Accounting tab. Loaded in the browser after each
//! navigation (never while the server builds a page, which keeps its query budget), and
//! only shown to members who may order: others get `forbidden` and see nothing.

use crate::api::orders::get_accounting_counts;
use crate::i18n::{tr, tr_args};
use crate::routes::org_section;
use domain::dto::AccountingCounts;
use domain::OrgId;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

#[component]
pub fn AccountingCountsLinks(current_org: Signal<Option<OrgId>>) -> impl IntoView {
    let counts = RwSignal::new(None::<(OrgId, AccountingCounts)>);
    let path = use_location().pathname;
    Effect::new(move |_| {
        // After a payment or an order the next page shows the new counts.
        path.track();
        let Some(org) = current_org.get() else {
            counts.set(None);
            return;
        };
        leptos::task::spawn_local(async move {
            counts.set(get_accounting_counts(org).await.ok().map(|c| (org, c)));
        });
    });
    move || {
        let (org, c) = counts
            .get()
            .filter(|(org, _)| Some(*org) == current_org.get())?;
        (c.to_pay > 0 || c.pending_orders > 0).then(|| {
            let base = org_section(org, "accounting");
            let to_pay = c.to_pay.to_string();
            let pending = c.pending_orders.to_string();
            view! {
                <nav class="mn-topbar__counts" aria-label=tr("topbar-counts-label")>
                    {(c.to_pay > 0).then(|| view! {
                        <A href=format!("{base}/to-pay") attr:class="mn-pill mn-pill--warning" attr:data-testid="topbar-to-pay">
                            {tr_args("topbar-to-pay", vec![("count", to_pay)])}
                        </A>
                    })}
                    {(c.pending_orders > 0).then(|| view! {
                        <A href=format!("{base}/orders?status=pending") attr:class="mn-pill mn-pill--neutral" attr:data-testid="topbar-pending-orders">
                            {tr_args("topbar-pending-orders", vec![("count", pending)])}
                        </A>
                    })}
                </nav>
            }
        })
    }
}
