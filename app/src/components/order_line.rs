//! One line of a cart or an order in words: what it is, and below it what kind and for how
//! long (the cart, an order's page and the confirmation read the same words).

use crate::components::period::period_label;
use crate::i18n::{tr, tr_args, tr_dyn};
use domain::dto::{QuoteItem, QuoteLine};

/// The line's title and its detail (empty when it has none).
pub fn line_text(line: &QuoteLine) -> (String, String) {
    match &line.item {
        QuoteItem::Product {
            kind,
            period,
            renews,
            ..
        } => {
            let what = format!("{} · {}", tr_dyn(kind.label_key())(), period_label(*period));
            let detail = match (renews, kind.option_of()) {
                (Some(_), Some(_)) => format!("{} · {what}", tr("order-line-added-option")()),
                (Some(_), None) => format!("{} · {what}", tr("order-line-renewal")()),
                (None, _) => what,
            };
            (line.display_name.clone(), detail)
        }
        QuoteItem::Option { kind, period, .. } => (
            tr_dyn(kind.label_key())(),
            format!("{} · {}", line.display_name, period_label(*period)),
        ),
        QuoteItem::RestoreFee { .. } => (tr("order-line-restore-fee")(), line.display_name.clone()),
        QuoteItem::Voucher { .. } => (tr("order-voucher-line")(), line.display_name.clone()),
        QuoteItem::Promotion { code } => (
            tr_args("order-promotion-line", vec![("code", code.clone())])(),
            String::new(),
        ),
    }
}
