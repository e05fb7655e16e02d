//! One order: what it is for, what it costs, how it was paid, and what it set up.

use super::order_lines::OrderLines;
use super::pay::PayOrder;
use crate::api::orders::get_order_detail;
use crate::components::feedback::{error_view, Skeleton, StatusPill};
use crate::components::icon::{Icon, IconName};
use crate::components::time::{Date, DateTime};
use crate::i18n::{tr, tr_args, tr_dyn};
use crate::layout::use_org_param;
use crate::routes::org_section;
use domain::dto::OrderDetail;
use domain::ids::OrderId;
use domain::status::{OrderStatus, Status};
use domain::{AppError, OrgId};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

#[component]
pub fn OrderDetailPage() -> impl IntoView {
    let org = use_org_param();
    let params = use_params_map();
    let order = Memo::new(move |_| {
        params.with(|p| p.get("order").and_then(|id| id.parse::<OrderId>().ok()))
    });
    // Bumped after a payment from the prepaid balance, to show the paid order.
    let changes = RwSignal::new(0_usize);
    let data = Resource::new(
        move || (org.get(), order.get(), changes.get()),
        |(org, order, _)| async move {
            match (org, order) {
                (Some(org), Some(order)) => get_order_detail(org, order).await.map(|d| (org, d)),
                _ => Err(AppError::NotFound),
            }
        },
    );
    view! {
        <Transition fallback=|| view! { <Skeleton rows=6 /> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok((org, detail)) => view! { <OrderBody org detail changes /> }.into_any(),
                    Err(err) => error_view(err),
                }
            })}
        </Transition>
    }
}

#[component]
fn OrderBody(org: OrgId, detail: OrderDetail, changes: RwSignal<usize>) -> impl IntoView {
    let order = detail.order.clone();
    let back = format!("{}/orders", org_section(org, "accounting"));
    let payable = order.status == OrderStatus::Pending;
    let products = detail.products.clone();
    let setting_up = detail.setting_up;
    view! {
        <header class="mn-page-header" data-testid="order-detail" data-status=order.status.code()>
            <div>
                <p><A href=back attr:class="mn-back"><Icon name=IconName::ArrowLeft />{tr("orders-back")}</A></p>
                <h1 class="mn-page-header__title">{tr_args("orders-order-title", vec![("number", order.number.clone())])}</h1>
            </div>
        </header>
        <section class="mn-card">
            <dl class="mn-summary">
                <dt>{tr("order-status")}</dt>
                <dd><StatusPill status=order.status /></dd>
                <dt>{tr("orders-col-placed")}</dt>
                <dd><DateTime at=order.placed_at /></dd>
                {payable.then(|| view! {
                    <dt>{tr("order-pay-until")}</dt>
                    <dd><Date at=order.expires_at /></dd>
                })}
                {detail.invoice_number.clone().map(|number| view! {
                    <dt>{tr("orders-invoice")}</dt>
                    <dd data-testid="order-invoice">{number}</dd>
                })}
            </dl>
        </section>
        {payable.then(|| view! { <PayOrder org detail=detail.clone() changes /> })}
        <section class="mn-card" aria-labelledby="order-lines-title">
            <h2 class="mn-card__title" id="order-lines-title">{tr("orders-lines-title")}</h2>
            <OrderLines quote=order.quote.clone() />
        </section>
        {(!products.is_empty() || setting_up > 0).then(move || view! {
            <section class="mn-card" aria-labelledby="order-products-title" data-testid="order-products">
                <h2 class="mn-card__title" id="order-products-title">{tr("orders-products-title")}</h2>
                <ul class="mn-address-list">
                    {products.into_iter().map(|p| {
                        let href = format!("{}/{}", org_section(org, "products"), p.id);
                        view! { <li><A href=href attr:class="mn-link" attr:data-testid="order-product">{p.name}</A></li> }
                    }).collect_view()}
                </ul>
                {(setting_up > 0).then(|| view! {
                    <p class="mn-alert mn-alert--info" role="status" data-testid="order-setting-up">
                        {tr_args("orders-setting-up", vec![("count", setting_up.to_string())])}
                    </p>
                })}
            </section>
        })}
        {(!detail.payments.is_empty()).then(|| view! {
            <section class="mn-card" aria-labelledby="order-payments-title">
                <h2 class="mn-card__title" id="order-payments-title">{tr("orders-payments-title")}</h2>
                <ul class="mn-address-list" data-testid="order-payments">
                    {detail.payments.iter().map(|p| view! {
                        <li data-status=p.status.code()>
                            <span>{tr_dyn(p.method.label_key())} " · " <DateTime at=p.created_at /></span>
                            <StatusPill status=p.status />
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        })}
    }
}
