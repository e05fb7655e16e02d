//! Accounting → Invoices: the organisation's invoices, newest first, in pages (`?page=2`),
//! each paid one with its PDF in the reader's language.

use super::fixed_pages;
use super::tabs::AccountingTabs;
use crate::api::invoices::{list_invoices, INVOICES_PER_PAGE};
use crate::components::amount::Amount;
use crate::components::data_table::{cell, row_fn, Column, DataTable};
use crate::components::feedback::{error_view, EmptyState, Skeleton, StatusPill};
use crate::components::page::PageHeader;
use crate::components::time::Date;
use crate::i18n::{tr, tr_args};
use crate::layout::use_org_param;
use crate::routes::org_section;
use domain::dto::InvoiceRow;
use domain::status::InvoiceStatus;
use domain::{AppError, OrgId};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

#[component]
pub fn InvoicesPage() -> impl IntoView {
    let org = use_org_param();
    let params = use_query_map();
    let page = Memo::new(move |_| {
        params.with(|p| {
            p.get("page")
                .and_then(|p| p.parse::<u32>().ok())
                .unwrap_or(1)
                .max(1)
        })
    });
    let data = Resource::new(
        move || (org.get(), page.get()),
        |(org, page)| async move {
            match org {
                Some(org) => list_invoices(org, page).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    let navigate = use_navigate();
    let go = Callback::new(move |page: u32| {
        if let Some(org) = org.get_untracked() {
            let query = if page > 1 {
                format!("?page={page}")
            } else {
                String::new()
            };
            navigate(
                &format!("{}/invoices{query}", org_section(org, "accounting")),
                Default::default(),
            );
        }
    });
    move || {
        org.get().map(|org_id| {
            view! {
                <PageHeader title="accounting-title" lead="accounting-lead" />
                <AccountingTabs org=org_id />
                <Transition fallback=|| view! { <Skeleton rows=6 /> }>
                    {move || Suspend::new(async move {
                        match data.await {
                            Ok((rows, total)) => {
                                let pagination = fixed_pages(page.into(), INVOICES_PER_PAGE, rows.len(), total, go);
                                view! {
                                    <DataTable
                                        rows
                                        columns=invoice_columns(org_id)
                                        testid="invoices"
                                        id="invoices"
                                        row_key=row_fn(|r: &InvoiceRow| r.id)
                                        row_attrs=row_fn(|r: &InvoiceRow| vec![("data-invoice", r.number.clone())])
                                        pagination
                                        empty=ViewFn::from(|| view! {
                                            <EmptyState title="invoices-empty-title" body="invoices-empty-body" />
                                        }.into_any())
                                    />
                                }.into_any()
                            }
                            Err(err) => error_view(err),
                        }
                    })}
                </Transition>
            }
        })
    }
}

fn invoice_columns(org: OrgId) -> Vec<Column<InvoiceRow>> {
    vec![
        Column::new(
            "invoices-col-number",
            cell(|r: &InvoiceRow| {
                let number = r.number.clone();
                view! { <span>{number}</span> }.into_any()
            }),
        ),
        Column::new(
            "invoices-col-issued",
            cell(|r: &InvoiceRow| view! { <Date at=r.issued_at /> }.into_any()),
        ),
        Column::new(
            "invoices-col-total",
            cell(|r: &InvoiceRow| view! { <Amount money=r.total.clone() /> }.into_any()),
        )
        .with_class("mn-num"),
        Column::new(
            "invoices-col-status",
            cell(|r: &InvoiceRow| view! { <StatusPill status=r.status /> }.into_any()),
        ),
        Column::new(
            "invoices-col-document",
            cell(move |r: &InvoiceRow| document_link(org, r)),
        ),
    ]
}

/// The PDF of a paid invoice (a download, not a page of the console); before payment,
/// why there is none yet.
fn document_link(org: OrgId, r: &InvoiceRow) -> AnyView {
    if r.printable {
        let href = format!("/media/invoices/{org}/{}", r.id);
        let label = tr_args("invoices-pdf-label", vec![("number", r.number.clone())]);
        view! {
            <a href=href class="mn-link" rel="external" download="" aria-label=label data-testid="invoice-pdf">
                {tr("invoices-pdf")}
            </a>
        }
        .into_any()
    } else if r.status == InvoiceStatus::Paid {
        view! { <span class="mn-table__note">{tr("invoices-pdf-none")}</span> }.into_any()
    } else {
        view! { <span class="mn-table__note">{tr("invoices-pdf-after-payment")}</span> }.into_any()
    }
}
