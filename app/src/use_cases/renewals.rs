//! What an organisation can renew: one product's renewal choices (its page's Manage menu)
//! and the renewals due soon (Accounting → To pay), priced by the catalogue in force in the
//! organisation's currency. Ordering them is `ordering`'s, with lines naming the product.

use super::ordering::{catalogue, currency, order_form_kinds};
use db::products::Held;
use db::{Db, OrgScope};
use domain::catalogue::{Period, ProductKind, ValidCatalogue};
use domain::dto::{OrderableOption, OrderablePeriod, RenewalChoices, RenewalDue, ToPay};
use domain::money::Currency;
use domain::product_rules::may_order;
use domain::status::{ProductStatus, Status};
use domain::{AppError, ProductId};

/// Days ahead To pay looks by default: about two months.
pub const TO_PAY_DAYS: i64 = 61;

/// Renewals To pay lists at most (the soonest first).
pub const TO_PAY_MAX: u32 = 500;

/// A held product's renewal periods (a domain: 1 to its extension's years; anything else:
/// its kind's periods), the domain options it lacks, and whether renewing restores it.
/// `None` for a product that is over or of a kind no longer sold.
fn choices_for(
    held: &Held,
    catalogue: &ValidCatalogue,
    currency: Currency,
) -> Option<RenewalChoices> {
    let kind = ProductKind::from_code(&held.kind)?;
    if held.status.is_final() {
        return None;
    }
    let extension = kind
        .priced_per_extension()
        .then(|| catalogue.extension_of(&held.name).map(str::to_owned))
        .flatten();
    let periods: Vec<OrderablePeriod> = if kind.priced_per_extension() {
        let max = catalogue.max_years(kind, extension.as_deref()).unwrap_or(1);
        (1..=max)
            .filter_map(|years| {
                let period = Period::years(years)?;
                let price = catalogue.price(kind, extension.as_deref(), period, currency)?;
                Some(OrderablePeriod { period, price })
            })
            .collect()
    } else {
        order_form_kinds(catalogue, currency)
            .into_iter()
            .find(|k| k.kind == kind)
            .map(|k| k.periods)
            .unwrap_or_default()
    };
    let options = if kind.priced_per_extension() {
        ProductKind::ALL
            .into_iter()
            .filter(|o| o.option_of() == Some(kind) && !held.options.iter().any(|h| h == o.code()))
            .filter_map(|o| {
                Some(OrderableOption {
                    kind: o,
                    yearly_price: catalogue.price(o, None, Period::YEAR, currency)?,
                })
            })
            .collect()
    } else {
        Vec::new()
    };
    let restore = held.status == ProductStatus::InRedemption;
    Some(RenewalChoices {
        periods,
        options,
        restore,
        restore_fee_waived: restore
            && held
                .options
                .iter()
                .any(|o| o == ProductKind::RenewalWarranty.code()),
    })
}

/// What the viewer may order for a product the organisation holds; `None` for members who
/// may not order and for products that are over.
pub async fn renewal_choices(
    db: &Db,
    scope: &OrgScope,
    product: ProductId,
) -> Result<Option<RenewalChoices>, AppError> {
    if !may_order(scope.access()) {
        return Ok(None);
    }
    let Some(held) = db::products::held(db, scope, product).await? else {
        return Ok(None);
    };
    let catalogue = catalogue(db).await?;
    let currency = currency(db, scope).await?;
    Ok(choices_for(&held, &catalogue, currency))
}

/// The top bar's counts: the renewals To pay lists by default, and the pending orders.
pub async fn counts(db: &Db, scope: &OrgScope) -> Result<domain::dto::AccountingCounts, AppError> {
    let due = to_pay(db, scope, false).await?;
    Ok(domain::dto::AccountingCounts {
        to_pay: due.renewals.len(),
        pending_orders: db::orders::pending_count(db, scope).await?,
    })
}

/// The organisation's products whose term ends within [`TO_PAY_DAYS`] (or all that can be
/// renewed, with `show_all`), soonest first, each with its renewal periods and prices.
pub async fn to_pay(db: &Db, scope: &OrgScope, show_all: bool) -> Result<ToPay, AppError> {
    if !may_order(scope.access()) {
        return Err(AppError::Forbidden);
    }
    let until = (!show_all).then(|| db.now_ms() + TO_PAY_DAYS * 86_400_000);
    let due = db::products::renewals_due(db, scope, until, TO_PAY_MAX).await?;
    let catalogue = catalogue(db).await?;
    let currency = currency(db, scope).await?;
    let renewals = due
        .into_iter()
        .filter_map(|(held, expires_at, auto_renew)| {
            let choices = choices_for(&held, &catalogue, currency)?;
            let kind = ProductKind::from_code(&held.kind)?;
            (!choices.periods.is_empty()).then_some(RenewalDue {
                product: held.id,
                name: held.name,
                kind,
                status: held.status,
                expires_at,
                auto_renew,
                periods: choices.periods,
                restore: choices.restore,
            })
        })
        .collect();
    Ok(ToPay {
        renewals,
        days: TO_PAY_DAYS,
        show_all,
    })
}
