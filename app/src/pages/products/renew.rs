//! Ordering for a product the organisation holds: renewing it for a chosen period (a domain
//! in redemption is restored, with its restore fee unless Renewal Warranty waives it) or
//! adding a domain option. The dialog shows the server's price, line by line, and places an
//! order to pay under Accounting.

use crate::api::orders::{place_order, quote_order};
use crate::components::amount::Amount;
use crate::components::button::{Button, ButtonVariant};
use crate::components::feedback::ErrorAlert;
use crate::components::order_line::line_text;
use crate::components::period::period_label;
use crate::i18n::{tr, tr_dyn};
use crate::request_key::new_request_key;
use crate::routes::org_section;
use domain::catalogue::{Period, ProductKind};
use domain::dto::{OrderRequest, OrderablePeriod};
use domain::order::{OrderLineRequest, PaymentMethod};
use domain::{OrgId, ProductId};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

#[component]
pub fn RenewDialog(
    org: OrgId,
    product: ProductId,
    name: String,
    /// The product's own kind (renewal) or an option's kind.
    kind: ProductKind,
    periods: Vec<OrderablePeriod>,
    /// Fluent key of the title.
    title: &'static str,
    cancel: Callback<()>,
) -> impl IntoView {
    let period = RwSignal::new(periods.first().map(|p| p.period).unwrap_or(Period::YEAR));
    let request = Memo::new(move |_| OrderRequest {
        lines: vec![OrderLineRequest {
            kind,
            name: name.clone(),
            period: period.get(),
            options: Vec::new(),
            product: Some(product),
        }],
        vouchers: Vec::new(),
        promotion: None,
        billing_address: None,
        payment: PaymentMethod::Card,
    });
    let quote = Resource::new(move || request.get(), move |r| quote_order(org, r));
    let key = StoredValue::new(new_request_key());
    let place = Action::new(move |r: &OrderRequest| {
        let (r, key) = (r.clone(), key.get_value());
        async move { place_order(org, r, key).await }
    });
    let error = Signal::derive(move || place.value().get().and_then(Result::err));
    let navigate = use_navigate();
    Effect::new(move |_| {
        if let Some(Ok(order)) = place.value().get() {
            navigate(
                &format!("{}/orders/{}", org_section(org, "accounting"), order.id),
                Default::default(),
            );
        }
    });
    view! {
        <div class="mn-modal-backdrop">
            <div class="mn-modal" role="dialog" aria-modal="true" aria-labelledby="renew-title" data-testid="renew-dialog">
                <h2 id="renew-title">{tr(title)}</h2>
                {(periods.len() > 1).then(|| view! {
                    <div class="mn-field">
                        <label class="mn-field__label" for="field-renew-period">{tr("order-period")}</label>
                        <select class="mn-input mn-select" id="field-renew-period" data-testid="renew-period"
                            on:change=move |ev| {
                                if let Some(p) = event_target_value(&ev).parse::<u32>().ok().and_then(Period::from_months) {
                                    period.set(p);
                                }
                            }>
                            {periods.iter().map(|p| view! {
                                <option value=p.period.months().to_string()>{period_label(p.period)}</option>
                            }).collect_view()}
                        </select>
                    </div>
                })}
                <Transition fallback=|| view! { <p class="mn-table__note">{tr("renew-pricing")}</p> }>
                    {move || Suspend::new(async move {
                        match quote.await {
                            Ok(q) => view! {
                                <ul class="mn-address-list" data-testid="renew-lines">
                                    {q.lines.iter().map(|l| {
                                        let (what, detail) = line_text(l);
                                        view! {
                                            <li>
                                                <span>{what} <span class="mn-table__note">" " {detail}</span></span>
                                                <Amount money=l.net.clone() />
                                            </li>
                                        }
                                    }).collect_view()}
                                </ul>
                                <dl class="mn-summary">
                                    <dt>{tr("order-total-incl-tax")}</dt>
                                    <dd data-testid="renew-total"><Amount money=q.gross.clone() /></dd>
                                </dl>
                            }.into_any(),
                            Err(err) => view! { <ErrorAlert error=Signal::derive(move || Some(err.clone())) /> }.into_any(),
                        }
                    })}
                </Transition>
                <p>{tr("renew-body")}</p>
                <ErrorAlert error />
                <div class="mn-modal__actions">
                    <Button on:click=move |_| cancel.run(())>{tr("action-cancel")}</Button>
                    <Button variant=ButtonVariant::Primary pending=place.pending() attr:data-testid="renew-place"
                        on:click=move |_| { place.dispatch(request.get_untracked()); }>
                        {tr("order-place")}
                    </Button>
                </div>
                <p class="mn-table__note">{tr_dyn(kind.label_key())}</p>
            </div>
        </div>
    }
}
