//! Browser entry point: hydrates the server-rendered console.
// The console's nested views build deep types (see app/src/lib.rs).
#![recursion_limit = "256"]

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    // Hydrates asynchronously: a page whose code is a lazily loaded part (see `app::App`)
    // waits for that part before it can take over the server's HTML.
    wasm_bindgen_futures::spawn_local(async {
        // The page's text, which the client needs to render what the server rendered.
        let lang = app::i18n::initial_region().lang;
        app::i18n::load_language(lang).await;
        // The server's document always has a body; without one there is nothing to hydrate.
        let Some(body) = leptos::prelude::document().body() else {
            return;
        };
        let owner = leptos::mount::hydrate_from_async(body, app::App).await;
        owner.forget();
        // Lets people and browser tests know the page is interactive. Content whose data
        // came with the page finishes hydrating in tasks queued meanwhile, so the mark waits
        // for them (the next turn of the event loop).
        leptos::prelude::set_timeout(
            || {
                if let Some(body) = leptos::prelude::document().body() {
                    let _ = body.set_attribute("data-hydrated", "true");
                }
            },
            std::time::Duration::ZERO,
        );
    });
}
