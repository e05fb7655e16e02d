//! The end of an order: the billing address, how to pay, a promotion code (once the
//! payment method is chosen), a confirmation that sums the order up, and the placed order.

use super::order::{CartContext, ChangeAt, RefusalNote};
use crate::api::orders::place_order;
use crate::components::amount::Amount;
use crate::components::button::{Button, ButtonLink, ButtonSize, ButtonVariant};
use crate::components::feedback::{ErrorAlert, StatusPill};
use crate::components::order_line::line_text;
use crate::components::time::Date;
use crate::i18n::{tr, tr_args, tr_dyn};
use crate::request_key::new_request_key;
use crate::routes::org_section;
use domain::dto::{OrderForm, PlacedOrder, QuoteItem};
use domain::order::PaymentMethod;
use domain::{AppError, OrgId};
use leptos::prelude::*;

#[component]
pub fn Checkout(ctx: CartContext, form: StoredValue<OrderForm>) -> impl IntoView {
    let promo = RwSignal::new(String::new());
    let confirming = RwSignal::new(false);
    let request_key = StoredValue::new(new_request_key());
    let place = Action::new(move |_: &()| {
        let request = ctx.state.get_untracked().request();
        let key = request_key.get_value();
        let org = ctx.org;
        async move { place_order(org, request, key).await }
    });
    let place_error = Signal::derive(move || place.value().get().and_then(Result::err));
    Effect::new(move |_| {
        if let Some(Ok(order)) = place.value().get() {
            confirming.set(false);
            ctx.placed.set(Some(order));
        }
    });
    let payment_chosen = Signal::derive(move || ctx.state.with(|s| s.payment.is_some()));
    let apply = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut next = ctx.state.get_untracked();
        next.promotion = Some(promo.get_untracked().trim().to_owned()).filter(|c| !c.is_empty());
        ctx.propose(next, ChangeAt::Promotion);
    };
    let remove_promo = move |_| {
        let mut next = ctx.state.get_untracked();
        next.promotion = None;
        promo.set(String::new());
        ctx.propose(next, ChangeAt::Promotion);
    };
    let billing = form.with_value(|f| f.billing.clone());
    let methods = form.with_value(|f| f.payment_methods.clone());
    view! {
        <Show when=move || ctx.quote.with(Option::is_some)>
            <section class="mn-card" aria-labelledby="order-checkout-title" data-testid="checkout">
                <h2 class="mn-card__title" id="order-checkout-title">{tr("order-checkout-title")}</h2>
                <div class="mn-form">
                    <div class="mn-field">
                        <label class="mn-field__label" for="field-billing">{tr("order-billing-address")}</label>
                        <select class="mn-input mn-select" id="field-billing" data-testid="billing-choice"
                            on:change=move |ev| {
                                let mut next = ctx.state.get_untracked();
                                next.billing = event_target_value(&ev).parse().ok();
                                ctx.propose(next, ChangeAt::Billing);
                            }>
                            {billing.clone().into_iter().map(|b| view! {
                                <option value=b.id.map(|id| id.to_string()).unwrap_or_default()>
                                    {format!("{}, {} ({})", b.name, b.city, b.country)}
                                </option>
                            }).collect_view()}
                        </select>
                        <RefusalNote error=ctx.refused_at(ChangeAt::Billing) testid="billing-refused" />
                    </div>
                    <fieldset class="mn-fieldset mn-checkout__methods">
                        <legend class="mn-field__label">{tr("order-payment-method")}</legend>
                        {methods.clone().into_iter().map(|method| view! {
                            <label class="mn-checkbox">
                                <input type="radio" name="payment" value=method.code() data-testid=format!("payment-{}", method.code())
                                    prop:checked=move || ctx.state.with(|s| s.payment == Some(method))
                                    on:change=move |_| ctx.state.update(|s| s.payment = Some(method)) />
                                <span>{tr_dyn(method.label_key())}</span>
                            </label>
                        }).collect_view()}
                    </fieldset>
                    <form class="mn-checkout__promo" data-testid="promotion-form" on:submit=apply novalidate>
                        <div class="mn-field">
                            <label class="mn-field__label" for="field-promotion">{tr("order-promotion-code")}</label>
                            <input class="mn-input" id="field-promotion" data-testid="promotion-code" autocomplete="off"
                                maxlength="40" disabled=move || !payment_chosen.get()
                                aria-describedby="field-promotion-hint"
                                prop:value=move || promo.get() on:input=move |ev| promo.set(event_target_value(&ev)) />
                            <p class="mn-field__hint" id="field-promotion-hint">{tr("order-promotion-hint")}</p>
                        </div>
                        <Button kind=crate::components::button::ButtonType::Submit size=ButtonSize::Small
                            disabled=Signal::derive(move || !payment_chosen.get()) pending=ctx.pending()
                            attr:data-testid="promotion-apply">
                            {tr("order-promotion-apply")}
                        </Button>
                        {move || ctx.state.with(|s| s.promotion.clone()).map(|code| view! {
                            <p data-testid="promotion-applied">
                                {tr_args("order-promotion-applied", vec![("code", code)])} " "
                                <Button variant=ButtonVariant::Ghost size=ButtonSize::Small on:click=remove_promo attr:data-testid="promotion-remove">
                                    {tr("order-remove")}
                                </Button>
                            </p>
                        })}
                    </form>
                    <RefusalNote error=ctx.refused_at(ChangeAt::Promotion) testid="promotion-refused" />
                    <div class="mn-form__actions">
                        <Button variant=ButtonVariant::Primary attr:data-testid="order-place"
                            disabled=Signal::derive(move || !payment_chosen.get() || ctx.pending().get())
                            on:click=move |_| { place.value().set(None); confirming.set(true); }>
                            {tr("order-place")}
                        </Button>
                    </div>
                    {move || (!payment_chosen.get()).then(|| view! { <p class="mn-table__note">{tr("order-choose-payment")}</p> })}
                </div>
            </section>
            <Show when=move || confirming.get()>
                <ConfirmOrder ctx pending=place.pending() error=place_error
                    on_confirm=Callback::new(move |_| { place.dispatch(()); })
                    on_cancel=Callback::new(move |_| confirming.set(false)) />
            </Show>
        </Show>
    }
}

