//! The organisation dashboard: what it owns, who is in it and what is due.

use crate::api::orgs::get_dashboard;
use crate::components::amount::Amount;
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
                {if data.products.is_empty() {
                    view! { <EmptyState title="dashboard-no-products-title" body="dashboard-no-products-body" /> }.into_any()
                } else {
                    view! { <ProductTable products=data.products.clone() /> }.into_any()
                }}
            </section>
            {data.unpaid_invoices.map(|invoices| view! { <InvoiceCard invoices /> })}
        </div>
    }
}

#[component]
fn ProductTable(products: Vec<ProductRow>) -> impl IntoView {
    view! {
        <div class="mn-table-wrap">
            <table class="mn-table" data-testid="product-table">
                <thead>
                    <tr>
                        <th scope="col">{tr("product-col-name")}</th>
                        <th scope="col">{tr("product-col-kind")}</th>
                        <th scope="col">{tr("product-col-status")}</th>
                        <th scope="col">{tr("product-col-expires")}</th>
                    </tr>
                </thead>
                <tbody>
                    {products
                        .into_iter()
                        .map(|p| {
                            view! {
                                <tr>
                                    <td data-label=tr("product-col-name")><strong>{p.name}</strong></td>
                                    <td data-label=tr("product-col-kind")>{tr_dyn(format!("product-kind-{}", p.kind))}</td>
                                    <td data-label=tr("product-col-status")><StatusPill status=p.status /></td>
                                    <td data-label=tr("product-col-expires") class="mn-num">
                                        {p.expires_at.map(|at| view! { <Date at /> })}
                                    </td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn InvoiceCard(invoices: Vec<InvoiceRow>) -> impl IntoView {
    view! {
        <section class="mn-card" aria-labelledby="dashboard-invoices-title">
            <h3 class="mn-card__title" id="dashboard-invoices-title">{tr("dashboard-unpaid-invoices")}</h3>
            {if invoices.is_empty() {
                view! { <EmptyState title="dashboard-no-invoices-title" body="dashboard-no-invoices-body" /> }.into_any()
            } else {
                view! {
                    <div class="mn-table-wrap">
                        <table class="mn-table" data-testid="invoice-table">
                            <thead>
                                <tr>
                                    <th scope="col">{tr("invoice-col-number")}</th>
                                    <th scope="col">{tr("invoice-col-issued")}</th>
                                    <th scope="col">{tr("invoice-col-due")}</th>
                                    <th scope="col">{tr("invoice-col-status")}</th>
                                    <th scope="col" class="mn-num">{tr("invoice-col-total")}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {invoices
                                    .into_iter()
                                    .map(|inv| {
                                        view! {
                                            <tr>
                                                <td data-label=tr("invoice-col-number")>{inv.number}</td>
                                                <td data-label=tr("invoice-col-issued")><Date at=inv.issued_at /></td>
                                                <td data-label=tr("invoice-col-due")><Date at=inv.due_at /></td>
                                                <td data-label=tr("invoice-col-status")><StatusPill status=inv.status /></td>
                                                <td data-label=tr("invoice-col-total") class="mn-num"><Amount money=inv.total /></td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()}
                            </tbody>
                        </table>
                    </div>
                }
                    .into_any()
            }}
        </section>
    }
}
