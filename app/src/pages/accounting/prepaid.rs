//! Accounting → Prepaid account: the balance in the organisation's currency and its
//! history (deposits, orders paid from it, refunds, money kept from a late payment), newest
//! first, in pages (`?page=2`).

use super::fixed_pages;
use super::tabs::AccountingTabs;
use crate::api::orders::{get_prepaid_account, PREPAID_PER_PAGE};
use crate::components::amount::Amount;
use crate::components::data_table::{cell, row_fn, Column, DataTable};
use crate::components::feedback::{error_view, EmptyState, Skeleton};
use crate::components::page::PageHeader;
use crate::components::time::DateTime;
use crate::i18n::{tr, tr_dyn};
use crate::layout::use_org_param;
use crate::routes::org_section;
use domain::dto::{PrepaidAccount, PrepaidEntry};
use domain::AppError;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

#[component]
pub fn PrepaidPage() -> impl IntoView {
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
                Some(org) => get_prepaid_account(org, page).await,
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
                &format!("{}/prepaid{query}", org_section(org, "accounting")),
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
                            Ok(account) => view! { <Account account page go /> }.into_any(),
                            Err(err) => error_view(err),
                        }
                    })}
                </Transition>
            }
        })
    }
}

#[component]
fn Account(account: PrepaidAccount, page: Memo<u32>, go: Callback<u32>) -> impl IntoView {
    let pagination = fixed_pages(
        page.into(),
        PREPAID_PER_PAGE,
        account.entries.len(),
        account.total,
        go,
    );
    view! {
        <section class="mn-card" aria-labelledby="prepaid-balance-title">
            <h2 class="mn-card__title" id="prepaid-balance-title">{tr("prepaid-balance")}</h2>
            <p class="mn-prepaid__balance" data-testid="prepaid-balance"><Amount money=account.balance.clone() /></p>
            <p class="mn-table__note">{tr("prepaid-deposit-later")}</p>
        </section>
        <DataTable
            rows=account.entries
            columns=columns()
            testid="prepaid-entries"
            id="prepaid-entries"
            row_key=row_fn(|r: &PrepaidEntry| (r.at, r.amount.minor, r.order_number.clone()))
            pagination
            empty=ViewFn::from(|| view! { <EmptyState title="prepaid-empty-title" body="prepaid-empty-body" /> }.into_any())
        />
    }
}

fn columns() -> Vec<Column<PrepaidEntry>> {
    vec![
        Column::new(
            "prepaid-col-when",
            cell(|r: &PrepaidEntry| view! { <DateTime at=r.at /> }.into_any()),
        ),
        Column::new(
            "prepaid-col-what",
            cell(|r: &PrepaidEntry| {
                let what = tr_dyn(r.movement.label_key())();
                let order = r.order_number.clone();
                view! { <span>{what} {order.map(|n| format!(" {n}"))}</span> }.into_any()
            }),
        ),
        Column::new(
            "prepaid-col-amount",
            cell(|r: &PrepaidEntry| view! { <Amount money=r.amount.clone() /> }.into_any()),
        )
        .with_class("mn-num"),
    ]
}
