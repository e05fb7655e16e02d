//! The organisation dashboard: what it owns, who is in it and what is due.

use crate::api::orgs::get_dashboard;
use crate::components::amount::Amount;
use crate::components::data_table::{cell, row_fn, Column, DataTable};
use crate::components::feedback::{error_view, EmptyState, Skeleton, StatusPill};
use crate::components::page::PageHeader;
use crate::components::time::Date;
use crate::i18n::{tr, tr_dyn};
use crate::layout::use_org_param;
use domain::dto::{Dashboard, InvoiceRow, ProductRow};
use domain::AppError;
use leptos::prelude::*;

#[component]
pub fn DashboardPage() -> impl IntoView {
    let org = use_org_param();
    let data = Resource::new(
        move || org.get(),
        |org| async move {
            match org {
                Some(org) => get_dashboard(org).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    view! {
        <PageHeader title="dashboard-title" lead="dashboard-lead" />
        // Transition keeps the previous organisation on screen until the next one is ready.
        <Transition fallback=|| view! { <Skeleton rows=6 /> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(d) => view! { <DashboardBody data=d /> }.into_any(),
                    Err(err) => error_view(err),
                }
            })}
        </Transition>
    }
}

#[component]
fn DashboardBody(data: Dashboard) -> impl IntoView {
    let unpaid_total = data.unpaid_total.clone();
    let product_count = data.products.len();
    let member_count = data.member_count;
    let invoice_count = data.unpaid_invoices.as_ref().map(Vec::len);
    view! {
        <div class="mn-dashboard" data-testid="dashboard" data-org-id=data.org.id.to_string()>
            <div class="mn-dashboard__org">
                <h2 class="mn-dashboard__org-name" data-testid="dashboard-org-name">{data.org.name.clone()}</h2>
                <span class="mn-pill mn-pill--neutral">{tr_dyn(data.org.role.label_key())}</span>
            </div>
            <div class="mn-stats">
                <div class="mn-stat" data-testid="stat-products">
                    <span class="mn-stat__label">{tr("dashboard-products")}</span>
                    <span class="mn-stat__value">{product_count}</span>
                </div>
                <div class="mn-stat" data-testid="stat-members">
                    <span class="mn-stat__label">{tr("dashboard-members")}</span>
                    <span class="mn-stat__value">{member_count}</span>
                </div>
                {unpaid_total.map(|total| {
                    view! {
                        <div class="mn-stat" data-testid="stat-unpaid">
                            <span class="mn-stat__label">{tr("dashboard-unpaid")}</span>
                            <span class="mn-stat__value"><Amount money=total /></span>
                            <span class="mn-stat__meta">
                                {crate::i18n::tr_args("dashboard-unpaid-count", vec![("count", invoice_count.unwrap_or(0).to_string())])}
                            </span>
                        </div>
                    }
                })}
            </div>
            <section class="mn-card" aria-labelledby="dashboard-products-title">
                <h3 class="mn-card__title" id="dashboard-products-title">{tr("dashboard-products")}</h3>
                <ProductTable products=data.products.clone() />
            </section>
            {data.unpaid_invoices.map(|invoices| view! { <InvoiceCard invoices /> })}
        </div>
    }
}

#[component]
fn ProductTable(products: Vec<ProductRow>) -> impl IntoView {
    let columns = vec![
        Column::new(
            "product-col-name",
            cell(|p: &ProductRow| view! { <strong>{p.name.clone()}</strong> }.into_any()),
        ),
        Column::new(
            "product-col-kind",
            cell(|p: &ProductRow| tr_dyn(format!("product-kind-{}", p.kind)).into_any()),
        ),
        Column::new(
            "product-col-status",
            cell(|p: &ProductRow| view! { <StatusPill status=p.status /> }.into_any()),
        ),
        Column::new(
            "product-col-expires",
            cell(|p: &ProductRow| p.expires_at.map(|at| view! { <Date at /> }).into_any()),
        )
        .with_class("mn-num"),
    ];
    view! {
        <DataTable
            rows=products
            columns
            testid="product-table"
            row_key=row_fn(|p: &ProductRow| p.id)
            empty=ViewFn::from(|| view! { <EmptyState title="dashboard-no-products-title" body="dashboard-no-products-body" /> })
        />
    }
}

#[component]
fn InvoiceCard(invoices: Vec<InvoiceRow>) -> impl IntoView {
    let columns = vec![
        Column::new(
            "invoice-col-number",
            cell(|i: &InvoiceRow| i.number.clone().into_any()),
        ),
        Column::new(
            "invoice-col-issued",
            cell(|i: &InvoiceRow| view! { <Date at=i.issued_at /> }.into_any()),
        ),
        Column::new(
            "invoice-col-due",
            cell(|i: &InvoiceRow| view! { <Date at=i.due_at /> }.into_any()),
        ),
        Column::new(
            "invoice-col-status",
            cell(|i: &InvoiceRow| view! { <StatusPill status=i.status /> }.into_any()),
        ),
        Column::new(
            "invoice-col-total",
            cell(|i: &InvoiceRow| view! { <Amount money=i.total.clone() /> }.into_any()),
        )
        .with_class("mn-num"),
    ];
    view! {
        <section class="mn-card" aria-labelledby="dashboard-invoices-title">
            <h3 class="mn-card__title" id="dashboard-invoices-title">{tr("dashboard-unpaid-invoices")}</h3>
            <DataTable
                rows=invoices
                columns
                testid="invoice-table"
                row_key=row_fn(|i: &InvoiceRow| i.id)
                empty=ViewFn::from(|| view! { <EmptyState title="dashboard-no-invoices-title" body="dashboard-no-invoices-body" /> })
            />
        </section>
    }
}
