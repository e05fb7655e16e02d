//! Codes by SMS as a second factor: enter a phone number (Swiss, French, Belgian or German),
//! confirm it with the code it receives; remove it with the password.

use super::method_on::MethodOn;
use crate::api::security::{begin_sms, confirm_sms};
use crate::components::feedback::ErrorAlert;
use crate::i18n::{tr, tr_args, tr_dyn};
use domain::AppError;
use leptos::prelude::*;

#[component]
pub fn SmsCard(
    /// The confirmed phone, if any.
    phone: Option<String>,
    fresh_codes: RwSignal<Option<Vec<String>>>,
    changed: Callback<()>,
) -> impl IntoView {
    match phone {
        Some(phone) => view! {
            <MethodOn method="sms" title="security-sms-title" label="security-sms-remove" detail=phone changed />
        }.into_any(),
        None => view! { <SmsSetup fresh_codes changed /> }.into_any(),
    }
}

/// A field with its own error line, for the two steps below.
#[component]
fn SmsField(
    name: &'static str,
    label: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    kind: &'static str,
    value: RwSignal<String>,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    let key = move || {
        error.with(|e| {
            e.as_ref()
                .and_then(|e| e.field_code(name))
                .map(|c| format!("field-error-{c}"))
        })
    };
    let id = format!("field-{name}");
    let described = format!(
        "field-{name}-error{}",
        hint.map(|_| format!(" field-{name}-hint"))
            .unwrap_or_default()
    );
    view! {
        <div class="mn-field" class:mn-field--invalid=move || key().is_some()>
            <label class="mn-field__label" for=id.clone()>{tr(label)}</label>
            <input class="mn-input" id=id.clone() name=name type=kind
                inputmode=if kind == "tel" { "tel" } else { "numeric" }
                autocomplete=if kind == "tel" { "tel" } else { "one-time-code" }
                aria-invalid=move || key().is_some().to_string() aria-describedby=described
                prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) />
            {hint.map(|h| view! { <p class="mn-field__hint" id=format!("field-{name}-hint")>{tr(h)}</p> })}
            <p class="mn-field__error" id=format!("field-{name}-error") data-field-error=name>{move || key().map(|k| tr_dyn(k)())}</p>
        </div>
    }
}

#[component]
fn SmsSetup(fresh_codes: RwSignal<Option<Vec<String>>>, changed: Callback<()>) -> impl IntoView {
    let phone = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let send = Action::new(|phone: &String| begin_sms(phone.clone()));
    let sent_to = Signal::derive(move || send.value().get().and_then(Result::ok));
    let send_error = Signal::derive(move || send.value().get().and_then(Result::err));
    let confirm = Action::new(|code: &String| confirm_sms(code.clone()));
    let confirm_error = Signal::derive(move || confirm.value().get().and_then(Result::err));
    Effect::new(move |_| {
        if let Some(Ok(codes)) = confirm.value().get() {
            if let Some(codes) = codes {
                fresh_codes.set(Some(codes));
            }
            changed.run(());
        }
    });
    view! {
        <section class="mn-card" data-testid="sms-setup">
            <h2 class="mn-card__title">{tr("security-sms-title")}</h2>
            <p>{tr("security-sms-lead")}</p>
            <form class="mn-form mn-form--inline" novalidate data-testid="sms-send" on:submit=move |ev| {
                ev.prevent_default();
                send.dispatch(phone.get_untracked());
            }>
                <SmsField name="sms_phone" label="security-sms-phone" hint="security-sms-phone-hint" kind="tel" value=phone error=send_error />
                <button type="submit" class="mn-button mn-button--secondary" disabled=move || send.pending().get()>
                    {move || if sent_to.get().is_some() { tr("security-sms-resend")() } else { tr("security-sms-send")() }}
                </button>
            </form>
            <ErrorAlert error=Signal::derive(move || send_error.get().filter(|e| e.field_code("sms_phone").is_none())) />
            {move || sent_to.get().map(|to| view! {
                <p class="mn-alert mn-alert--info" role="status" data-testid="sms-sent">{tr_args("security-sms-sent", vec![("phone", to)])}</p>
                <form class="mn-form mn-form--inline" novalidate data-testid="sms-confirm" on:submit=move |ev| {
                    ev.prevent_default();
                    confirm.dispatch(code.get_untracked());
                }>
                    <SmsField name="sms_code" label="security-sms-code" kind="text" value=code error=confirm_error />
                    <button type="submit" class="mn-button mn-button--primary" disabled=move || confirm.pending().get()>{tr("security-sms-confirm")}</button>
                </form>
                <ErrorAlert error=Signal::derive(move || confirm_error.get().filter(|e| e.field_code("sms_code").is_none())) />
            })}
        </section>
    }
}
