//! Loads a language's interface text from the server into the browser.

use super::bundles::{is_loaded, load};
use domain::Lang;
use leptos::prelude::document;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Makes `lang`'s text available, fetching it if needed (a second try covers a dropped
/// connection). False if it could not be had: the interface then shows message keys.
pub async fn load_language(lang: Lang) -> bool {
    for _ in 0..2 {
        if is_loaded(lang) {
            return true;
        }
        if let Some(text) = fetch_text(lang).await {
            load(lang, &text);
        }
    }
    is_loaded(lang)
}

async fn fetch_text(lang: Lang) -> Option<String> {
    // The build's address, written by `shell` into `<html data-asset-root>`.
    let root = document()
        .document_element()?
        .get_attribute("data-asset-root")?;
    let url = format!("{root}{}", super::language_file_path(lang));
    let response: web_sys::Response =
        JsFuture::from(leptos::prelude::window().fetch_with_str(&url))
            .await
            .ok()?
            .dyn_into()
            .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}
