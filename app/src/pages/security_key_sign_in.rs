//! The login page's second step with a security key or passkey: one button; the browser
//! asks the authenticator, and a verified answer signs in like a code does.

use crate::api::auth::{begin_key_sign_in, finish_key_sign_in};
use crate::components::button::{Button, ButtonVariant};
use crate::components::feedback::ErrorAlert;
use crate::i18n::{tr, tr_dyn};
use crate::pages::auth::go_after_sign_in;
use domain::AppError;
use leptos::prelude::*;

#[component]
pub fn SecurityKeySignIn(next: Memo<Option<String>>) -> impl IntoView {
    // The ceremony runs in the browser between two server calls.
    let action = Action::new(|_: &()| async move {
        let options = begin_key_sign_in().await?;
        let credential = crate::webauthn::get_assertion(options).await?;
        finish_key_sign_in(credential).await
    });
    Effect::new(move |_| go_after_sign_in(action.value().get(), next.get_untracked()));
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let credential_key = move || {
        error.with(|e| {
            e.as_ref()
                .and_then(|e| e.field_code("credential"))
                .map(|c| format!("field-error-{c}"))
        })
    };
    view! {
        <div class="mn-form" data-testid="security-key-sign-in">
            <ErrorAlert error=Signal::derive(move || error.get().filter(|e| !matches!(e, AppError::Validation { .. }))) />
            <Button variant=ButtonVariant::Primary attr:data-testid="use-security-key"
                pending=action.pending() on:click=move |_| { action.dispatch(()); }>
                {tr("security-key-sign-in")}
            </Button>
            <p class="mn-field__hint" role="status">
                {move || action.pending().get().then(|| tr("security-key-sign-in-waiting")())}
            </p>
            <p class="mn-field__error" role="alert" data-field-error="credential">
                {move || credential_key().map(|k| tr_dyn(k)())}
            </p>
            <p class="mn-public__lead">{tr("security-key-sign-in-or")}</p>
        </div>
    }
}
