//! Accounting → Invoices: the organisation's invoices, newest first, filtered by status,
//! year of issue and billing address, in pages — all in the URL — each paid one with its
//! PDF in the reader's language.

use super::tabs::AccountingTabs;
use super::{fixed_pages, list_navigator, page_param, query_string};
use crate::api::invoices::{list_invoices, INVOICES_PER_PAGE};
use crate::components::amount::Amount;
use crate::components::data_table::{cell, row_fn, Column, DataTable};
use crate::components::feedback::{error_view, EmptyState, Skeleton, StatusPill};
use crate::components::page::PageHeader;
use crate::components::time::Date;
use crate::i18n::{tr, tr_args, tr_dyn};
use crate::layout::use_org_param;
use domain::dto::{AddressChoice, InvoiceFilter, InvoiceList, InvoiceRow};
use domain::ids::CreditNoteId;
use domain::status::{InvoiceStatus, Status};
use domain::{AppError, OrgId};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The list's state as the URL holds it (`?status=paid&year=2026&address=main&page=2`).
#[derive(Clone, Debug, Default, PartialEq)]
struct InvoicesQuery {
    filter: InvoiceFilter,
    page: u32,
}

impl InvoicesQuery {
    fn to_query_string(&self) -> String {
        let f = &self.filter;
        query_string(&[
            ("status", f.status.map(|s| s.code().to_owned())),
            ("year", f.year.map(|y| y.to_string())),
            ("address", f.address.as_ref().map(AddressChoice::code)),
            ("page", (self.page > 1).then(|| self.page.to_string())),
        ])
    }
}

#[component]
pub fn InvoicesPage() -> impl IntoView {
    let org = use_org_param();
    let params = use_query_map();
    let query = Memo::new(move |_| {
        params.with(|p| InvoicesQuery {
            filter: InvoiceFilter {
                status: p.get("status").and_then(|s| InvoiceStatus::from_code(&s)),
                year: p.get("year").and_then(|y| y.parse().ok()),
                address: p.get("address").and_then(|a| AddressChoice::parse(&a)),
            },
            page: page_param(p.get("page")),
        })
    });
    let data = Resource::new(
        move || (org.get(), query.get()),
        |(org, q)| async move {
            let Some(org) = org else {
                return Err(AppError::NotFound);
            };
            let f = q.filter;
            let status = f.status.map(|s| s.code().to_owned());
            let address = f.address.as_ref().map(AddressChoice::code);
            list_invoices(org, status, f.year, address, q.page).await
        },
    );
    let navigate = list_navigator(org, "invoices");
    let go = Callback::new(move |q: InvoicesQuery| navigate.run(q.to_query_string()));
    move || {
        org.get().map(|org_id| {
            view! {
                <PageHeader title="accounting-title" lead="accounting-lead" />
                <AccountingTabs org=org_id />
                <Transition fallback=|| view! { <Skeleton rows=6 /> }>
                    {move || Suspend::new(async move {
                        match data.await {
                            Ok(list) => view! { <InvoicesList org=org_id list query go /> }.into_any(),
                            Err(err) => error_view(err),
                        }
                    })}
                </Transition>
            }
        })
    }
}

/// The filters (status, year, billing address) above the invoices of one page.
#[component]
fn InvoicesList(
    org: OrgId,
    list: InvoiceList,
    query: Memo<InvoicesQuery>,
    go: Callback<InvoicesQuery>,
) -> impl IntoView {
    let refilter = move |change: &dyn Fn(&mut InvoiceFilter)| {
        let mut q = query.get_untracked();
        change(&mut q.filter);
        q.page = 1;
        go.run(q);
    };
    let on_status = move |ev: leptos::ev::Event| {
        let code = event_target_value(&ev);
        refilter(&|f| f.status = InvoiceStatus::from_code(&code));
    };
    let on_year = move |ev: leptos::ev::Event| {
        let year = event_target_value(&ev).parse().ok();
        refilter(&|f| f.year = year);
    };
    let on_address = move |ev: leptos::ev::Event| {
        let address = AddressChoice::parse(&event_target_value(&ev));
        refilter(&|f| f.address = address.clone());
    };
    let page = Signal::derive(move || query.with(|q| q.page));
    let to_page = Callback::new(move |page| {
        let mut q = query.get_untracked();
        q.page = page;
        go.run(q);
    });
    let pagination = fixed_pages(
        page,
        INVOICES_PER_PAGE,
        list.rows.len(),
        list.total,
        to_page,
    );
    let filtered = query.with_untracked(|q| q.filter != InvoiceFilter::default());
    let current = query.get_untracked().filter;
    view! {
        <div class="mn-toolbar">
            <label>
                <span class="mn-visually-hidden">{tr("invoices-filter-status")}</span>
                <select class="mn-input mn-select" data-testid="invoice-status-filter" on:change=on_status>
                    <option value="" selected=current.status.is_none()>{tr("invoices-filter-all-statuses")}</option>
                    {InvoiceStatus::ALL.iter().filter(|s| **s != InvoiceStatus::Draft).map(|status| {
                        let status = *status;
                        view! {
                            <option value=status.code() selected=current.status == Some(status)>
                                {tr_dyn(status.fluent_key())}
                            </option>
                        }
                    }).collect_view()}
                </select>
            </label>
            <label>
                <span class="mn-visually-hidden">{tr("invoices-filter-year")}</span>
                <select class="mn-input mn-select" data-testid="invoice-year-filter" on:change=on_year>
                    <option value="" selected=current.year.is_none()>{tr("invoices-filter-all-years")}</option>
                    {list.years.iter().map(|year| {
                        let year = *year;
                        view! { <option value=year.to_string() selected=current.year == Some(year)>{year.to_string()}</option> }
                    }).collect_view()}
                </select>
            </label>
            <label>
                <span class="mn-visually-hidden">{tr("invoices-filter-address")}</span>
                <select class="mn-input mn-select" data-testid="invoice-address-filter" on:change=on_address>
                    <option value="" selected=current.address.is_none()>{tr("invoices-filter-all-addresses")}</option>
                    {list.addresses.iter().map(|option| {
                        let selected = current.address.as_ref() == Some(&option.choice);
                        view! { <option value=option.choice.code() selected=selected>{option.label.clone()}</option> }
                    }).collect_view()}
                </select>
            </label>
        </div>
        <DataTable
            rows=list.rows
            columns=invoice_columns(org)
            testid="invoices"
            id="invoices"
            row_key=row_fn(|r: &InvoiceRow| r.id)
            row_attrs=row_fn(|r: &InvoiceRow| vec![("data-invoice", r.number.clone())])
            pagination
            empty=ViewFn::from(move || if filtered {
                view! { <EmptyState title="invoices-none-found-title" body="invoices-none-found-body" /> }.into_any()
            } else {
                view! { <EmptyState title="invoices-empty-title" body="invoices-empty-body" /> }.into_any()
            })
        />
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
            cell(move |r: &InvoiceRow| {
                let credit = r.credit_note.map(|id| credit_note_link(org, id));
                view! { {document_link(org, r)} {credit} }.into_any()
            }),
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

/// The credit note that annulled an invoice, as a PDF download.
fn credit_note_link(org: OrgId, id: CreditNoteId) -> AnyView {
    let href = format!("/media/credit-notes/{org}/{id}");
    view! {
        " "
        <a href=href class="mn-link" rel="external" download="" data-testid="credit-note-pdf">
            {tr("invoices-credit-note")}
        </a>
    }
    .into_any()
}
