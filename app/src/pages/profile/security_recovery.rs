//! Recovery channels (an e-mail and a phone used when the password or the login address is
//! forgotten) and the login address. Both changes need the current password.

use crate::api::security::{ChangeLoginEmail, ConfirmRecoveryPhone, SetRecovery};
use crate::components::feedback::{ErrorAlert, SuccessNote};
use crate::components::form::{action_error, form_level, SubmitButton, TextField};
use crate::i18n::{tr, tr_args};
use domain::dto::SecurityOverview;
use leptos::form::ActionForm;
use leptos::prelude::*;

#[component]
pub fn RecoveryCard(overview: SecurityOverview) -> impl IntoView {
    let save = ServerAction::<SetRecovery>::new();
    let error = action_error(save);
    let saved = Signal::derive(move || matches!(save.value().get(), Some(Ok(None))));
    // A new phone waits for the code sent to it.
    let code_sent_to = Signal::derive(move || match save.value().get() {
        Some(Ok(Some(phone))) => Some(phone),
        _ => None,
    });
    let email = overview.recovery_email.unwrap_or_default();
    let phone = overview.recovery_phone.unwrap_or_default();
    view! {
        <section class="mn-card" data-testid="recovery">
            <h2 class="mn-card__title">{tr("security-recovery-title")}</h2>
            <p>{tr("security-recovery-lead")}</p>
            <ActionForm action=save attr:class="mn-form mn-form--wide" attr:novalidate=true attr:data-testid="recovery-form">
                <ErrorAlert error=form_level(error) />
                <TextField name="recovery_email" label="security-recovery-email" kind="email" autocomplete="email"
                    hint="security-recovery-email-hint" error value=Signal::stored(email) />
                <TextField name="recovery_phone" label="security-recovery-phone" kind="tel" autocomplete="tel"
                    hint="security-sms-phone-hint" error value=Signal::stored(phone) />
                <TextField name="recovery_password" label="security-password-confirm" kind="password"
                    autocomplete="current-password" error required=true />
                <SuccessNote show=saved message="security-recovery-saved" />
                <SubmitButton label="security-recovery-submit" pending=save.pending() />
            </ActionForm>
            {move || code_sent_to.get().map(|phone| view! { <RecoveryPhoneCode phone /> })}
        </section>
    }
}

/// The second step for a new recovery phone: the code it received.
#[component]
fn RecoveryPhoneCode(phone: String) -> impl IntoView {
    let confirm = ServerAction::<ConfirmRecoveryPhone>::new();
    let error = action_error(confirm);
    let confirmed = Signal::derive(move || matches!(confirm.value().get(), Some(Ok(_))));
    view! {
        <Show when=move || !confirmed.get()>
            <p class="mn-alert mn-alert--info" role="status" data-testid="recovery-code-sent">
                {tr_args("security-recovery-phone-sent", vec![("phone", phone.clone())])}
            </p>
            <ActionForm action=confirm attr:class="mn-form mn-form--inline" attr:novalidate=true attr:data-testid="recovery-code-form">
                <ErrorAlert error=form_level(error) />
                <TextField name="recovery_code" label="security-sms-code" autocomplete="one-time-code" error required=true />
                <SubmitButton label="security-recovery-confirm" pending=confirm.pending() />
            </ActionForm>
        </Show>
        <SuccessNote show=confirmed message="security-recovery-phone-confirmed" />
    }
}

#[component]
pub fn LoginEmailCard(current: String) -> impl IntoView {
    let change = ServerAction::<ChangeLoginEmail>::new();
    let error = action_error(change);
    let changed = Signal::derive(move || matches!(change.value().get(), Some(Ok(()))));
    view! {
        <section class="mn-card" data-testid="login-email">
            <h2 class="mn-card__title">{tr("security-login-email-title")}</h2>
            <p data-testid="login-email-current">{tr_args("security-login-email-current", vec![("email", current)])}</p>
            <ActionForm action=change attr:class="mn-form mn-form--wide" attr:novalidate=true attr:data-testid="login-email-form">
                <ErrorAlert error=form_level(error) />
                <TextField name="new_login_email" label="security-login-email-new" kind="email" autocomplete="email"
                    hint="security-login-email-hint" error required=true />
                <TextField name="login_email_password" label="security-password-confirm" kind="password"
                    autocomplete="current-password" error required=true />
                <SuccessNote show=changed message="security-login-email-changed" />
                <SubmitButton label="security-login-email-submit" pending=change.pending() />
            </ActionForm>
        </section>
    }
}
