//! Paying a pending order: by card (the payment processor's page) or from the prepaid
//! balance when it covers the order — or, when it does not, the balance first and the rest
//! by another method in the same checkout — after a confirmation that states the amount,
//! the order, the method and each part. Each attempt has its own key, so a double click
//! starts one payment.

use crate::api::orders::pay_order;
use crate::components::amount::Amount;
use crate::components::button::{Button, ButtonVariant};
use crate::components::feedback::ErrorAlert;
use crate::i18n::{tr, tr_args, tr_dyn};
use crate::request_key::new_request_key;
use domain::dto::OrderDetail;
use domain::order::{Paying, PaymentMethod};
use domain::prepaid::Split;
use domain::OrgId;
use leptos::prelude::*;

/// Sends the browser to the payment processor's page.
pub(super) fn go_to(url: &str) {
    #[cfg(feature = "hydrate")]
    if let Some(window) = web_sys::window() {
        let _ = window.location().assign(url);
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = url;
}

#[component]
pub fn PayOrder(org: OrgId, detail: OrderDetail, changes: RwSignal<usize>) -> impl IntoView {
    let order = detail.order.clone();
    let covers = detail.prepaid_balance.minor >= order.quote.gross.minor;
    // A balance that pays part of the order, the rest by the method chosen.
    let part = (!covers && detail.prepaid_balance.minor > 0)
        .then(|| Split::of(&order.quote.gross, detail.prepaid_balance.minor));
    let use_prepaid = RwSignal::new(false);
    let save = RwSignal::new(false);
    let method = RwSignal::new(PaymentMethod::Card);
    let confirming = RwSignal::new(false);
    let key = StoredValue::new(new_request_key());
    let order_id = order.id;
    let pay = Action::new(move |paying: &Paying| {
        let (paying, key) = (*paying, key.get_value());
        async move {
            let Paying {
                method,
                use_prepaid,
                save,
            } = paying;
            pay_order(org, order_id, method, use_prepaid, save, key).await
        }
    });
    // The parts the confirmation states while the balance pays first.
    let parts = part.clone();
    let split = Signal::derive(move || {
        parts
            .clone()
            .filter(|_| use_prepaid.get() && method.get() != PaymentMethod::PrepaidAccount)
    });
    let error = Signal::derive(move || pay.value().get().and_then(Result::err));
    Effect::new(move |_| {
        if let Some(Ok(started)) = pay.value().get() {
            match started.redirect {
                Some(url) => go_to(&url),
                None => {
                    // Paid (or final): a later attempt gets a new key.
                    key.set_value(new_request_key());
                    confirming.set(false);
                    changes.update(|n| *n += 1);
                }
            }
        }
    });
    let gross = order.quote.gross.clone();
    let number = order.number.clone();
    let locale = crate::i18n::use_locale();
    let processor_methods: Vec<PaymentMethod> = PaymentMethod::offered_in(gross.currency)
        .into_iter()
        .filter(|m| m.through_processor())
        .collect();
    view! {
        <section class="mn-card" aria-labelledby="order-pay-title" data-testid="order-pay">
            <h2 class="mn-card__title" id="order-pay-title">{tr("orders-pay-title")}</h2>
            <fieldset class="mn-fieldset mn-checkout__methods">
                <legend class="mn-field__label">{tr("order-payment-method")}</legend>
                {processor_methods.into_iter().map(|m| view! {
                    <label class="mn-checkbox">
                        <input type="radio" name="pay-method" value=m.code() data-testid=format!("pay-{}", m.code())
                            prop:checked=move || method.get() == m
                            on:change=move |_| method.set(m) />
                        <span>{tr_dyn(m.label_key())}</span>
                    </label>
                }).collect_view()}
                <label class="mn-checkbox">
                    <input type="radio" name="pay-method" value="prepaid-account" data-testid="pay-prepaid"
                        disabled=!covers
                        prop:checked=move || method.get() == PaymentMethod::PrepaidAccount
                        on:change=move |_| method.set(PaymentMethod::PrepaidAccount) />
                    <span>
                        {tr("order-payment-prepaid-account")} " ("
                        {tr("orders-prepaid-balance")} " " <Amount money=detail.prepaid_balance.clone() /> ")"
                    </span>
                </label>
                {(!covers).then(|| view! { <p class="mn-table__note">{tr("orders-prepaid-short")}</p> })}
                {part.map(|part| view! {
                    <label class="mn-checkbox">
                        <input type="checkbox" data-testid="pay-use-prepaid"
                            prop:checked=move || use_prepaid.get()
                            on:change=move |ev| use_prepaid.set(event_target_checked(&ev)) />
                        <span>{tr_args("orders-prepaid-part", vec![("amount", locale.money(&part.prepaid)), ("rest", locale.money(&part.rest))])}</span>
                    </label>
                })}
            </fieldset>
            <Show when=move || method.get().through_processor()>
                <label class="mn-checkbox">
                    <input type="checkbox" data-testid="pay-save-method"
                        prop:checked=move || save.get()
                        on:change=move |ev| save.set(event_target_checked(&ev)) />
                    <span>{tr("orders-pay-save")}</span>
                </label>
            </Show>
            <ProFormaLink org order=order.id by_transfer=order.payment == PaymentMethod::BankTransfer />
            <div class="mn-form__actions">
                <Button variant=ButtonVariant::Primary attr:data-testid="order-pay-button"
                    on:click=move |_| { pay.value().set(None); confirming.set(true); }>
                    {tr("orders-pay")} " " <Amount money=gross.clone() />
                </Button>
            </div>
        </section>
        <Show when=move || confirming.get()>
            <div class="mn-modal-backdrop">
                <div class="mn-modal" role="alertdialog" aria-modal="true" aria-labelledby="pay-confirm-title" data-testid="pay-confirm">
                    <h2 id="pay-confirm-title">{tr_args("orders-pay-confirm-title", vec![("number", number.clone())])}</h2>
                    <dl class="mn-summary">
                        <dt>{tr("order-total-incl-tax")}</dt>
                        <dd><Amount money=order.quote.gross.clone() /></dd>
                        <dt>{tr("order-payment-method")}</dt>
                        <dd>{move || tr_dyn(method.get().label_key())()}</dd>
                        {move || split.get().map(|part| view! {
                            <dt>{tr("orders-part-prepaid")}</dt>
                            <dd data-testid="pay-confirm-prepaid"><Amount money=part.prepaid /></dd>
                            <dt>{tr_args("orders-part-rest", vec![("method", tr_dyn(method.get().label_key())())])}</dt>
                            <dd data-testid="pay-confirm-rest"><Amount money=part.rest /></dd>
                        })}
                    </dl>
                    <p>{move || confirm_body(method.get())}</p>
                    <ErrorAlert error />
                    <div class="mn-modal__actions">
                        <Button on:click=move |_| confirming.set(false)>{tr("action-cancel")}</Button>
                        <Button variant=ButtonVariant::Primary pending=pay.pending() attr:data-testid="pay-confirm-button"
                            on:click=move |_| {
                                pay.dispatch(Paying {
                                    method: method.get_untracked(),
                                    use_prepaid: use_prepaid.get_untracked(),
                                    save: save.get_untracked(),
                                });
                            }>
                            {tr("orders-pay-confirm")}
                        </Button>
                    </div>
                </div>
            </div>
        </Show>
    }
}

/// What happens once the payer confirms with `method`.
fn confirm_body(method: PaymentMethod) -> String {
    if method == PaymentMethod::PrepaidAccount {
        tr("orders-pay-prepaid-body")()
    } else if method.approved_by_payer() {
        tr("orders-pay-approve-body")()
    } else {
        tr("orders-pay-card-body")()
    }
}

/// The pending order's pro forma (a PDF, opened beside the console); for an order to be
/// paid by transfer it carries the QR-bill, which says how.
#[component]
fn ProFormaLink(org: OrgId, order: domain::ids::OrderId, by_transfer: bool) -> impl IntoView {
    let href = format!("/media/pro-forma/{org}/{order}");
    view! {
        {by_transfer.then(|| view! { <p class="mn-table__note">{tr("orders-transfer-body")}</p> })}
        <p>
            <a href=href class="mn-link" rel="external noopener" target="_blank" data-testid="order-pro-forma">
                {tr("orders-pro-forma")}
            </a>
        </p>
    }
}
