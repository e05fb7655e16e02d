//! Putting products in the cart: a domain name found free at the registrar (with its
//! years and options), or another product of the catalogue with a label and a period.

use super::order::{CartContext, ChangeAt, RefusalNote};
use crate::api::products::CheckDomain;
use crate::components::amount::Amount;
use crate::components::button::{Button, ButtonType, ButtonVariant};
use crate::components::feedback::{ErrorAlert, Pill, Tone};
use crate::components::form::{action_error, form_level, set_included, SubmitButton, TextField};
use crate::components::period::period_label;
use crate::i18n::{tr, tr_args, tr_dyn};
use domain::catalogue::{Period, ProductKind};
use domain::dto::{DomainCheck, OrderForm};
use domain::order::OrderLineRequest;
use leptos::form::ActionForm;
use leptos::prelude::*;

#[component]
pub fn AddDomain(ctx: CartContext, form: StoredValue<OrderForm>) -> impl IntoView {
    let check = ServerAction::<CheckDomain>::new();
    let error = action_error(check);
    view! {
        <section class="mn-card" aria-labelledby="order-domain-title">
            <h2 class="mn-card__title" id="order-domain-title">{tr("order-domain-title")}</h2>
            <ActionForm action=check attr:class="mn-form mn-form--inline" attr:data-testid="domain-check" attr:novalidate=true>
                <input type="hidden" name="org" value=ctx.org.to_string() />
                <ErrorAlert error=form_level(error) />
                <TextField name="name" label="order-domain-name" hint="order-domain-hint" error required=true />
                <SubmitButton label="order-domain-check" pending=check.pending() />
            </ActionForm>
            {move || check.value().get().and_then(Result::ok).map(|found| view! { <DomainResult found ctx form /> })}
        </section>
    }
}

