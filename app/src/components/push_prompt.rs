//! Sign-in approval: when a sign-in of this account, waiting for its second factor, asks to
//! be approved, every open console of the account shows this dialog at once (the server
//! pushes the request over `/events`). Approving completes that sign-in; denying refuses it.

use crate::api::security::decide_push;
use crate::components::button::{Button, ButtonVariant};
use crate::components::device::{DeviceText, PlaceText};
use crate::components::feedback::ErrorAlert;
use crate::components::icon::{Icon, IconName, IconSize};
use crate::components::time::DateTime;
use crate::i18n::tr;
use domain::dto::PushRequest;
use domain::AppError;
use leptos::prelude::*;

#[component]
pub fn PushPrompt() -> impl IntoView {
    let requests = RwSignal::new(Vec::<PushRequest>::new());
    #[cfg(feature = "hydrate")]
    listen(requests);
    // Requests answered here: hidden at once, before the stream sends the next list.
    let answered = RwSignal::new(Vec::<String>::new());
    // A request whose answer was refused stays on screen with the reason until closed,
    // even though the stream drops it a moment later.
    let refused = RwSignal::new(None::<(PushRequest, AppError)>);
    let decide = Action::new(move |(request, approve): &(PushRequest, bool)| {
        let (request, approve) = (request.clone(), *approve);
        async move {
            let result = decide_push(request.id.clone(), approve).await;
            match &result {
                Ok(()) => answered.update(|a| a.push(request.id.clone())),
                Err(err) => refused.set(Some((request.clone(), err.clone()))),
            }
            result
        }
    });
    let shown = move || {
        if let Some((request, err)) = refused.get() {
            return Some((request, Some(err)));
        }
        let answered = answered.get();
        requests.with(|list| {
            list.iter()
                .find(|r| !answered.contains(&r.id))
                .map(|r| (r.clone(), None))
        })
    };
    let close = move |_| {
        if let Some((request, _)) = refused.get_untracked() {
            answered.update(|a| a.push(request.id));
        }
        refused.set(None);
    };
    view! {
        {move || shown().map(|(request, refusal)| {
            let (approve_with, deny_with) = (request.clone(), request.clone());
            let actions = match refusal {
                Some(err) => view! {
                    <RefusalNote err />
                    <div class="mn-modal__actions">
                        <Button attr:data-testid="push-close" on:click=close>
                            {tr("push-prompt-close")}
                        </Button>
                    </div>
                }.into_any(),
                None => view! {
                    <div class="mn-modal__actions">
                        <Button variant=ButtonVariant::Danger attr:data-testid="push-deny"
                            disabled=decide.pending()
                            on:click=move |_| { decide.dispatch((deny_with.clone(), false)); }>
                            {tr("push-prompt-deny")}
                        </Button>
                        <Button variant=ButtonVariant::Primary attr:data-testid="push-approve"
                            disabled=decide.pending()
                            on:click=move |_| { decide.dispatch((approve_with.clone(), true)); }>
                            {tr("push-prompt-approve")}
                        </Button>
                    </div>
                }.into_any(),
            };
            view! {
                <div class="mn-modal-backdrop">
                    <div class="mn-modal" role="alertdialog" aria-modal="true" aria-labelledby="push-title"
                        aria-describedby="push-body" data-testid="push-prompt">
                        <h2 id="push-title">{tr("push-prompt-title")}</h2>
                        <p id="push-body">{tr("push-prompt-body")}</p>
                        <dl class="mn-details">
                            <dt>{tr("sessions-col-device")}</dt><dd><DeviceText device=request.device.clone() /></dd>
                            <dt>{tr("sessions-col-place")}</dt><dd><PlaceText place=request.place.clone() /></dd>
                            <dt>{tr("activity-col-when")}</dt><dd><DateTime at=request.at /></dd>
                        </dl>
                        {actions}
                    </div>
                </div>
            }
        })}
    }
}

/// Why an answer did not count: the request no longer waits (expired, or answered on another
/// device), or any other error in its own words.
#[component]
fn RefusalNote(err: AppError) -> impl IntoView {
    if matches!(&err, AppError::Conflict { reason } if reason == "push-expired") {
        view! {
            <div class="mn-alert mn-alert--warning" role="alert" data-error="push-gone">
                <span class="mn-alert__icon"><Icon name=IconName::TriangleAlert size=IconSize::Medium /></span>
                <span>{tr("push-prompt-gone")}</span>
            </div>
        }
        .into_any()
    } else {
        view! { <ErrorAlert error=Signal::derive(move || Some(err.clone())) /> }.into_any()
    }
}

/// Opens the event stream while the shell lives; each `push` event carries the account's
/// waiting requests.
#[cfg(feature = "hydrate")]
fn listen(requests: RwSignal<Vec<PushRequest>>) {
    use send_wrapper::SendWrapper;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;

    let Ok(source) = web_sys::EventSource::new("/events") else {
        return;
    };
    let on_push =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let list = event
                .data()
                .as_string()
                .and_then(|text| serde_json::from_str::<Vec<PushRequest>>(&text).ok());
            if let Some(list) = list {
                requests.set(list);
            }
        });
    let _ = source.add_event_listener_with_callback("push", on_push.as_ref().unchecked_ref());
    let held = SendWrapper::new((source, on_push));
    on_cleanup(move || held.0.close());
}
