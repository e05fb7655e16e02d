//! Accounting → To pay: the renewals due in about two months (*Show all* for every one,
//! kept in the URL as `?all=1`). Tick several, choose each one's period where it allows
//! several years, and *Pay my selection*: one order renews them all, paid under Orders
//! after a confirmation that states the total, the products and their periods.

use super::tabs::AccountingTabs;
use crate::api::orders::{list_to_pay, place_order, quote_order};
use crate::components::amount::Amount;
use crate::components::button::{Button, ButtonVariant};
use crate::components::data_table::{cell, row_fn, Column, DataTable};
use crate::components::feedback::{error_view, EmptyState, ErrorAlert, Skeleton, StatusPill};
use crate::components::order_line::line_text;
use crate::components::page::PageHeader;
use crate::components::period::period_label;
use crate::components::time::Date;
use crate::i18n::{tr, tr_args, tr_dyn};
use crate::layout::use_org_param;
use crate::request_key::new_request_key;
use crate::routes::org_section;
use domain::catalogue::Period;
use domain::dto::{OrderRequest, Quote, RenewalDue};
use domain::order::{OrderLineRequest, PaymentMethod};
use domain::{AppError, OrgId, ProductId};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use std::collections::HashMap;
use std::sync::Arc;

#[component]
pub fn ToPayPage() -> impl IntoView {
    let org = use_org_param();
    let params = use_query_map();
    let show_all = Memo::new(move |_| params.with(|p| p.get("all").as_deref() == Some("1")));
    let data = Resource::new(
        move || (org.get(), show_all.get()),
        |(org, all)| async move {
            match org {
                Some(org) => list_to_pay(org, all).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    let navigate = use_navigate();
    let toggle_all = Callback::new(move |all: bool| {
        if let Some(org) = org.get_untracked() {
            let query = if all { "?all=1" } else { "" };
            navigate(
                &format!("{}/to-pay{query}", org_section(org, "accounting")),
                Default::default(),
            );
        }
    });
    move || {
        org.get().map(|org_id| {
            view! {
                <PageHeader title="accounting-title" lead="accounting-lead" />
                <AccountingTabs org=org_id />
                <div class="mn-toolbar">
                    <label class="mn-checkbox">
                        <input type="checkbox" data-testid="to-pay-all" prop:checked=move || show_all.get()
                            on:change=move |ev| toggle_all.run(event_target_checked(&ev)) />
                        <span>{tr("to-pay-show-all")}</span>
                    </label>
                </div>
                <Transition fallback=|| view! { <Skeleton rows=6 /> }>
                    {move || Suspend::new(async move {
                        match data.await {
                            Ok(to_pay) => view! { <ToPayTable org=org_id renewals=to_pay.renewals days=to_pay.days /> }.into_any(),
                            Err(err) => error_view(err),
                        }
                    })}
                </Transition>
            }
        })
    }
}

#[component]
fn ToPayTable(org: OrgId, renewals: Vec<RenewalDue>, days: i64) -> impl IntoView {
    let selected = RwSignal::new(Vec::<ProductId>::new());
    // Each line's chosen period; one period unless changed.
    let periods: RwSignal<HashMap<ProductId, Period>> = RwSignal::new(
        renewals
            .iter()
            .filter_map(|r| r.periods.first().map(|p| (r.product, p.period)))
            .collect(),
    );
    let rows = StoredValue::new(renewals.clone());
    // Paid by card on the order's page, or by transfer with the pro forma's QR-bill.
    let request = move |payment: PaymentMethod| -> Option<OrderRequest> {
        let chosen = selected.get_untracked();
        let lines: Vec<OrderLineRequest> = rows.with_value(|rows| {
            rows.iter()
                .filter(|r| chosen.contains(&r.product))
                .filter_map(|r| {
                    Some(OrderLineRequest {
                        kind: r.kind,
                        name: r.name.clone(),
                        period: periods.with_untracked(|p| p.get(&r.product).copied())?,
                        options: Vec::new(),
                        product: Some(r.product),
                    })
                })
                .collect()
        });
        (!lines.is_empty()).then(|| OrderRequest {
            lines,
            vouchers: Vec::new(),
            promotion: None,
            billing_address: None,
            payment,
        })
    };
    let confirming = RwSignal::new(None::<(OrderRequest, Quote)>);
    let price = Action::new(move |r: &OrderRequest| {
        let r = r.clone();
        async move { quote_order(org, r.clone()).await.map(|q| (r, q)) }
    });
    Effect::new(move |_| {
        if let Some(Ok(priced)) = price.value().get() {
            confirming.set(Some(priced));
        }
    });
    let price_error = Signal::derive(move || price.value().get().and_then(Result::err));
    let key = StoredValue::new(new_request_key());
    let place = Action::new(move |r: &OrderRequest| {
        let (r, key) = (r.clone(), key.get_value());
        async move { place_order(org, r, key).await }
    });
    let place_error = Signal::derive(move || place.value().get().and_then(Result::err));
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
        <ErrorAlert error=price_error />
        <DataTable
            rows=renewals
            columns=to_pay_columns(periods)
            testid="to-pay"
            id="to-pay"
            row_key=row_fn(|r: &RenewalDue| r.product)
            row_name=row_fn(|r: &RenewalDue| r.name.clone())
            row_attrs=row_fn(|r: &RenewalDue| vec![("data-product", r.name.clone())])
            selection=Some(selected)
            bulk_actions=Arc::new(move |_| view! {
                <Button variant=ButtonVariant::Primary pending=price.pending() attr:data-testid="pay-selection"
                    on:click=move |_| { if let Some(r) = request(PaymentMethod::Card) { price.dispatch(r); } }>
                    {tr("to-pay-pay-selection")}
                </Button>
                <Button pending=price.pending() attr:data-testid="pro-forma-selection"
                    on:click=move |_| { if let Some(r) = request(PaymentMethod::BankTransfer) { price.dispatch(r); } }>
                    {tr("to-pay-pro-forma-selection")}
                </Button>
            }.into_any())
            empty=ViewFn::from(move || view! {
                <EmptyState title="to-pay-empty-title" body="to-pay-empty-body" />
            }.into_any())
        />
        <p class="mn-table__note">{tr_args("to-pay-window", vec![("days", days.to_string())])}</p>
        {move || confirming.get().map(|(request, quote)| {
            let lines: Vec<String> = quote.lines.iter().map(|l| {
                let (what, detail) = line_text(l);
                format!("{what} — {detail}")
            }).collect();
            view! {
                <div class="mn-modal-backdrop">
                    <div class="mn-modal" role="alertdialog" aria-modal="true" aria-labelledby="to-pay-confirm-title" data-testid="to-pay-confirm">
                        <h2 id="to-pay-confirm-title">{tr("to-pay-confirm-title")}</h2>
                        <ul class="mn-address-list">
                            {lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}
                        </ul>
                        <dl class="mn-summary">
                            <dt>{tr("order-total-incl-tax")}</dt>
                            <dd data-testid="to-pay-total"><Amount money=quote.gross.clone() /></dd>
                        </dl>
                        <p>{if request.payment == PaymentMethod::BankTransfer { tr("to-pay-confirm-transfer-body")() } else { tr("to-pay-confirm-body")() }}</p>
                        <ErrorAlert error=place_error />
                        <div class="mn-modal__actions">
                            <Button on:click=move |_| confirming.set(None)>{tr("action-cancel")}</Button>
                            <Button variant=ButtonVariant::Primary pending=place.pending() attr:data-testid="to-pay-place"
                                on:click=move |_| { place.dispatch(request.clone()); }>
                                {tr("order-place")}
                            </Button>
                        </div>
                    </div>
                </div>
            }
        })}
    }
}

fn to_pay_columns(periods: RwSignal<HashMap<ProductId, Period>>) -> Vec<Column<RenewalDue>> {
    vec![
        Column::new(
            "to-pay-col-product",
            cell(|r: &RenewalDue| {
                let name = r.name.clone();
                let kind = tr_dyn(r.kind.label_key())();
                let restore = r.restore.then(|| view! { <span class="mn-table__note">" · " {tr("product-restore")}</span> });
                view! { <div><strong>{name}</strong><div class="mn-table__note">{kind} {restore}</div></div> }.into_any()
            }),
        ),
        Column::new(
            "to-pay-col-ends",
            cell(|r: &RenewalDue| match r.expires_at {
                Some(at) => view! { <Date at /> }.into_any(),
                None => view! { <span>"—"</span> }.into_any(),
            }),
        ),
        Column::new(
            "to-pay-col-status",
            cell(|r: &RenewalDue| view! { <StatusPill status=r.status /> }.into_any()),
        ),
        Column::new(
            "to-pay-col-period",
            cell(move |r: &RenewalDue| {
                let product = r.product;
                if r.periods.len() < 2 {
                    let only = r.periods.first().map(|p| period_label(p.period)).unwrap_or_default();
                    return view! { <span>{only}</span> }.into_any();
                }
                let choices = r.periods.clone();
                view! {
                    <select class="mn-input mn-select mn-cart__voucher" data-testid="to-pay-period"
                        aria-label=tr("order-period")
                        on:change=move |ev| {
                            if let Some(p) = event_target_value(&ev).parse::<u32>().ok().and_then(Period::from_months) {
                                periods.update(|m| { m.insert(product, p); });
                            }
                        }>
                        {choices.into_iter().map(|p| {
                            let months = p.period.months();
                            view! {
                                <option value=months.to_string()
                                    selected=move || periods.with(|m| m.get(&product).map(|x| x.months()) == Some(months))>
                                    {period_label(p.period)}
                                </option>
                            }
                        }).collect_view()}
                    </select>
                }.into_any()
            }),
        ),
        Column::new(
            "to-pay-col-price",
            cell(move |r: &RenewalDue| {
                let product = r.product;
                let prices = r.periods.clone();
                view! {
                    <span data-testid="to-pay-price">
                        {move || {
                            let chosen = periods.with(|m| m.get(&product).copied());
                            prices.iter().find(|p| Some(p.period) == chosen).map(|p| view! { <Amount money=p.price.clone() /> })
                        }}
                    </span>
                }.into_any()
            }),
        )
        .with_class("mn-num"),
    ]
}
