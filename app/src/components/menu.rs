//! A dropdown menu: a button that opens a list, closed by Escape, by a click outside or by
//! choosing an item. Keyboard users land on the first item when it opens, move with the
//! arrow keys, and return to the button with Escape.

use leptos::ev::KeyboardEvent;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

const FOCUSABLE: &str = "input, a[href], button:not([disabled])";

fn menu_items(menu: &web_sys::Element) -> Vec<web_sys::HtmlElement> {
    let Ok(list) = menu.query_selector_all(FOCUSABLE) else {
        return vec![];
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<web_sys::HtmlElement>().ok())
        .collect()
}

/// Moves focus `step` items from the focused one (wrapping), or to the first item.
fn move_focus(menu: &web_sys::Element, step: i32) {
    let items = menu_items(menu);
    if items.is_empty() {
        return;
    }
    let active = document().active_element();
    let current = items.iter().position(|item| {
        active
            .as_ref()
            .is_some_and(|a| a == item.unchecked_ref::<web_sys::Element>())
    });
    let len = items.len() as i32;
    let next = match current {
        Some(i) => (i as i32 + step).rem_euclid(len),
        None => 0,
    };
    if let Some(item) = items.get(next as usize) {
        let _ = item.focus();
    }
}

/// Which edge of its button a menu lines up with.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum MenuAlign {
    #[default]
    Start,
    End,
}

impl MenuAlign {
    /// Every value, for the class check.
    #[cfg(test)]
    pub const ALL: &'static [MenuAlign] = &[MenuAlign::Start, MenuAlign::End];

    /// The classes of the menu panel.
    pub const fn class(self) -> &'static str {
        match self {
            MenuAlign::Start => "mn-dropdown__menu mn-dropdown__menu--start",
            MenuAlign::End => "mn-dropdown__menu mn-dropdown__menu--end",
        }
    }
}

#[component]
pub fn Dropdown(
    /// Stable id prefix for aria wiring and tests.
    #[prop(into)]
    id: String,
    /// Accessible name of the button.
    #[prop(into)]
    label: Signal<String>,
    /// Button content.
    trigger: ViewFn,
    /// Menu content; receives a callback that closes the menu.
    children: ChildrenFn,
    #[prop(optional)] align: MenuAlign,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let close = move || open.set(false);
    provide_context(MenuCloser(Callback::new(move |_| close())));
    let button_ref = NodeRef::<html::Button>::new();
    let menu_ref = NodeRef::<html::Div>::new();
    let on_key = move |ev: KeyboardEvent| match ev.key().as_str() {
        "Escape" if open.get_untracked() => {
            open.set(false);
            if let Some(button) = button_ref.get_untracked() {
                let _ = button.focus();
            }
        }
        "ArrowDown" | "ArrowUp" if open.get_untracked() => {
            ev.prevent_default();
            if let Some(menu) = menu_ref.get_untracked() {
                move_focus(&menu, if ev.key() == "ArrowDown" { 1 } else { -1 });
            }
        }
        _ => {}
    };
    let toggle = move |_| {
        open.update(|o| *o = !*o);
        if open.get_untracked() {
            // After the menu is shown, put keyboard focus on its first item.
            request_animation_frame(move || {
                if let Some(menu) = menu_ref.get_untracked() {
                    move_focus(&menu, 0);
                }
            });
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
                node_ref=button_ref
                on:click=toggle
            >
                {trigger.run()}
            </button>
            <Show when=move || open.get()>
                <div class="mn-dropdown__backdrop" on:click=move |_| close()></div>
            </Show>
            <div
                class=align.class()
                id=menu_id.clone()
                node_ref=menu_ref
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
