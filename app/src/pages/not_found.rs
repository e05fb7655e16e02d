//! Whole-page not found, for unknown URLs.

use crate::components::not_found::NotFoundContent;
use leptos::prelude::*;

/// Whole-page not found, for unknown URLs.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <div class="mn-public">
            <main class="mn-public__card">
                <NotFoundContent />
            </main>
        </div>
    }
}
