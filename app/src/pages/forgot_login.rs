//! Forgotten login address: the recovery phone (and, if one was set, the recovery e-mail)
//! receive it. The page answers the same whether or not an account matched.

use crate::api::auth::RequestLoginReminder;
use crate::components::feedback::ErrorAlert;
use crate::components::form::{action_error, form_level, SubmitButton, TextField};
use crate::i18n::tr;
use crate::pages::auth::PublicLayout;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn ForgotLoginPage() -> impl IntoView {
    let action = ServerAction::<RequestLoginReminder>::new();
    let error = action_error(action);
    let sent = Signal::derive(move || matches!(action.value().get(), Some(Ok(()))));
    view! {
        <PublicLayout title="forgot-login-title">
            <Show
                when=move || sent.get()
                fallback=move || view! {
                    <p class="mn-public__lead">{tr("forgot-login-lead")}</p>
                    <ActionForm action attr:class="mn-form" attr:novalidate=true attr:data-testid="forgot-login-form">
                        <ErrorAlert error=form_level(error) />
                        <TextField name="phone" label="forgot-login-phone" kind="tel" autocomplete="tel" hint="security-sms-phone-hint" error required=true />
                        <TextField name="email" label="forgot-login-email" kind="email" autocomplete="email" hint="forgot-login-email-hint" error />
                        <SubmitButton label="forgot-login-submit" pending=action.pending() />
                    </ActionForm>
                }
            >
                <p class="mn-alert mn-alert--info" role="status" data-testid="forgot-login-sent">{tr("forgot-login-sent")}</p>
            </Show>
            <p class="mn-public__switch"><A href="/login">{tr("forgot-back-to-login")}</A></p>
        </PublicLayout>
    }
}
