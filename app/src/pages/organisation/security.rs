//! Organisation-wide two-factor enforcement, switched with a confirmation.

use super::tabs::OrgTabs;
use crate::api::organisation::{get_org_details, set_two_factor_required};
use crate::components::feedback::{error_view, ErrorAlert, Skeleton, SuccessNote};
use crate::components::toggle::{Toggle, ToggleConfirm};
use crate::i18n::tr;
use crate::layout::{org_resource_after, successes, use_org_param};
use domain::dto::OrgDetails;
use domain::AppError;
use leptos::prelude::*;

#[component]
pub fn OrgSecurityPage() -> impl IntoView {
    let org = use_org_param();
    let set = Action::new(move |on: &bool| {
        let on = *on;
        async move {
            let org = org.get_untracked().ok_or(AppError::NotFound)?;
            set_two_factor_required(org, on).await
        }
    });
    // Reloads by itself once the policy is saved.
    let saved_count = successes(set);
    let details = org_resource_after(org, move || saved_count.get(), get_org_details);
    let saved = Signal::derive(move || matches!(set.value().get(), Some(Ok(()))));
    let error = Signal::derive(move || set.value().get().and_then(Result::err));
    move || {
        org.get().map(|org_id| {
            view! {
                <OrgTabs org=org_id />
                <SuccessNote show=saved message="org-2fa-saved" />
                <Transition fallback=|| view! { <Skeleton rows=3 /> }>
                    {move || Suspend::new(async move {
                        match details.await {
                            Ok(d) => view! { <Policy details=d set error /> }.into_any(),
                            Err(err) => error_view(err),
                        }
                    })}
                </Transition>
            }
        })
    }
}

#[component]
fn Policy(
    details: OrgDetails,
    set: Action<bool, Result<(), AppError>>,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    let required = details.require_two_factor;
    // Built again with the reloaded details, so a saved choice closes the confirmation.
    let confirming = RwSignal::new(false);
    view! {
        <section class="mn-card" data-testid="two-factor-policy">
            <h2 class="mn-card__title">{tr("org-2fa-title")}</h2>
            <p>{tr("org-2fa-lead")}</p>
            <ErrorAlert error />
            <Toggle
                checked=Signal::derive(move || required)
                label="org-2fa-switch"
                testid="require-2fa"
                disabled=!details.can_update
                pending=set.pending()
                open=confirming
                confirm=ToggleConfirm {
                    on_title: "org-2fa-on-title",
                    on_body: "org-2fa-on-body",
                    off_title: "org-2fa-off-title",
                    off_body: "org-2fa-off-body",
                    label: "org-2fa-confirm",
                    testid: "confirm-require-2fa",
                    danger: false,
                }
                on_change=Callback::new(move |on| { set.dispatch(on); })
            />
        </section>
    }
}
