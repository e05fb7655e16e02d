//! Dates and times, always in the viewer's time zone and regional format.

use crate::i18n::use_locale;
use domain::datetime::UnixMillis;
use leptos::prelude::*;

fn iso(at: UnixMillis) -> String {
    chrono::DateTime::from_timestamp_millis(at)
        .map(|d| d.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
        .unwrap_or_default()
}

/// A date and time, e.g. `31.03.2027 14:05` for a de-CH viewer.
#[component]
pub fn DateTime(at: UnixMillis) -> impl IntoView {
    let locale = use_locale();
    view! { <time datetime=iso(at) data-at=at>{move || locale.date_time(at)}</time> }
}

/// A calendar date, e.g. `31.03.2027`.
#[component]
pub fn Date(at: UnixMillis) -> impl IntoView {
    let locale = use_locale();
    view! { <time datetime=iso(at) data-at=at>{move || locale.date(at)}</time> }
}
