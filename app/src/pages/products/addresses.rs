//! A mail service's addresses: listed for everyone who sees the service, added and deleted
//! by those who manage it. Deleting an address someone signs in with moves their account to
//! a temporary login name, which the confirmation says.

use crate::api::products::{AddMailAddress, RemoveMailAddress};
use crate::components::button::{Button, ButtonVariant};
use crate::components::confirm::ConfirmDialog;
use crate::components::feedback::ErrorAlert;
use crate::components::form::{action_error, form_level, SubmitButton, TextField};
use crate::components::toast::use_toast;
use crate::i18n::{tr, tr_args};
use crate::layout::server_successes;
use domain::dto::MailAddressRow;
use domain::ids::MailAddressId;
use domain::{OrgId, ProductId};
use leptos::form::ActionForm;
use leptos::prelude::*;

#[component]
pub fn MailAddresses(
    org: OrgId,
    product: ProductId,
    addresses: Vec<MailAddressRow>,
    can_manage: bool,
    changes: RwSignal<usize>,
) -> impl IntoView {
    let add = ServerAction::<AddMailAddress>::new();
    let add_error = action_error(add);
    let remove = ServerAction::<RemoveMailAddress>::new();
    let remove_error = Signal::derive(move || remove.value().get().and_then(Result::err));
    let confirming = RwSignal::new(None::<(MailAddressId, String)>);
    let toast = use_toast();
    let finish = move || {
        confirming.set(None);
        changes.update(|c| *c += 1);
    };
    let added = server_successes(add);
    Effect::watch(
        move || added.get(),
        move |_, _, _| {
            finish();
            toast.success("product-address-added");
        },
        false,
    );
    let removed = server_successes(remove);
    Effect::watch(
        move || removed.get(),
        move |_, _, _| {
            finish();
            toast.success("product-address-removed");
        },
        false,
    );
    let empty = addresses.is_empty();
    view! {
        <section class="mn-card" aria-labelledby="product-addresses-title" data-testid="mail-addresses">
            <h2 class="mn-card__title" id="product-addresses-title">{tr("product-addresses")}</h2>
            {empty.then(|| view! { <p class="mn-table__note">{tr("product-addresses-empty")}</p> })}
            <ul class="mn-address-list" role="list">
                {addresses.into_iter().map(|a| {
                    let (id, address, shown) = (a.id, a.address.clone(), a.address.clone());
                    view! {
                        <li class="mn-address-list__item" data-address=a.address.clone()>
                            <span>{shown}</span>
                            {can_manage.then(|| view! {
                                <Button variant=ButtonVariant::GhostDanger attr:data-testid="remove-address"
                                    on:click=move |_| confirming.set(Some((id, address.clone())))>
                                    {tr("product-address-remove")}
                                </Button>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ul>
            <ErrorAlert error=remove_error />
            {can_manage.then(|| view! {
                <ActionForm action=add attr:class="mn-form mn-form--inline" attr:data-testid="add-address" attr:novalidate=true>
                    <input type="hidden" name="org" value=org.to_string() />
                    <input type="hidden" name="product" value=product.to_string() />
                    <ErrorAlert error=form_level(add_error) />
                    <TextField name="address" label="product-address-new" kind="email" error=add_error required=true />
                    <SubmitButton label="product-address-add" pending=add.pending() />
                </ActionForm>
            })}
        </section>
        {move || confirming.get().map(|(address, name)| view! {
            <ConfirmDialog
                title=Signal::derive(tr_args("product-address-remove-title", vec![("address", name)]))
                body="product-address-remove-body"
                label="product-address-remove"
                testid="confirm-remove-address"
                pending=remove.pending()
                on_confirm=Callback::new(move |_| { remove.dispatch(RemoveMailAddress { org, product, address }); })
                on_cancel=Callback::new(move |_| confirming.set(None))
            />
        })}
    }
}
