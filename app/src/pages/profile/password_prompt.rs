//! The password asked again before a guarded change (removing a second factor, new backup
//! codes, turning two-factor authentication off), inline under the button that asked.

use crate::components::button::{Button, ButtonType, ButtonVariant};
use crate::components::feedback::ErrorAlert;
use crate::components::form::field_error;
use crate::i18n::{tr, tr_dyn};
use domain::AppError;
use leptos::prelude::*;

#[component]
pub fn PasswordPrompt(
    /// Unique on the page: the field's id is `field-<name>`.
    name: &'static str,
    /// Fluent key of the confirming button.
    label: &'static str,
    #[prop(into)] pending: Signal<bool>,
    #[prop(into)] error: Signal<Option<AppError>>,
    on_submit: Callback<String>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let password = RwSignal::new(String::new());
    let id = format!("field-{name}");
    let key = field_error(error, "password");
    view! {
        <form class="mn-form mn-form--inline" novalidate data-testid="password-confirm" data-guard=name on:submit=move |ev| {
            ev.prevent_default();
            on_submit.run(password.get_untracked());
        }>
            <div class="mn-field" class:mn-field--invalid=move || key.with(Option::is_some)>
                <label class="mn-field__label" for=id.clone()>{tr("security-password-confirm")}</label>
                <input class="mn-input" id=id.clone() type="password" autocomplete="current-password"
                    aria-invalid=move || key.with(Option::is_some).to_string()
                    prop:value=move || password.get() on:input=move |ev| password.set(event_target_value(&ev)) />
                <p class="mn-field__error" data-field-error="password">{move || key.get().map(|k| tr_dyn(k)())}</p>
            </div>
            <div class="mn-form__actions">
                <Button on:click=move |_| on_cancel.run(())>{tr("action-cancel")}</Button>
                <Button kind=ButtonType::Submit variant=ButtonVariant::Danger pending>{tr(label)}</Button>
            </div>
            <ErrorAlert error=Signal::derive(move || error.get().filter(|e| e.field_code("password").is_none())) />
        </form>
    }
}
