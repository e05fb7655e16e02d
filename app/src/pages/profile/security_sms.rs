//! Codes by SMS as a second factor: enter a phone number (Swiss, French, Belgian or German),
//! confirm it with the code it receives; remove it with the password.

use super::method_on::MethodOn;
use crate::api::security::{BeginSms, ConfirmSms};
use crate::components::button::{Button, ButtonType, ButtonVariant};
use crate::components::feedback::ErrorAlert;
use crate::components::form::{action_error, form_level, TextField};
use crate::i18n::{tr, tr_args};
use leptos::form::ActionForm;
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

#[component]
fn SmsSetup(fresh_codes: RwSignal<Option<Vec<String>>>, changed: Callback<()>) -> impl IntoView {
    let send = ServerAction::<BeginSms>::new();
    let send_error = action_error(send);
    let sent_to = Signal::derive(move || send.value().get().and_then(Result::ok));
    let confirm = ServerAction::<ConfirmSms>::new();
    let confirm_error = action_error(confirm);
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
            <ActionForm action=send attr:class="mn-form mn-form--inline" attr:novalidate=true attr:data-testid="sms-send">
                <TextField name="sms_phone" label="security-sms-phone" hint="security-sms-phone-hint" kind="tel" autocomplete="tel" error=send_error />
                <Button kind=ButtonType::Submit pending=send.pending()>
                    {move || if sent_to.get().is_some() { tr("security-sms-resend")() } else { tr("security-sms-send")() }}
                </Button>
            </ActionForm>
            <ErrorAlert error=form_level(send_error) />
            {move || sent_to.get().map(|to| view! {
                <p class="mn-alert mn-alert--info" role="status" data-testid="sms-sent">{tr_args("security-sms-sent", vec![("phone", to)])}</p>
                <ActionForm action=confirm attr:class="mn-form mn-form--inline" attr:novalidate=true attr:data-testid="sms-confirm">
                    <TextField name="sms_code" label="security-sms-code" autocomplete="one-time-code" error=confirm_error />
                    <Button kind=ButtonType::Submit variant=ButtonVariant::Primary pending=confirm.pending()>{tr("security-sms-confirm")}</Button>
                </ActionForm>
                <ErrorAlert error=form_level(confirm_error) />
            })}
        </section>
    }
}
