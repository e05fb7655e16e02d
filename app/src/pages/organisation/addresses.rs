//! Further billing addresses: invoices for some renewals go to other people.

use super::tabs::OrgTabs;
use crate::api::organisation::{get_org_details, AddBillingAddress, RemoveBillingAddress};
use crate::components::button::{Button, ButtonVariant};
use crate::components::confirm::ConfirmDialog;
use crate::components::feedback::{error_view, EmptyState, ErrorAlert, Skeleton, SuccessNote};
use crate::components::form::{action_error, form_level, SelectField, SubmitButton, TextField};
use crate::i18n::{tr, tr_args, tr_dyn};
use crate::layout::country_options;
use crate::layout::{org_resource_after, server_successes, use_org_param};
use domain::dto::BillingAddress;
use domain::{AppError, BillingAddressId, OrgId};
use leptos::form::ActionForm;
use leptos::prelude::*;

#[component]
pub fn AddressesPage() -> impl IntoView {
    let org = use_org_param();
    let add = ServerAction::<AddBillingAddress>::new();
    let add_error = action_error(add);
    let added = Signal::derive(move || matches!(add.value().get(), Some(Ok(_))));
    let remove = ServerAction::<RemoveBillingAddress>::new();
    let remove_error = Signal::derive(move || remove.value().get().and_then(Result::err));
    // Reloads by itself once an address is added or removed.
    let (added_count, removed_count) = (server_successes(add), server_successes(remove));
    let details = org_resource_after(
        org,
        move || added_count.get() + removed_count.get(),
        get_org_details,
    );
    let confirming = RwSignal::new(None::<(BillingAddressId, String)>);
    Effect::new(move |_| {
        if matches!(remove.value().get(), Some(Ok(()))) {
            confirming.set(None);
        }
    });
    move || {
        org.get().map(|org_id| view! {
            <OrgTabs org=org_id />
            <ErrorAlert error=remove_error />
            <Transition fallback=|| view! { <Skeleton rows=4 /> }>
                {move || Suspend::new(async move {
                    match details.await {
                        Ok(d) if d.billing_addresses.is_empty() => view! {
                            <EmptyState title="org-addresses-empty-title" body="org-addresses-empty-body" />
                            {d.can_update.then(|| view! { <AddForm org=org_id add error=add_error added /> })}
                        }.into_any(),
                        Ok(d) => view! {
                            <AddressList list=d.billing_addresses.clone() can_update=d.can_update confirming />
                            {d.can_update.then(|| view! { <AddForm org=org_id add error=add_error added /> })}
                        }.into_any(),
                        Err(err) => error_view(err),
                    }
                })}
            </Transition>
            {move || confirming.get().map(|(id, name)| view! {
                <ConfirmDialog
                    title=Signal::derive(tr_args("org-address-remove-confirm", vec![("name", name)]))
                    label="org-address-remove"
                    testid="confirm-remove-address"
                    pending=remove.pending()
                    on_confirm=Callback::new(move |_| { remove.dispatch(RemoveBillingAddress { org: org_id, address: id }); })
                    on_cancel=Callback::new(move |_| confirming.set(None))
                />
            })}
        })
    }
}

#[component]
fn AddressList(
    list: Vec<BillingAddress>,
    can_update: bool,
    confirming: RwSignal<Option<(BillingAddressId, String)>>,
) -> impl IntoView {
    view! {
        <ul class="mn-address-list" data-testid="billing-addresses">
            {list.into_iter().map(|a| {
                let id = a.id;
                let name = a.name.clone();
                view! {
                    <li class="mn-card" data-address=a.name.clone()>
                        <strong>{a.name.clone()}</strong>
                        <address>
                            {a.address.street.clone()}<br />
                            {format!("{} {}", a.address.postal_code, a.address.city)}<br />
                            {tr_dyn(domain::country::label_key(&a.address.country))}
                        </address>
                        <span class="mn-table__note">{a.email.clone()}</span>
                        {a.vat_number.clone().map(|n| view! {
                            <span class="mn-table__note" data-testid="address-vat-number">{tr_args("org-vat-number-shown", vec![("number", n)])}</span>
                        })}
                        {can_update.then(|| view! {
                            <Button variant=ButtonVariant::GhostDanger on:click=move |_| confirming.set(Some((id, name.clone())))>
                                {tr("org-address-remove")}
                            </Button>
                        })}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

#[component]
fn AddForm(
    org: OrgId,
    add: ServerAction<AddBillingAddress>,
    error: Signal<Option<AppError>>,
    added: Signal<bool>,
) -> impl IntoView {
    view! {
        <section class="mn-card">
            <h2 class="mn-card__title">{tr("org-address-add-title")}</h2>
            <ActionForm action=add attr:class="mn-form mn-form--wide" attr:data-testid="add-address" attr:novalidate=true>
                <input type="hidden" name="org" value=org.to_string() />
                <ErrorAlert error=form_level(error) />
                <TextField name="name" label="org-address-name" error required=true />
                <TextField name="email" label="org-address-email" kind="email" error required=true />
                <TextField name="street" label="org-street" error required=true />
                <div class="mn-form__row">
                    <TextField name="postal_code" label="org-postal-code" error required=true />
                    <TextField name="city" label="org-city" error required=true />
                </div>
                <SelectField name="country" label="field-country" options=country_options() selected=Signal::derive(|| "CH".to_owned()) error />
                <TextField name="vat_number" label="org-vat-number" hint="org-vat-number-hint" error autocomplete="off" />
                <SuccessNote show=added message="org-address-added" />
                <SubmitButton label="org-address-add" pending=add.pending() />
            </ActionForm>
        </section>
    }
}
