//! Page header: title, one-line purpose, at most one primary action.

use crate::i18n::tr;
use leptos::prelude::*;

#[component]
pub fn PageHeader(
    title: &'static str,
    lead: &'static str,
    #[prop(optional)] action: Option<Children>,
) -> impl IntoView {
    view! {
        <header class="mn-page-header">
            <div>
                <h1 class="mn-page-header__title">{tr(title)}</h1>
                <p class="mn-page-header__lead">{tr(lead)}</p>
            </div>
            {action.map(|a| view! { <div class="mn-page-header__action">{a()}</div> })}
        </header>
    }
}
