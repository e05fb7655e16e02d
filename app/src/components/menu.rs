//! A dropdown menu: a button that opens a list, closed by Escape, by a click outside or by
//! choosing an item.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

#[component]
pub fn Dropdown(
    /// Stable id prefix for aria wiring and tests.
    id: &'static str,
    /// Accessible name of the button.
    #[prop(into)]
    label: Signal<String>,
    /// Button content.
    trigger: ViewFn,
    /// Menu content; receives a callback that closes the menu.
    children: ChildrenFn,
    #[prop(default = "start")] align: &'static str,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let close = move || open.set(false);
    provide_context(MenuCloser(Callback::new(move |_| close())));
    let on_key = move |ev: KeyboardEvent| {
        if ev.key() == "Escape" {
            open.set(false);
        }
    };
    let menu_id = format!("{id}-menu");
    view! {
        <div class="mn-dropdown" on:keydown=on_key>
            <button
                type="button"
                class="mn-dropdown__trigger"
                id=format!("{id}-button")
                aria-haspopup="true"
                aria-expanded=move || open.get().to_string()
                aria-controls=menu_id.clone()
                aria-label=label
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {trigger.run()}
            </button>
            <Show when=move || open.get()>
                <div class="mn-dropdown__backdrop" on:click=move |_| close()></div>
            </Show>
            <div
                class=format!("mn-dropdown__menu mn-dropdown__menu--{align}")
                id=menu_id.clone()
                hidden=move || !open.get()
            >
                {children()}
            </div>
        </div>
    }
}

/// Lets menu items close the menu they are in.
#[derive(Clone, Copy)]
pub struct MenuCloser(pub Callback<()>);

/// Captures the enclosing menu's closer at build time (contexts are not reachable from
/// event handlers).
pub fn menu_closer() -> impl Fn() + Copy {
    let closer = use_context::<MenuCloser>();
    move || {
        if let Some(MenuCloser(cb)) = closer {
            cb.run(());
        }
    }
}
