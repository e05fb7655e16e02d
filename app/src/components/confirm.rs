//! The confirmation dialog every destructive action opens: a title naming what is affected,
//! an optional explanation, Cancel and the action itself (disabled while it runs).

use crate::components::button::{Button, ButtonVariant};
use crate::i18n::tr;
use leptos::prelude::*;

#[component]
pub fn ConfirmDialog(
    /// Already translated: it usually names the thing acted on.
    #[prop(into)]
    title: Signal<String>,
    /// Fluent key of the explanation under the title.
    #[prop(optional)]
    body: Option<&'static str>,
    /// Fluent key of the action button.
    label: &'static str,
    /// `data-testid` of the action button.
    testid: &'static str,
    #[prop(default = true)] danger: bool,
    #[prop(into)] pending: Signal<bool>,
    on_confirm: Callback<()>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let variant = if danger {
        ButtonVariant::Danger
    } else {
        ButtonVariant::Primary
    };
    view! {
        <div class="mn-modal-backdrop">
            <div
                class="mn-modal"
                role="alertdialog"
                aria-modal="true"
                aria-labelledby="confirm-title"
                aria-describedby=body.map(|_| "confirm-body")
            >
                <h2 id="confirm-title">{move || title.get()}</h2>
                {body.map(|key| view! { <p id="confirm-body">{tr(key)}</p> })}
                <div class="mn-modal__actions">
                    <Button on:click=move |_| on_cancel.run(())>
                        {tr("action-cancel")}
                    </Button>
                    <Button variant pending attr:data-testid=testid on:click=move |_| on_confirm.run(())>
                        {tr(label)}
                    </Button>
                </div>
            </div>
        </div>
    }
}
