//! Accounting → Prepaid account: the balance in the organisation's currency, a deposit by
//! card or PostFinance Card in Swiss francs (0.10 to 9 999.00, confirmed with the amount
//! and the method, through the payment processor's page) or by bank transfer with the
//! organisation's deposit slip (a QR-bill whose reference credits this account), and the
//! history (deposits, orders paid from it, refunds, money kept from a late payment), newest
//! first, in pages (`?page=2`).

use super::pay::go_to;
use super::tabs::AccountingTabs;
use super::{fixed_pages, list_navigator, page_param, query_string};
use crate::api::orders::{deposit_prepaid, get_prepaid_account, PREPAID_PER_PAGE};
use crate::components::amount::Amount;
use crate::components::button::{Button, ButtonType, ButtonVariant};
use crate::components::data_table::{cell, row_fn, Column, DataTable};
use crate::components::feedback::ErrorAlert;
use crate::components::feedback::{error_view, EmptyState, Skeleton};
use crate::components::form::form_level;
use crate::components::page::PageHeader;
use crate::components::time::DateTime;
use crate::i18n::{tr, tr_args, tr_dyn};
use crate::layout::use_org_param;
use crate::request_key::new_request_key;
use domain::dto::{PrepaidAccount, PrepaidEntry};
use domain::money::Currency;
use domain::order::PaymentMethod;
use domain::prepaid::deposit_methods;
use domain::{AppError, OrgId};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn PrepaidPage() -> impl IntoView {
    let org = use_org_param();
    let params = use_query_map();
    let page = Memo::new(move |_| params.with(|p| page_param(p.get("page"))));
    let data = Resource::new(
        move || (org.get(), page.get()),
        |(org, page)| async move {
            match org {
                Some(org) => get_prepaid_account(org, page).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    let navigate = list_navigator(org, "prepaid");
    let go = Callback::new(move |page: u32| {
        navigate.run(query_string(&[(
            "page",
            (page > 1).then(|| page.to_string()),
        )]));
    });
    move || {
        org.get().map(|org_id| {
            view! {
                <PageHeader title="accounting-title" lead="accounting-lead" />
                <AccountingTabs org=org_id />
                <Transition fallback=|| view! { <Skeleton rows=6 /> }>
                    {move || Suspend::new(async move {
                        match data.await {
                            Ok(account) => view! { <Account org=org_id account page go /> }.into_any(),
                            Err(err) => error_view(err),
                        }
                    })}
                </Transition>
            }
        })
    }
}

/// Depositing: the amount and the method, a confirmation stating both, then the
/// processor's page.
#[component]
fn Deposit(org: OrgId, currency: Currency) -> impl IntoView {
    let amount = RwSignal::new(String::new());
    let method = RwSignal::new(PaymentMethod::Card);
    let confirming = RwSignal::new(false);
    let key = StoredValue::new(new_request_key());
    let deposit = Action::new(move |(amount, method): &(String, PaymentMethod)| {
        let (amount, method, key) = (amount.clone(), *method, key.get_value());
        async move { deposit_prepaid(org, amount, method, key).await }
    });
    let error = Signal::derive(move || deposit.value().get().and_then(Result::err));
    Effect::new(move |_| {
        match deposit.value().get() {
            Some(Ok(started)) => {
                if let Some(url) = started.redirect {
                    go_to(&url);
                }
            }
            // A refused amount (or key) closes the dialog and says why at the field.
            Some(Err(_)) => {
                confirming.set(false);
                key.set_value(new_request_key());
            }
            None => {}
        }
    });
    let open = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        deposit.value().set(None);
        confirming.set(true);
    };
    let locale = crate::i18n::use_locale();
    let shown = move || {
        let text = amount.get();
        domain::prepaid::deposit_amount(&text, currency)
            .map(|m| locale.money(&m))
            .unwrap_or(text)
    };
    view! {
        <section class="mn-card" aria-labelledby="prepaid-deposit-title">
            <h2 class="mn-card__title" id="prepaid-deposit-title">{tr("prepaid-deposit-title")}</h2>
            <form class="mn-form mn-form--inline" data-testid="deposit-form" on:submit=open novalidate>
                <ErrorAlert error=form_level(error) />
                <div class="mn-field" class:mn-field--invalid=move || error.with(|e| e.as_ref().is_some_and(|e| e.field_code("amount").is_some()))>
                    <label class="mn-field__label" for="field-amount">{tr("prepaid-deposit-amount")} " (" {currency.code()} ")"</label>
                    <input class="mn-input" id="field-amount" name="amount" inputmode="decimal" data-testid="deposit-amount"
                        aria-describedby="field-amount-error" required
                        prop:value=move || amount.get() on:input=move |ev| amount.set(event_target_value(&ev)) />
                    <p class="mn-field__error" id="field-amount-error" data-field-error="amount">
                        {move || error.get().and_then(|e| e.field_code("amount").map(|c| tr_dyn(format!("field-error-{c}"))()))}
                    </p>
                </div>
                <fieldset class="mn-fieldset">
                    <legend class="mn-field__label">{tr("order-payment-method")}</legend>
                    {deposit_methods(currency).into_iter().map(|m| view! {
                        <label class="mn-checkbox">
                            <input type="radio" name="deposit-method" value=m.code() data-testid=format!("deposit-{}", m.code())
                                prop:checked=move || method.get() == m
                                on:change=move |_| method.set(m) />
                            <span>{tr_dyn(m.label_key())}</span>
                        </label>
                    }).collect_view()}
                </fieldset>
                <Button kind=ButtonType::Submit variant=ButtonVariant::Primary attr:data-testid="deposit-submit">
                    {tr("prepaid-deposit")}
                </Button>
            </form>
        </section>
        <Show when=move || confirming.get()>
            <div class="mn-modal-backdrop">
                <div class="mn-modal" role="alertdialog" aria-modal="true" aria-labelledby="deposit-confirm-title" data-testid="deposit-confirm">
                    <h2 id="deposit-confirm-title">{move || tr_args("prepaid-deposit-confirm-title", vec![("amount", shown())])()}</h2>
                    <dl class="mn-summary">
                        <dt>{tr("order-payment-method")}</dt>
                        <dd data-testid="deposit-confirm-method">{move || tr_dyn(method.get().label_key())()}</dd>
                    </dl>
                    <p>{tr("prepaid-deposit-confirm-body")}</p>
                    <div class="mn-modal__actions">
                        <Button on:click=move |_| confirming.set(false)>{tr("action-cancel")}</Button>
                        <Button variant=ButtonVariant::Primary pending=deposit.pending() attr:data-testid="deposit-confirm-button"
                            on:click=move |_| { deposit.dispatch((amount.get_untracked(), method.get_untracked())); }>
                            {tr("prepaid-deposit")}
                        </Button>
                    </div>
                </div>
            </div>
        </Show>
    }
}

#[component]
fn Account(
    org: OrgId,
    account: PrepaidAccount,
    page: Memo<u32>,
    go: Callback<u32>,
) -> impl IntoView {
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
        </section>
        <Deposit org currency=account.balance.currency />
        <section class="mn-card" aria-labelledby="prepaid-transfer-title">
            <h2 class="mn-card__title" id="prepaid-transfer-title">{tr("prepaid-transfer-title")}</h2>
            <p>{tr("prepaid-transfer-body")}</p>
            <p>
                <a href=format!("/media/deposit-slip/{org}") class="mn-link" rel="external noopener" target="_blank" data-testid="deposit-slip">
                    {tr("prepaid-transfer-slip")}
                </a>
            </p>
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
