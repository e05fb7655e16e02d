//! "Not found" inside the app shell: a missing record, or an organisation the user does
//! not belong to (its existence is never revealed).

use crate::components::button::ButtonLink;
use crate::i18n::tr;
use leptos::prelude::*;

/// Answers the server-rendered page with 404.
pub fn set_not_found_status() {
    #[cfg(feature = "ssr")]
    if let Some(options) = use_context::<leptos_axum::ResponseOptions>() {
        options.set_status(http::StatusCode::NOT_FOUND);
    }
}

/// Not-found content for inside the app shell.
#[component]
pub fn NotFoundContent() -> impl IntoView {
    set_not_found_status();
    view! {
        <section class="mn-not-found" data-testid="not-found">
            <h1>{tr("not-found-title")}</h1>
            <p>{tr("not-found-body")}</p>
            <ButtonLink href="/">{tr("not-found-home")}</ButtonLink>
        </section>
    }
}
