//! Top-bar language quick switch for signed-in users: saves the choice in the profile and
//! applies it at once.

use crate::api::account::SetLanguage;
use crate::i18n::{tr, tr_dyn, use_locale};
use domain::Lang;
use leptos::prelude::*;

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<SetLanguage>::new();
    Effect::new(move |_| {
        if let Some(Ok(region)) = action.value().get() {
            locale.apply(region);
        }
    });
    view! {
        <label class="mn-topbar__language">
            <span class="mn-visually-hidden">{tr("field-language")}</span>
            <select
                class="mn-input mn-select"
                data-testid="topbar-language"
                disabled=move || action.pending().get()
                on:change=move |ev| {
                    action.dispatch(SetLanguage { lang: event_target_value(&ev) });
                }
            >
                <LanguageOptions />
            </select>
        </label>
    }
}

/// The five languages, each in its own name, the current one selected.
#[component]
pub fn LanguageOptions() -> impl IntoView {
    let locale = use_locale();
    Lang::ALL
        .iter()
        .map(|l| {
            let l = *l;
            view! {
                <option value=l.code() selected=move || locale.lang() == l>
                    {tr_dyn(format!("lang-name-{}", l.code()))}
                </option>
            }
        })
        .collect_view()
}
