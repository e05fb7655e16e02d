//! A toggle switch (a checkbox with `role="switch"`), optionally confirmed before it moves.

use crate::components::confirm::ConfirmDialog;
use crate::i18n::tr;
use leptos::prelude::*;

/// What a [`Toggle`] asks before turning on or off (Fluent keys).
#[derive(Clone, Copy, Debug)]
pub struct ToggleConfirm {
    /// Dialog title and explanation before turning on.
    pub on_title: &'static str,
    pub on_body: &'static str,
    /// Dialog title and explanation before turning off.
    pub off_title: &'static str,
    pub off_body: &'static str,
    /// The dialog's action button and its `data-testid`.
    pub label: &'static str,
    pub testid: &'static str,
    /// A danger button rather than the primary one.
    pub danger: bool,
}

/// A switch with its visible label. `checked` is the state the page holds; a click asks for
/// the other state through `on_change` — at once, or once the dialog of `confirm` is
/// confirmed (the switch does not move before). With a confirmation, the page closes the
/// dialog by setting `open` to false when its action succeeded; on failure it stays open.
#[component]
pub fn Toggle(
    #[prop(into)] checked: Signal<bool>,
    /// Fluent key of the label.
    label: &'static str,
    /// `data-testid` of the switch itself.
    #[prop(optional)]
    testid: Option<&'static str>,
    #[prop(optional, into)] disabled: Signal<bool>,
    /// The action is running (the dialog's button shows it).
    #[prop(optional, into)]
    pending: Signal<bool>,
    #[prop(optional)] confirm: Option<ToggleConfirm>,
    /// Whether the confirmation dialog is open.
    #[prop(optional)]
    open: Option<RwSignal<bool>>,
    on_change: Callback<bool>,
) -> impl IntoView {
    let open = open.unwrap_or_else(|| RwSignal::new(false));
    view! {
        <label class="mn-switch">
            <input
                type="checkbox"
                role="switch"
                data-testid=testid
                prop:checked=move || checked.get()
                aria-checked=move || checked.get().to_string()
                disabled=move || disabled.get()
                on:click=move |ev| {
                    if confirm.is_some() {
                        // The switch moves only once the dialog confirms.
                        ev.prevent_default();
                        open.set(true);
                    } else {
                        on_change.run(event_target_checked(&ev));
                    }
                }
            />
            <span>{tr(label)}</span>
        </label>
        {confirm.map(|c| view! {
            <Show when=move || open.get()>
                {move || {
                    let turning_on = !checked.get_untracked();
                    let (title, body) = if turning_on { (c.on_title, c.on_body) } else { (c.off_title, c.off_body) };
                    view! {
                        <ConfirmDialog
                            title=Signal::derive(tr(title))
                            body
                            label=c.label
                            testid=c.testid
                            danger=c.danger
                            pending
                            on_confirm=Callback::new(move |_| on_change.run(turning_on))
                            on_cancel=Callback::new(move |_| open.set(false))
                        />
                    }
                }}
            </Show>
        })}
    }
}
