//! Browser entry point: hydrates the server-rendered console.
// The console's nested views build deep types (see app/src/lib.rs).
#![recursion_limit = "256"]

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(app::App);
    // Lets people and browser tests know the page is interactive. Content whose data came
    // with the page finishes hydrating in tasks queued by `hydrate_body`, so the mark waits
    // for them (the next turn of the event loop).
    leptos::prelude::set_timeout(
        || {
            if let Some(body) = leptos::prelude::document().body() {
                let _ = body.set_attribute("data-hydrated", "true");
            }
        },
        std::time::Duration::ZERO,
    );
}
