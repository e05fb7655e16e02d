//! Confirmation before removing members: names everyone who will lose access.

use super::members::Selected;
use crate::components::button::{Button, ButtonVariant};
use crate::components::feedback::ErrorAlert;
use crate::i18n::{tr, tr_args};
use domain::{AppError, UserId};
use leptos::prelude::*;

/// `remove` is the page's action: the list reloads from its version.
#[component]
pub fn RemoveDialog(
    selected: RwSignal<Vec<Selected>>,
    open: RwSignal<bool>,
    remove: Action<Vec<UserId>, Result<(), AppError>>,
) -> impl IntoView {
    let error = Signal::derive(move || remove.value().get().and_then(Result::err));
    // Closes and forgets the selection once the members are gone.
    Effect::new(move |_| {
        if let Some(Ok(())) = remove.value().get() {
            open.set(false);
            selected.set(Vec::new());
        }
    });
    let cancel = move |_| {
        open.set(false);
        remove.value().set(None::<Result<(), AppError>>);
    };
    move || {
        open.get().then(|| {
            let names: Vec<String> = selected.with(|s| s.iter().map(|(_, n)| n.clone()).collect());
            let count = names.len();
            view! {
                <div class="mn-modal-backdrop">
                    <div class="mn-modal" role="alertdialog" aria-modal="true" aria-labelledby="remove-title" aria-describedby="remove-body">
                        <h2 id="remove-title">{tr_args("users-remove-confirm-title", vec![("count", count.to_string())])}</h2>
                        <div id="remove-body">
                            <p>{tr("users-remove-confirm-body")}</p>
                            <ul class="mn-list">{names.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                        </div>
                        <ErrorAlert error />
                        <div class="mn-modal__actions">
                            <Button on:click=cancel>{tr("action-cancel")}</Button>
                            <Button
                                variant=ButtonVariant::Danger
                                attr:data-testid="confirm-remove"
                                pending=remove.pending()
                                on:click=move |_| {
                                    let ids = selected.with(|s| s.iter().map(|(id, _)| *id).collect());
                                    remove.dispatch(ids);
                                }
                            >
                                {tr("users-remove-confirm")}
                            </Button>
                        </div>
                    </div>
                </div>
            }
        })
    }
}
