//! The other ways through the second step of signing in: a code sent by SMS, or approval
//! from another device where the account is signed in.

use crate::api::auth::{push_status, request_push, send_sign_in_code, SignedIn};
use crate::components::button::Button;
use crate::components::feedback::ErrorAlert;
use crate::i18n::{tr, tr_args};
use crate::pages::auth::go_after_sign_in;
use domain::AppError;
use leptos::prelude::*;
use std::time::Duration;

/// Sends a code by SMS; the code is then typed into the code field above.
#[component]
pub fn SmsCodeRequest() -> impl IntoView {
    let send = Action::new(|_: &()| send_sign_in_code());
    let sent_to = Signal::derive(move || send.value().get().and_then(Result::ok));
    let error = Signal::derive(move || send.value().get().and_then(Result::err));
    view! {
        <div class="mn-second-factor-option" data-testid="sms-option">
            <Button attr:data-testid="send-sms-code"
                pending=send.pending() on:click=move |_| { send.dispatch(()); }>
                {move || if sent_to.get().is_some() { tr("login-sms-resend")() } else { tr("login-sms-send")() }}
            </Button>
            {move || sent_to.get().map(|to| view! {
                <p class="mn-alert mn-alert--info" role="status" data-testid="sms-code-sent">{tr_args("login-sms-sent", vec![("phone", to)])}</p>
            })}
            <ErrorAlert error />
        </div>
    }
}

/// Asks the account's signed-in devices to approve this sign-in, then waits (asking the
/// server every 1.5 s) until it is approved, denied or expired.
#[component]
pub fn PushApproval(next: Memo<Option<String>>) -> impl IntoView {
    let request = Action::new(|_: &()| request_push());
    let check = Action::new(|id: &String| push_status(id.clone()));
    let waiting = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<AppError>);
    Effect::new(move |_| match request.value().get() {
        Some(Ok(id)) => {
            error.set(None);
            waiting.set(Some(id.clone()));
            check.dispatch(id);
        }
        Some(Err(e)) => error.set(Some(e)),
        None => {}
    });
    Effect::new(move |_| match check.value().get() {
        Some(Ok(None)) => {
            if let Some(id) = waiting.get_untracked() {
                set_timeout(
                    move || {
                        if waiting.get_untracked().as_ref() == Some(&id) {
                            check.dispatch(id);
                        }
                    },
                    Duration::from_millis(1500),
                );
            }
        }
        Some(Ok(Some(signed_in))) => go_after_sign_in(
            Some(Ok::<SignedIn, AppError>(signed_in)),
            next.get_untracked(),
        ),
        Some(Err(e)) => {
            waiting.set(None);
            error.set(Some(e));
        }
        None => {}
    });
    view! {
        <div class="mn-second-factor-option" data-testid="push-option">
            <Show
                when=move || waiting.with(Option::is_some)
                fallback=move || view! {
                    <Button attr:data-testid="request-push"
                        pending=request.pending() on:click=move |_| { request.dispatch(()); }>
                        {tr("login-push-request")}
                    </Button>
                }
            >
                <p class="mn-alert mn-alert--info" role="status" aria-live="polite" data-testid="push-waiting">
                    <span class="mn-spinner" aria-hidden="true"></span>
                    {tr("login-push-waiting")}
                </p>
            </Show>
            <ErrorAlert error=Signal::derive(move || error.get()) />
        </div>
    }
}
