//! Sign-in approval: when a sign-in of this account, waiting for its second factor, asks to
//! be approved, every open console of the account shows this dialog at once (the server
//! pushes the request over `/events`). Approving completes that sign-in; denying refuses it.

use crate::api::security::decide_push;
use crate::components::feedback::ErrorAlert;
use crate::components::time::DateTime;
use crate::i18n::tr;
use crate::pages::profile::{DeviceText, PlaceText};
use domain::dto::PushRequest;
use leptos::prelude::*;

#[component]
pub fn PushPrompt() -> impl IntoView {
    let requests = RwSignal::new(Vec::<PushRequest>::new());
    #[cfg(feature = "hydrate")]
    listen(requests);
    // Requests answered here: hidden at once, before the stream sends the next list.
    let answered = RwSignal::new(Vec::<String>::new());
    let decide = Action::new(move |(id, approve): &(String, bool)| {
        answered.update(|a| a.push(id.clone()));
        decide_push(id.clone(), *approve)
    });
    let error = Signal::derive(move || decide.value().get().and_then(Result::err));
    let shown = move || {
        let answered = answered.get();
        requests.with(|list| list.iter().find(|r| !answered.contains(&r.id)).cloned())
    };
    view! {
        {move || shown().map(|request| {
            let (approve_id, deny_id) = (request.id.clone(), request.id.clone());
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
                        <ErrorAlert error />
                        <div class="mn-modal__actions">
                            <button type="button" class="mn-button mn-button--danger" data-testid="push-deny"
                                disabled=move || decide.pending().get()
                                on:click=move |_| { decide.dispatch((deny_id.clone(), false)); }>
                                {tr("push-prompt-deny")}
                            </button>
                            <button type="button" class="mn-button mn-button--primary" data-testid="push-approve"
                                disabled=move || decide.pending().get()
                                on:click=move |_| { decide.dispatch((approve_id.clone(), true)); }>
                                {tr("push-prompt-approve")}
                            </button>
                        </div>
                    </div>
                </div>
            }
        })}
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
