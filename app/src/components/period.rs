//! Billing periods in words.

use crate::i18n::tr_args;
use domain::catalogue::Period;

/// `1 year`, `3 years`, `1 month`, `6 months` in the viewer's language.
pub fn period_label(period: Period) -> String {
    let months = period.months().to_string();
    match period.whole_years() {
        Some(years) => tr_args("order-period-years", vec![("years", years.to_string())])(),
        None => tr_args("order-period-months", vec![("months", months)])(),
    }
}
