//! Amounts of money, always in the viewer's regional format with tabular figures.

use crate::i18n::use_locale;
use domain::money::Money;
use leptos::prelude::*;

/// An amount, e.g. `CHF 1’234.50` for a de-CH viewer. `mn-amount` sets tabular figures and
/// keeps the amount on one line; `data-minor` and `data-currency` carry the exact value.
#[component]
pub fn Amount(money: Money) -> impl IntoView {
    let locale = use_locale();
    let minor = money.minor;
    let currency = money.currency.code();
    view! {
        <span class="mn-amount" data-minor=minor data-currency=currency>
            {move || locale.money(&money)}
        </span>
    }
}
