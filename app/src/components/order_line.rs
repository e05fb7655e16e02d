//! One line of a cart or an order in words: what it is, and below it what kind and for how
//! long (the cart, an order's page, the confirmation and the invoices read the same words).

use crate::components::period::period_in;
use crate::i18n::{tr_in, use_locale};
use domain::dto::{QuoteItem, QuoteLine};
use domain::Lang;

/// The line's title and its detail (empty when it has none), in the viewer's language.
pub fn line_text(line: &QuoteLine) -> (String, String) {
    line_in(use_locale().lang(), line)
}

/// The same in `lang`.
pub fn line_in(lang: Lang, line: &QuoteLine) -> (String, String) {
    match &line.item {
        QuoteItem::Product {
            kind,
            period,
            renews,
            ..
        } => {
            let kind_name = tr_in(lang, &kind.label_key(), &[]);
            let what = format!("{kind_name} · {}", period_in(lang, *period));
            let detail = match (renews, kind.option_of()) {
                (Some(_), Some(_)) => {
                    format!("{} · {what}", tr_in(lang, "order-line-added-option", &[]))
                }
                (Some(_), None) => format!("{} · {what}", tr_in(lang, "order-line-renewal", &[])),
                (None, _) => what,
            };
            (line.display_name.clone(), detail)
        }
        QuoteItem::Option { kind, period, .. } => (
            tr_in(lang, &kind.label_key(), &[]),
            format!("{} · {}", line.display_name, period_in(lang, *period)),
        ),
        QuoteItem::RestoreFee { .. } => (
            tr_in(lang, "order-line-restore-fee", &[]),
            line.display_name.clone(),
        ),
        QuoteItem::Voucher { .. } => (
            tr_in(lang, "order-voucher-line", &[]),
            line.display_name.clone(),
        ),
        QuoteItem::Promotion { code } => (
            tr_in(lang, "order-promotion-line", &[("code", code.clone())]),
            String::new(),
        ),
    }
}
