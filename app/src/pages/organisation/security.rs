//! Organisation-wide two-factor enforcement, switched with a confirmation.

use super::tabs::OrgTabs;
use crate::api::organisation::{get_org_details, set_two_factor_required};
use crate::components::button::{Button, ButtonVariant};
use crate::components::feedback::{error_view, ErrorAlert, Skeleton, SuccessNote};
use crate::i18n::tr;
use crate::layout::{org_resource, use_org_param};
use domain::dto::OrgDetails;
use domain::OrgId;
use leptos::prelude::*;

#[component]
pub fn OrgSecurityPage() -> impl IntoView {
    let org = use_org_param();
    let details = org_resource(org, get_org_details);
    let saved = RwSignal::new(false);
    move || {
        org.get().map(|org_id| view! {
            <OrgTabs org=org_id />
            <SuccessNote show=saved message="org-2fa-saved" />
            <Transition fallback=|| view! { <Skeleton rows=3 /> }>
                {move || Suspend::new(async move {
                    match details.await {
                        Ok(d) => view! { <Policy org=org_id details=d on_saved=Callback::new(move |_| { saved.set(true); details.refetch(); }) /> }.into_any(),
                        Err(err) => error_view(err),
                    }
                })}
            </Transition>
        })
    }
}

#[component]
fn Policy(org: OrgId, details: OrgDetails, on_saved: Callback<()>) -> impl IntoView {
    let required = details.require_two_factor;
    let confirming = RwSignal::new(false);
    let set = Action::new(move |on: &bool| {
        let on = *on;
        async move { set_two_factor_required(org, on).await }
    });
    let error = Signal::derive(move || set.value().get().and_then(Result::err));
    Effect::new(move |_| {
        if let Some(Ok(())) = set.value().get() {
            confirming.set(false);
            on_saved.run(());
        }
    });
    view! {
        <section class="mn-card" data-testid="two-factor-policy">
            <h2 class="mn-card__title">{tr("org-2fa-title")}</h2>
            <p>{tr("org-2fa-lead")}</p>
            <ErrorAlert error />
            <label class="mn-switch">
                <input
                    type="checkbox"
                    role="switch"
                    data-testid="require-2fa"
                    prop:checked=required
                    disabled=!details.can_update
                    on:click=move |ev| {
                        // The switch moves only once the dialog confirms.
                        ev.prevent_default();
                        confirming.set(true);
                    }
                />
                <span>{tr("org-2fa-switch")}</span>
            </label>
            <Show when=move || confirming.get()>
                <div class="mn-modal-backdrop">
                    <div class="mn-modal" role="alertdialog" aria-modal="true" aria-labelledby="require-2fa-title" aria-describedby="require-2fa-body">
                        <h2 id="require-2fa-title">{if required { tr("org-2fa-off-title") } else { tr("org-2fa-on-title") }}</h2>
                        <p id="require-2fa-body">{if required { tr("org-2fa-off-body") } else { tr("org-2fa-on-body") }}</p>
                        <div class="mn-modal__actions">
                            <Button on:click=move |_| confirming.set(false)>{tr("action-cancel")}</Button>
                            <Button variant=ButtonVariant::Primary attr:data-testid="confirm-require-2fa"
                                pending=set.pending()
                                on:click=move |_| { set.dispatch(!required); }>
                                {tr("org-2fa-confirm")}
                            </Button>
                        </div>
                    </div>
                </div>
            </Show>
        </section>
    }
}
