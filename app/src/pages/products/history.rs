//! A product's history: every change, when and by whom (a member, a job or an operator).

use crate::components::time::DateTime;
use crate::i18n::{tr, tr_args, tr_dyn};
use domain::dto::{ProductActor, ProductChange, ProductEvent};
use domain::status::Status;
use leptos::prelude::*;

fn describe(change: &ProductChange) -> AnyView {
    match change {
        ProductChange::Renamed { from, to } => {
            let args = vec![("from", from.clone()), ("to", to.clone())];
            tr_args("product-history-renamed", args).into_any()
        }
        ProductChange::Status { from, to } => {
            let (from, to) = (tr_dyn(from.fluent_key()), tr_dyn(to.fluent_key()));
            let args = vec![("from", from()), ("to", to())];
            tr_args("product-history-status", args).into_any()
        }
        ProductChange::AutoRenewal { on: true } => tr("product-history-auto-renewal-on").into_any(),
        ProductChange::AutoRenewal { on: false } => {
            tr("product-history-auto-renewal-off").into_any()
        }
        ProductChange::ManagementBlocked => tr("product-history-blocked").into_any(),
        ProductChange::ManagementUnblocked => tr("product-history-unblocked").into_any(),
    }
}

fn actor(actor: &ProductActor) -> String {
    match actor {
        ProductActor::Member { name } | ProductActor::System { name } => name.clone(),
    }
}

#[component]
pub fn ProductHistory(events: Vec<ProductEvent>) -> impl IntoView {
    view! {
        <section class="mn-card" aria-labelledby="product-history-title">
            <h2 class="mn-card__title" id="product-history-title">{tr("product-history")}</h2>
            {if events.is_empty() {
                view! { <p class="mn-table__note" data-testid="product-history-empty">{tr("product-history-empty")}</p> }.into_any()
            } else {
                view! {
                    <ol class="mn-timeline" data-testid="product-history">
                        {events.iter().map(|e| view! {
                            <li class="mn-timeline__item" data-change=e.change.code()>
                                <span class="mn-timeline__what">{describe(&e.change)}</span>
                                <span class="mn-timeline__meta">
                                    <DateTime at=e.at />
                                    " · "
                                    {actor(&e.actor)}
                                </span>
                            </li>
                        }).collect_view()}
                    </ol>
                }.into_any()
            }}
        </section>
    }
}