/// Sums the order up before it is placed: each product and period, the total with tax and
/// the payment method.
#[component]
fn ConfirmOrder(
    ctx: CartContext,
    #[prop(into)] pending: Signal<bool>,
    #[prop(into)] error: Signal<Option<AppError>>,
    on_confirm: Callback<()>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let quote = ctx.quote.get_untracked();
    let method = ctx
        .state
        .with_untracked(|s| s.payment)
        .unwrap_or(PaymentMethod::Card);
    // Each product and option with its period (vouchers and the discount are in the total).
    let products = quote
        .as_ref()
        .map(|q| {
            q.lines
                .iter()
                .filter(|l| {
                    matches!(
                        l.item,
                        QuoteItem::Product { .. }
                            | QuoteItem::Option { .. }
                            | QuoteItem::RestoreFee { .. }
                    )
                })
                .map(|l| {
                    let (what, detail) = line_text(l);
                    format!("{what} — {detail}")
                })
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    let total = quote.map(|q| q.gross);
    view! {
        <div class="mn-modal-backdrop">
            <div class="mn-modal" role="alertdialog" aria-modal="true" aria-labelledby="order-confirm-title" data-testid="order-confirm">
                <h2 id="order-confirm-title">{tr("order-confirm-title")}</h2>
                <ul class="mn-address-list">
                    {products.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
                </ul>
                <dl class="mn-summary">
                    <dt>{tr("order-total-incl-tax")}</dt>
                    <dd data-testid="confirm-total">{total.map(|money| view! { <Amount money /> })}</dd>
                    <dt>{tr("order-payment-method")}</dt>
                    <dd>{tr_dyn(method.label_key())}</dd>
                </dl>
                <p>{tr("order-confirm-body")}</p>
                <ErrorAlert error />
                <div class="mn-modal__actions">
                    <Button on:click=move |_| on_cancel.run(())>{tr("action-cancel")}</Button>
                    <Button variant=ButtonVariant::Primary pending attr:data-testid="order-confirm-place" on:click=move |_| on_confirm.run(())>
                        {tr("order-confirm-place")}
                    </Button>
                </div>
            </div>
        </div>
    }
}

/// The placed order: its number, status, total and until when it waits for payment.
#[component]
pub fn PlacedNote(org: OrgId, order: PlacedOrder) -> impl IntoView {
    view! {
        <section class="mn-card" role="status" data-testid="order-placed" data-number=order.number.clone()>
            <h2 class="mn-card__title">{tr_args("order-placed-title", vec![("number", order.number.clone())])}</h2>
            <dl class="mn-summary">
                <dt>{tr("order-status")}</dt>
                <dd><StatusPill status=order.status /></dd>
                <dt>{tr("order-total-incl-tax")}</dt>
                <dd data-testid="placed-total"><Amount money=order.quote.gross.clone() /></dd>
                <dt>{tr("order-payment-method")}</dt>
                <dd>{tr_dyn(order.payment.label_key())}</dd>
                <dt>{tr("order-pay-until")}</dt>
                <dd><Date at=order.expires_at /></dd>
            </dl>
            <p>{tr("order-placed-body")}</p>
            <div class="mn-form__actions">
                <ButtonLink href=org_section(org, "products")>{tr("products-back")}</ButtonLink>
                <ButtonLink href=format!("{}/orders/{}", org_section(org, "accounting"), order.id) variant=ButtonVariant::Primary attr:data-testid="order-go-pay">
                    {tr("order-go-pay")}
                </ButtonLink>
            </div>
        </section>
    }
}
