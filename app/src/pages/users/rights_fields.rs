//! The rights editor shared by the invitation wizard and the member page: role, billing
//! and technical rights, product access and teams. Managers see every product, so product
//! choices only appear for limited roles.

use crate::components::form::set_included;
use crate::i18n::{tr, tr_dyn};
use domain::dto::{ProductChoice, Rights, TeamChoice};
use domain::Role;
use leptos::prelude::*;

/// Role choice as radio buttons with a one-line explanation each.
#[component]
pub fn RoleChoice(rights: RwSignal<Rights>, roles: Vec<Role>) -> impl IntoView {
    view! {
        <fieldset class="mn-fieldset" data-testid="role-choice">
            <legend class="mn-field__label">{tr("rights-role")}</legend>
            {roles
                .into_iter()
                .map(|role| view! {
                    <label class="mn-radio">
                        <input
                            type="radio"
                            name="role"
                            value=role.code()
                            prop:checked=move || rights.with(|r| r.role == role)
                            on:change=move |_| rights.update(|r| r.role = role)
                        />
                        <span>
                            <strong>{tr_dyn(role.label_key())}</strong>
                            <br />
                            <span class="mn-field__hint">{tr_dyn(format!("{}-hint", role.label_key()))}</span>
                        </span>
                    </label>
                })
                .collect_view()}
        </fieldset>
    }
}

/// Billing right, technical right, products (limited roles only) and teams.
#[component]
pub fn AccessChoicesFields(
    rights: RwSignal<Rights>,
    products: Vec<ProductChoice>,
    teams: Vec<TeamChoice>,
) -> impl IntoView {
    let limited = move || rights.with(|r| !r.role.is_manager());
    let products = StoredValue::new(products);
    view! {
        <Show when=limited>
            <fieldset class="mn-fieldset">
                <legend class="mn-field__label">{tr("rights-extra")}</legend>
                <label class="mn-checkbox">
                    <input type="checkbox" name="billing_right"
                        prop:checked=move || rights.with(|r| r.billing_right)
                        on:change=move |ev| rights.update(|r| r.billing_right = event_target_checked(&ev)) />
                    <span>{tr("rights-billing")}</span>
                </label>
                <label class="mn-checkbox">
                    <input type="checkbox" name="technical_right"
                        prop:checked=move || rights.with(|r| r.technical_right)
                        on:change=move |ev| rights.update(|r| r.technical_right = event_target_checked(&ev)) />
                    <span>{tr("rights-technical")}</span>
                </label>
            </fieldset>
            <fieldset class="mn-fieldset" data-testid="product-choice">
                <legend class="mn-field__label">{tr("rights-products")}</legend>
                {move || {
                    let list = products.get_value();
                    if list.is_empty() {
                        view! { <p class="mn-field__hint">{tr("rights-no-products")}</p> }.into_any()
                    } else {
                        list.into_iter()
                            .map(|p| {
                                let id = p.id;
                                view! {
                                    <label class="mn-checkbox">
                                        <input type="checkbox" value=id.to_string()
                                            prop:checked=move || rights.with(|r| r.products.contains(&id))
                                            on:change=move |ev| {
                                                let on = event_target_checked(&ev);
                                                rights.update(|r| set_included(&mut r.products, id, on));
                                            } />
                                        <span>{p.name.clone()} <span class="mn-table__note">{tr_dyn(format!("product-kind-{}", p.kind))}</span></span>
                                    </label>
                                }
                            })
                            .collect_view()
                            .into_any()
                    }
                }}
            </fieldset>
        </Show>
        <Show when=move || !limited()>
            <p class="mn-field__hint">{tr("rights-manager-sees-all")}</p>
        </Show>
        <fieldset class="mn-fieldset" data-testid="team-choice">
            <legend class="mn-field__label">{tr("rights-teams")}</legend>
            {if teams.is_empty() {
                view! { <p class="mn-field__hint">{tr("rights-no-teams")}</p> }.into_any()
            } else {
                teams
                    .into_iter()
                    .map(|t| {
                        let id = t.id;
                        view! {
                            <label class="mn-checkbox">
                                <input type="checkbox" value=id.to_string()
                                    prop:checked=move || rights.with(|r| r.teams.contains(&id))
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        rights.update(|r| set_included(&mut r.teams, id, on));
                                    } />
                                <span>{t.name.clone()}</span>
                            </label>
                        }
                    })
                    .collect_view()
                    .into_any()
            }}
        </fieldset>
    }
}
