//! Forgotten password: ask for a link, then set a new password through it.

use crate::api::auth::{check_password_reset, Disavow, RequestPasswordReset, ResetPassword};
use crate::components::button::{ButtonLink, ButtonVariant};
use crate::components::feedback::{error_view, ErrorAlert, Skeleton};
use crate::components::form::{action_error, form_level, SubmitButton, TextField};
use crate::i18n::tr;
use crate::pages::auth::PublicLayout;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let action = ServerAction::<RequestPasswordReset>::new();
    let error = action_error(action);
    let sent = Signal::derive(move || matches!(action.value().get(), Some(Ok(()))));
    view! {
        <PublicLayout title="forgot-title">
            <Show
                when=move || sent.get()
                fallback=move || view! {
                    <p class="mn-public__lead">{tr("forgot-lead")}</p>
                    <ActionForm action attr:class="mn-form" attr:novalidate=true attr:data-testid="forgot-form">
                        <ErrorAlert error=form_level(error) />
                        <TextField name="email" label="field-login-email" kind="email" autocomplete="username" error required=true />
                        <SubmitButton label="forgot-submit" pending=action.pending() />
                    </ActionForm>
                }
            >
                // The same answer whether or not an account uses the address.
                <p class="mn-alert mn-alert--info" role="status" data-testid="forgot-sent">{tr("forgot-sent")}</p>
            </Show>
            <p class="mn-public__switch"><A href="/login">{tr("forgot-back-to-login")}</A></p>
        </PublicLayout>
    }
}

#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let params = use_params_map();
    let token = Memo::new(move |_| params.with(|p| p.get("token").unwrap_or_default()));
    let valid = Resource::new(move || token.get(), check_password_reset);
    view! {
        <PublicLayout title="reset-title">
            <Suspense fallback=|| view! { <Skeleton rows=3 /> }>
                {move || Suspend::new(async move {
                    match valid.await {
                        Ok(()) => view! { <ResetForm token=token.get_untracked() /> }.into_any(),
                        Err(err) => error_view(err),
                    }
                })}
            </Suspense>
        </PublicLayout>
    }
}

#[component]
fn ResetForm(token: String) -> impl IntoView {
    let action = ServerAction::<ResetPassword>::new();
    let error = action_error(action);
    let done = Signal::derive(move || matches!(action.value().get(), Some(Ok(()))));
    let token = StoredValue::new(token);
    view! {
        <Show
            when=move || done.get()
            fallback=move || view! {
                <p class="mn-public__lead">{tr("reset-lead")}</p>
                <ActionForm action attr:class="mn-form" attr:novalidate=true attr:data-testid="reset-form">
                    <input type="hidden" name="token" value=token.get_value() />
                    <ErrorAlert error=form_level(error) />
                    <TextField name="password" label="reset-new-password" kind="password" autocomplete="new-password" hint="signup-password-hint" error required=true />
                    <label class="mn-checkbox">
                        <input type="checkbox" name="sign_out_everywhere" value="on" checked=true />
                        <span>{tr("reset-sign-out-everywhere")}</span>
                    </label>
                    <SubmitButton label="reset-submit" pending=action.pending() />
                </ActionForm>
            }
        >
            <p class="mn-alert mn-alert--info" role="status" data-testid="reset-done">{tr("reset-done")}</p>
            <ButtonLink href="/login" variant=ButtonVariant::Primary>{tr("reset-log-in")}</ButtonLink>
        </Show>
    }
}

/// `/this-wasnt-me/{token}`: secures the account named in a security mail, after one click.
#[component]
pub fn NotMePage() -> impl IntoView {
    let params = use_params_map();
    let token = Memo::new(move |_| params.with(|p| p.get("token").unwrap_or_default()));
    let action = ServerAction::<Disavow>::new();
    let error = action_error(action);
    let done = Signal::derive(move || matches!(action.value().get(), Some(Ok(()))));
    view! {
        <PublicLayout title="not-me-title">
            <Show
                when=move || done.get()
                fallback=move || view! {
                    <p class="mn-public__lead">{tr("not-me-lead")}</p>
                    <ActionForm action attr:class="mn-form" attr:data-testid="not-me-form">
                        <input type="hidden" name="token" value=move || token.get() />
                        <ErrorAlert error />
                        <SubmitButton label="not-me-submit" pending=action.pending() />
                    </ActionForm>
                }
            >
                <p class="mn-alert mn-alert--info" role="status" data-testid="not-me-done">{tr("not-me-done")}</p>
            </Show>
        </PublicLayout>
    }
}
