//! Accounting → Orders: the organisation's orders, newest first, filtered by status, in
//! pages; the filter and the page live in the URL (`?status=pending&page=2`).

use super::tabs::AccountingTabs;
use super::{fixed_pages, list_navigator, page_param, query_string};
use crate::api::orders::{list_orders, ORDERS_PER_PAGE};
use crate::components::amount::Amount;
use crate::components::data_table::{cell, row_fn, Column, DataTable};
use crate::components::feedback::{error_view, EmptyState, Skeleton, StatusPill};
use crate::components::page::PageHeader;
use crate::components::time::Date;
use crate::i18n::{tr, tr_args};
use crate::layout::use_org_param;
use crate::routes::org_section;
use domain::dto::OrderRow;
use domain::status::{OrderStatus, Status};
use domain::{AppError, OrgId};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

/// The list's state as the URL holds it.
#[derive(Clone, Debug, Default, PartialEq)]
struct OrdersQuery {
    status: Option<OrderStatus>,
    page: u32,
}

impl OrdersQuery {
    fn to_query_string(&self) -> String {
        query_string(&[
            ("status", self.status.map(|s| s.code().to_owned())),
            ("page", (self.page > 1).then(|| self.page.to_string())),
        ])
    }
}

#[component]
pub fn OrdersPage() -> impl IntoView {
    let org = use_org_param();
    let params = use_query_map();
    let query = Memo::new(move |_| {
        params.with(|p| OrdersQuery {
            status: p.get("status").and_then(|s| OrderStatus::from_code(&s)),
            page: page_param(p.get("page")),
        })
    });
    let data = Resource::new(
        move || (org.get(), query.get()),
        |(org, query)| async move {
            match org {
                Some(org) => {
                    list_orders(org, query.status.map(|s| s.code().to_owned()), query.page).await
                }
                None => Err(AppError::NotFound),
            }
        },
    );
    let navigate = list_navigator(org, "orders");
    let go = Callback::new(move |q: OrdersQuery| navigate.run(q.to_query_string()));
    let on_status = move |ev: leptos::ev::Event| {
        go.run(OrdersQuery {
            status: OrderStatus::from_code(&event_target_value(&ev)),
            page: 1,
        });
    };
    move || {
        org.get().map(|org_id| {
            view! {
                <PageHeader title="accounting-title" lead="accounting-lead" />
                <AccountingTabs org=org_id />
                <div class="mn-toolbar">
                    <label>
                        <span class="mn-visually-hidden">{tr("orders-filter-status")}</span>
                        <select class="mn-input mn-select" data-testid="order-status-filter" on:change=on_status>
                            <option value="" selected=move || query.with(|q| q.status.is_none())>{tr("orders-filter-all")}</option>
                            {OrderStatus::ALL.iter().map(|status| {
                                let status = *status;
                                view! {
                                    <option value=status.code() selected=move || query.with(|q| q.status == Some(status))>
                                        {crate::i18n::tr_dyn(status.fluent_key())}
                                    </option>
                                }
                            }).collect_view()}
                        </select>
                    </label>
                </div>
                <Transition fallback=|| view! { <Skeleton rows=6 /> }>
                    {move || Suspend::new(async move {
                        match data.await {
                            Ok((rows, total)) => view! { <OrdersTable org=org_id rows total query go /> }.into_any(),
                            Err(err) => error_view(err),
                        }
                    })}
                </Transition>
            }
        })
    }
}

#[component]
fn OrdersTable(
    org: OrgId,
    rows: Vec<OrderRow>,
    total: u64,
    query: Memo<OrdersQuery>,
    go: Callback<OrdersQuery>,
) -> impl IntoView {
    let page = Signal::derive(move || query.with(|q| q.page));
    let to_page = Callback::new(move |page| {
        let mut q = query.get_untracked();
        q.page = page;
        go.run(q);
    });
    let pagination = fixed_pages(page, ORDERS_PER_PAGE, rows.len(), total, to_page);
    let filtered = query.with_untracked(|q| q.status.is_some());
    view! {
        <DataTable
            rows
            columns=order_columns(org)
            testid="orders"
            id="orders"
            row_key=row_fn(|r: &OrderRow| r.id)
            row_attrs=row_fn(|r: &OrderRow| vec![("data-order", r.number.clone())])
            pagination
            empty=ViewFn::from(move || if filtered {
                view! { <EmptyState title="orders-none-found-title" body="orders-none-found-body" /> }.into_any()
            } else {
                view! { <EmptyState title="orders-empty-title" body="orders-empty-body" /> }.into_any()
            })
        />
    }
}

fn order_columns(org: OrgId) -> Vec<Column<OrderRow>> {
    vec![
        Column::new(
            "orders-col-number",
            cell(move |r: &OrderRow| {
                let href = format!("{}/orders/{}", org_section(org, "accounting"), r.id);
                let number = r.number.clone();
                view! { <A href=href attr:class="mn-link" attr:data-testid="order-link">{number}</A> }
                    .into_any()
            }),
        ),
        Column::new(
            "orders-col-products",
            cell(|r: &OrderRow| {
                let count = r.more_products.to_string();
                let more = (r.more_products > 0)
                    .then(|| tr_args("orders-more-products", vec![("count", count)]));
                view! {
                    <span>{r.first_product.clone()}</span>
                    {more.map(|m| view! { <span class="mn-table__note">" " {m}</span> })}
                }
                .into_any()
            }),
        ),
        Column::new(
            "orders-col-placed",
            cell(|r: &OrderRow| view! { <Date at=r.placed_at /> }.into_any()),
        ),
        Column::new(
            "orders-col-total",
            cell(|r: &OrderRow| view! { <Amount money=r.gross.clone() /> }.into_any()),
        )
        .with_class("mn-num"),
        Column::new(
            "orders-col-status",
            cell(|r: &OrderRow| view! { <StatusPill status=r.status /> }.into_any()),
        ),
        Column::new(
            "orders-col-pay-by",
            cell(|r: &OrderRow| match r.status {
                OrderStatus::Pending => view! { <Date at=r.expires_at /> }.into_any(),
                _ => view! { <span class="mn-table__note">"—"</span> }.into_any(),
            }),
        ),
    ]
}
