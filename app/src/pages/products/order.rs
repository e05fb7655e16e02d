//! Ordering, first step: find a domain name — checked and normalised (an internationalised
//! name shows the form that is registered), sold by the catalogue, free at the registrar,
//! with its price per year. For members who may order.

use crate::api::products::CheckDomain;
use crate::components::amount::Amount;
use crate::components::feedback::{ErrorAlert, Pill, Tone};
use crate::components::form::{action_error, form_level, SubmitButton, TextField};
use crate::components::icon::{Icon, IconName};
use crate::components::page::PageHeader;
use crate::i18n::{tr, tr_args};
use crate::layout::use_org_param;
use crate::routes::org_section;
use domain::dto::DomainCheck;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn OrderPage() -> impl IntoView {
    let org = use_org_param();
    let check = ServerAction::<CheckDomain>::new();
    let error = action_error(check);
    move || {
        org.get().map(|org_id| {
            view! {
                <p><A href=org_section(org_id, "products") attr:class="mn-back"><Icon name=IconName::ArrowLeft />{tr("products-back")}</A></p>
                <PageHeader title="order-title" lead="order-lead" />
                <section class="mn-card" aria-labelledby="order-domain-title">
                    <h2 class="mn-card__title" id="order-domain-title">{tr("order-domain-title")}</h2>
                    <ActionForm action=check attr:class="mn-form mn-form--inline" attr:data-testid="domain-check" attr:novalidate=true>
                        <input type="hidden" name="org" value=org_id.to_string() />
                        <ErrorAlert error=form_level(error) />
                        <TextField name="name" label="order-domain-name" hint="order-domain-hint" error required=true />
                        <SubmitButton label="order-domain-check" pending=check.pending() />
                    </ActionForm>
                    {move || check.value().get().and_then(Result::ok).map(|found| view! { <DomainResult found /> })}
                </section>
                <p class="mn-table__note" data-testid="order-next">{tr("order-cart-soon")}</p>
            }
        })
    }
}

#[component]
fn DomainResult(found: DomainCheck) -> impl IntoView {
    let ascii = found
        .name
        .is_internationalised()
        .then(|| found.name.ascii.clone());
    view! {
        <div class="mn-domain-result" data-testid="domain-result" data-available=found.available.to_string()>
            <p class="mn-domain-result__name">
                <strong>{found.name.unicode.clone()}</strong>
                {ascii.map(|ascii| view! {
                    <span class="mn-table__note" data-testid="domain-ascii">
                        {tr_args("order-domain-registered-as", vec![("name", ascii)])}
                    </span>
                })}
            </p>
            {if found.available {
                view! { <Pill tone=Tone::Success>{tr("order-domain-available")}</Pill> }.into_any()
            } else {
                view! { <Pill tone=Tone::Danger>{tr("order-domain-taken")}</Pill> }.into_any()
            }}
            {found.available.then(|| found.yearly_price.clone().map(|money| view! {
                <p data-testid="domain-price">
                    <Amount money /> " " {tr("order-per-year-excl-tax")}
                </p>
            }))}
            {found.available.then(|| found.max_years.map(|years| view! {
                <p class="mn-table__note">{tr_args("order-max-years", vec![("years", years.to_string())])}</p>
            }))}
        </div>
    }
}