#[component]
fn DomainResult(
    found: DomainCheck,
    ctx: CartContext,
    form: StoredValue<OrderForm>,
) -> impl IntoView {
    let ascii = found
        .name
        .is_internationalised()
        .then(|| found.name.ascii.clone());
    let years = RwSignal::new(1_u32);
    let options = RwSignal::new(Vec::<ProductKind>::new());
    let name = found.name.ascii.clone();
    let in_cart = {
        let name = name.clone();
        Signal::derive(move || {
            ctx.state.with(|s| {
                s.lines
                    .iter()
                    .any(|l| l.kind == ProductKind::Domain && l.name == name)
            })
        })
    };
    let add = move |_| {
        let Some(period) = Period::years(years.get_untracked()) else {
            return;
        };
        let mut next = ctx.state.get_untracked();
        next.lines.push(OrderLineRequest {
            kind: ProductKind::Domain,
            name: name.clone(),
            period,
            options: options.get_untracked(),
            product: None,
        });
        ctx.propose(next, ChangeAt::AddDomain);
    };
    let yearly = found.yearly_price.clone();
    let year_choices: Vec<u32> = (1..=found.max_years.unwrap_or(1)).collect();
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
            {found.available.then(|| yearly.clone().map(|money| view! {
                <p data-testid="domain-price">
                    <Amount money /> " " {tr("order-per-year-excl-tax")}
                </p>
            }))}
            {found.available.then(|| found.max_years.map(|years| view! {
                <p class="mn-table__note">{tr_args("order-max-years", vec![("years", years.to_string())])}</p>
            }))}
            {found.available.then(|| view! {
                <div class="mn-form mn-form--inline" data-testid="domain-add">
                    <div class="mn-field">
                        <label class="mn-field__label" for="field-domain-years">{tr("order-period")}</label>
                        <select class="mn-input mn-select" id="field-domain-years" data-testid="domain-years"
                            on:change=move |ev| years.set(event_target_value(&ev).parse().unwrap_or(1))>
                            {year_choices.iter().map(|y| view! {
                                <option value=y.to_string()>{period_label(Period::years(*y).unwrap_or(Period::YEAR))}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <fieldset class="mn-fieldset">
                        <legend class="mn-field__label">{tr("order-options")}</legend>
                        {form.with_value(|f| f.options.clone()).into_iter().map(|option| {
                            let kind = option.kind;
                            view! {
                                <label class="mn-checkbox">
                                    <input type="checkbox" data-testid=format!("option-{}", kind.code())
                                        on:change=move |ev| options.update(|o| set_included(o, kind, event_target_checked(&ev))) />
                                    <span>{tr_dyn(kind.label_key())} " (" <Amount money=option.yearly_price.clone() /> " " {tr("order-per-year")} ")"</span>
                                </label>
                            }
                        }).collect_view()}
                    </fieldset>
                    <Button variant=ButtonVariant::Primary attr:data-testid="domain-add-to-cart"
                        pending=ctx.pending() disabled=in_cart on:click=add>
                        {move || if in_cart.get() { tr("order-in-cart")() } else { tr("order-add-to-cart")() }}
                    </Button>
                </div>
            })}
            <RefusalNote error=ctx.refused_at(ChangeAt::AddDomain) testid="domain-add-refused" />
        </div>
    }
}

#[component]
pub fn AddProduct(ctx: CartContext, form: StoredValue<OrderForm>) -> impl IntoView {
    let kinds: Vec<_> = form.with_value(|f| {
        f.kinds
            .iter()
            .filter(|k| !k.kind.priced_per_extension())
            .cloned()
            .collect()
    });
    let kinds = StoredValue::new(kinds);
    let locale = crate::i18n::use_locale();
    let kind = RwSignal::new(kinds.with_value(|k| k.first().map(|k| k.kind)));
    let period = RwSignal::new(None::<Period>);
    let label = RwSignal::new(String::new());
    let periods = Memo::new(move |_| {
        kind.get()
            .and_then(|kind| kinds.with_value(|k| k.iter().find(|k| k.kind == kind).cloned()))
            .map(|k| k.periods)
            .unwrap_or_default()
    });
    // A new kind starts at its first period.
    Effect::new(move |_| period.set(periods.with(|p| p.first().map(|p| p.period))));
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (Some(kind), Some(period)) = (kind.get_untracked(), period.get_untracked()) else {
            return;
        };
        let mut next = ctx.state.get_untracked();
        next.lines.push(OrderLineRequest {
            kind,
            name: label.get_untracked(),
            period,
            options: Vec::new(),
            product: None,
        });
        ctx.propose(next, ChangeAt::AddProduct);
    };
    // Clear the label once the product is in the cart.
    Effect::new(move |prev: Option<usize>| {
        let count = ctx.state.with(|s| s.lines.len());
        if prev.is_some_and(|p| count > p) {
            label.set(String::new());
        }
        count
    });
    view! {
        <section class="mn-card" aria-labelledby="order-product-title">
            <h2 class="mn-card__title" id="order-product-title">{tr("order-product-title")}</h2>
            <form class="mn-form" data-testid="product-add" on:submit=add novalidate>
                <div class="mn-field">
                    <label class="mn-field__label" for="field-product-kind">{tr("order-product-kind")}</label>
                    <select class="mn-input mn-select" id="field-product-kind" data-testid="product-kind"
                        on:change=move |ev| kind.set(ProductKind::from_code(&event_target_value(&ev)))>
                        {kinds.with_value(|k| k.clone()).into_iter().map(|k| view! {
                            <option value=k.kind.code()>{tr_dyn(k.kind.label_key())}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="mn-field">
                    <label class="mn-field__label" for="field-product-label">{tr("order-product-label")}</label>
                    <input class="mn-input" id="field-product-label" data-testid="product-label" maxlength="80"
                        aria-describedby="field-product-label-hint"
                        prop:value=move || label.get() on:input=move |ev| label.set(event_target_value(&ev)) />
                    <p class="mn-field__hint" id="field-product-label-hint">{tr("order-product-label-hint")}</p>
                </div>
                <div class="mn-field">
                    <label class="mn-field__label" for="field-product-period">{tr("order-period")}</label>
                    <select class="mn-input mn-select" id="field-product-period" data-testid="product-period"
                        on:change=move |ev| period.set(event_target_value(&ev).parse::<u32>().ok().and_then(Period::from_months))>
                        {move || periods.get().into_iter().map(|p| {
                            let months = p.period.months();
                            view! {
                                <option value=months.to_string() selected=move || period.get().map(Period::months) == Some(months)>
                                    {period_label(p.period)} " — " {locale.money(&p.price)}
                                </option>
                            }
                        }).collect_view()}
                    </select>
                </div>
                <RefusalNote error=ctx.refused_at(ChangeAt::AddProduct) testid="product-add-refused" />
                <div class="mn-form__actions">
                    <Button kind=ButtonType::Submit variant=ButtonVariant::Secondary pending=ctx.pending() attr:data-testid="product-add-to-cart">
                        {tr("order-add-to-cart")}
                    </Button>
                </div>
            </form>
        </section>
    }
}
