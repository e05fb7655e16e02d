//! Which security events are also mailed. Changes to how the account is protected are
//! always mailed and are not offered here (`domain::security_mail`).

use crate::api::security::{get_mail_choices, save_mail_choices};
use crate::components::button::{Button, ButtonType, ButtonVariant};
use crate::components::feedback::{error_view, ErrorAlert, Skeleton, SuccessNote};
use crate::components::form::set_included;
use crate::i18n::{tr, tr_dyn};
use domain::dto::SecurityMailChoice;
use leptos::prelude::*;

#[component]
pub fn MailChoicesCard() -> impl IntoView {
    let choices = Resource::new(|| (), |_| get_mail_choices());
    view! {
        <section class="mn-card" data-testid="mail-choices">
            <h2 class="mn-card__title">{tr("mail-choices-title")}</h2>
            <p>{tr("mail-choices-lead")}</p>
            <Suspense fallback=|| view! { <Skeleton rows=3 /> }>
                {move || Suspend::new(async move {
                    match choices.await {
                        Ok(list) => view! { <ChoicesForm list /> }.into_any(),
                        Err(err) => error_view(err),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn ChoicesForm(list: Vec<SecurityMailChoice>) -> impl IntoView {
    let mailed = RwSignal::new(
        list.iter()
            .filter(|c| c.mailed)
            .map(|c| c.kind.clone())
            .collect::<Vec<_>>(),
    );
    let save = Action::new(|kinds: &Vec<String>| save_mail_choices(kinds.clone()));
    let error = Signal::derive(move || save.value().get().and_then(Result::err));
    let saved = Signal::derive(move || matches!(save.value().get(), Some(Ok(()))));
    view! {
        <form class="mn-form" novalidate on:submit=move |ev| {
            ev.prevent_default();
            save.dispatch(mailed.get_untracked());
        }>
            <fieldset class="mn-fieldset">
                <legend class="mn-visually-hidden">{tr("mail-choices-title")}</legend>
                {list.into_iter().map(|choice| {
                    let kind = choice.kind.clone();
                    let toggled = kind.clone();
                    view! {
                        <label class="mn-checkbox">
                            <input type="checkbox" data-mail-kind=kind.clone()
                                prop:checked=move || mailed.with(|m| m.contains(&kind))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    mailed.update(|m| set_included(m, toggled.clone(), on));
                                } />
                            <span>{tr_dyn(format!("activity-{}", choice.kind))}</span>
                        </label>
                    }
                }).collect_view()}
            </fieldset>
            <p class="mn-field__hint">{tr("mail-choices-always")}</p>
            <ErrorAlert error />
            <SuccessNote show=saved message="mail-choices-saved" />
            <div class="mn-form__actions">
                <Button kind=ButtonType::Submit variant=ButtonVariant::Primary attr:data-testid="save-mail-choices" pending=save.pending()>
                    {tr("mail-choices-submit")}
                </Button>
            </div>
        </form>
    }
}
