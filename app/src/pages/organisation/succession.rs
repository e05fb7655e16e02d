//! Replacing the legal representative: named by a legal representative (with their
//! password), accepted by the successor; both are told by mail.

use super::tabs::OrgTabs;
use crate::api::organisation::{
    accept_succession, cancel_succession, get_succession, StartSuccession,
};
use crate::components::button::{Button, ButtonVariant};
use crate::components::feedback::{error_view, ErrorAlert, Skeleton, SuccessNote};
use crate::components::form::{action_error, form_level, SubmitButton, TextField};
use crate::components::shell::ShellRefresh;
use crate::components::time::Date;
use crate::i18n::{tr, tr_args};
use crate::layout::{org_resource_after, server_successes, successes, use_org_param};
use domain::dto::SuccessionPage as Page;
use domain::{AppError, OrgId};
use leptos::form::ActionForm;
use leptos::prelude::*;

#[component]
pub fn SuccessionPage() -> impl IntoView {
    let org = use_org_param();
    let answer = Action::new(move |accept: &bool| {
        let accept = *accept;
        async move {
            let org = org.get_untracked().ok_or(AppError::NotFound)?;
            if accept {
                accept_succession(org).await
            } else {
                cancel_succession(org).await
            }
        }
    });
    let start = ServerAction::<StartSuccession>::new();
    // Reloads by itself once a handover was asked for, accepted, declined or withdrawn.
    let (answered, asked) = (successes(answer), server_successes(start));
    let page = org_resource_after(org, move || answered.get() + asked.get(), get_succession);
    let started = Signal::derive(move || matches!(start.value().get(), Some(Ok(()))));
    // Accepting changes the viewer's role in the switcher.
    let refresh = use_context::<ShellRefresh>();
    Effect::new(move |_| {
        if let (Some(Ok(())), Some(ShellRefresh(cb))) = (answer.value().get(), refresh) {
            cb.run(());
        }
    });
    move || {
        org.get().map(|org_id| view! {
            <OrgTabs org=org_id />
            <SuccessNote show=started message="org-succession-started" />
            <Transition fallback=|| view! { <Skeleton rows=3 /> }>
                {move || Suspend::new(async move {
                    match page.await {
                        Ok(p) => view! { <Succession org=org_id page=p answer start /> }.into_any(),
                        Err(err) => error_view(err),
                    }
                })}
            </Transition>
        })
    }
}

#[component]
fn Succession(
    org: OrgId,
    page: Page,
    answer: Action<bool, Result<(), AppError>>,
    start: ServerAction<StartSuccession>,
) -> impl IntoView {
    let answer_error = Signal::derive(move || answer.value().get().and_then(Result::err));
    let start_error = action_error(start);
    let viewer = page.viewer;
    let pending = page.pending.clone().map(|p| {
        let for_me = p.to_user == viewer;
        let mine = p.from_user == viewer;
        view! {
            <section class="mn-card" data-testid="succession-pending">
                <h2 class="mn-card__title">{tr("org-succession-pending-title")}</h2>
                <p>{tr_args("org-succession-pending", vec![("from", p.from_name.clone()), ("to", p.to_name.clone())])}</p>
                <p class="mn-field__hint">{tr("org-succession-valid-until")} " " <Date at=p.expires_at /></p>
                <ErrorAlert error=answer_error />
                <div class="mn-form__actions">
                    {for_me.then(|| view! {
                        <Button variant=ButtonVariant::Primary attr:data-testid="accept-succession"
                            disabled=answer.pending() on:click=move |_| { answer.dispatch(true); }>
                            {tr("org-succession-accept")}
                        </Button>
                        <Button disabled=answer.pending() on:click=move |_| { answer.dispatch(false); }>
                            {tr("org-succession-decline")}
                        </Button>
                    })}
                    {mine.then(|| view! {
                        <Button attr:data-testid="withdraw-succession"
                            pending=answer.pending() on:click=move |_| { answer.dispatch(false); }>
                            {tr("org-succession-withdraw")}
                        </Button>
                    })}
                </div>
            </section>
        }
    });
    let options: Vec<(String, String)> = page
        .candidates
        .iter()
        .map(|c| (c.user_id.to_string(), c.name.clone()))
        .collect();
    let can_start = !page.candidates.is_empty();
    view! {
        {pending}
        <section class="mn-card">
            <h2 class="mn-card__title">{tr("org-succession-title")}</h2>
            <p>{tr("org-succession-lead")}</p>
            {if can_start {
                view! {
                    <ActionForm action=start attr:class="mn-form mn-form--wide" attr:data-testid="start-succession" attr:novalidate=true>
                        <input type="hidden" name="org" value=org.to_string() />
                        <ErrorAlert error=form_level(start_error) />
                        <div class="mn-field">
                            <label class="mn-field__label" for="field-successor">{tr("org-succession-successor")}</label>
                            <select class="mn-input mn-select" id="field-successor" name="successor">
                                {options.iter().map(|(id, name)| view! { <option value=id.clone()>{name.clone()}</option> }).collect_view()}
                            </select>
                        </div>
                        <TextField name="password" label="org-succession-password" kind="password" autocomplete="current-password" error=start_error required=true />
                        <SubmitButton label="org-succession-submit" pending=start.pending() />
                    </ActionForm>
                }.into_any()
            } else {
                view! { <p class="mn-alert mn-alert--info">{tr("org-succession-only-legal-rep")}</p> }.into_any()
            }}
        </section>
    }
}
