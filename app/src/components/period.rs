//! Billing periods in words.

use crate::i18n::{tr_in, use_locale};
use domain::catalogue::Period;
use domain::Lang;

/// `1 year`, `3 years`, `1 month`, `6 months` in the viewer's language.
pub fn period_label(period: Period) -> String {
    period_in(use_locale().lang(), period)
}

/// The same in `lang` (documents).
pub fn period_in(lang: Lang, period: Period) -> String {
    match period.whole_years() {
        Some(years) => tr_in(lang, "order-period-years", &[("years", years.to_string())]),
        None => tr_in(
            lang,
            "order-period-months",
            &[("months", period.months().to_string())],
        ),
    }
}
