//! Name and main billing address; the country sets the currency, and a change of currency
//! is shown before saving.

use super::logo::{logo_action, LogoCard};
use super::tabs::OrgTabs;
use crate::api::organisation::{get_org_details, UpdateOrg};
use crate::components::feedback::{error_view, ErrorAlert, Skeleton, SuccessNote};
use crate::components::form::{action_error, form_level, SelectField, SubmitButton, TextField};
use crate::components::shell::ShellRefresh;
use crate::i18n::{tr, tr_args};
use crate::layout::country_options;
use crate::layout::{org_resource_after, successes, use_org_param};
use domain::country::currency_for;
use domain::dto::OrgDetails;
use leptos::form::ActionForm;
use leptos::prelude::*;

#[component]
pub fn DetailsPage() -> impl IntoView {
    let org = use_org_param();
    let logo = logo_action(org);
    // Reloads by itself once the logo changed (the details form keeps its own state).
    let logo_count = successes(logo);
    let details = org_resource_after(org, move || logo_count.get(), get_org_details);
    let logo_saved = Signal::derive(move || matches!(logo.value().get(), Some(Ok(()))));
    let refresh = use_context::<ShellRefresh>();
    Effect::new(move |_| {
        if let (Some(Ok(())), Some(ShellRefresh(cb))) = (logo.value().get(), refresh) {
            cb.run(());
        }
    });
    move || {
        org.get().map(|org_id| {
            view! {
                <OrgTabs org=org_id />
                <SuccessNote show=logo_saved message="org-logo-saved" />
                <Suspense fallback=|| view! { <Skeleton rows=6 /> }>
                    {move || Suspend::new(async move {
                        match details.await {
                            Ok(d) => view! {
                                <DetailsForm details=d.clone() />
                                <LogoCard details=d change=logo />
                            }.into_any(),
                            Err(err) => error_view(err),
                        }
                    })}
                </Suspense>
            }
        })
    }
}

#[component]
fn DetailsForm(details: OrgDetails) -> impl IntoView {
    let save = ServerAction::<UpdateOrg>::new();
    let error = action_error(save);
    let saved = Signal::derive(move || matches!(save.value().get(), Some(Ok(()))));
    let refresh = use_context::<ShellRefresh>();
    Effect::new(move |_| {
        if let (Some(Ok(())), Some(ShellRefresh(cb))) = (save.value().get(), refresh) {
            cb.run(());
        }
    });
    let country = RwSignal::new(details.address.country.clone());
    let current = details.currency.clone();
    let locked = details.currency_locked;
    let preview = move || {
        let next = currency_for(&country.get()).code();
        (next != current).then(|| (current.clone(), next.to_owned()))
    };
    let name = details.name.clone();
    let a = details.address.clone();
    view! {
        <section class="mn-card">
            <h2 class="mn-card__title">{tr("org-details-title")}</h2>
            <ActionForm action=save attr:class="mn-form mn-form--wide" attr:data-testid="org-details" attr:novalidate=true>
                <input type="hidden" name="org" value=details.id.to_string() />
                <ErrorAlert error=form_level(error) />
                <fieldset class="mn-fieldset mn-fieldset--plain" disabled=!details.can_update>
                    <TextField name="name" label="org-name" error value=Signal::derive(move || name.clone()) required=true />
                    <TextField name="street" label="org-street" error value=Signal::derive(move || a.street.clone()) autocomplete="street-address" required=true />
                    <div class="mn-form__row">
                        <TextField name="postal_code" label="org-postal-code" error value=Signal::derive({ let v = details.address.postal_code.clone(); move || v.clone() }) autocomplete="postal-code" required=true />
                        <TextField name="city" label="org-city" error value=Signal::derive({ let v = details.address.city.clone(); move || v.clone() }) autocomplete="address-level2" required=true />
                    </div>
                    <SelectField name="country" label="field-country" options=country_options() selected=Signal::derive(move || country.get()) error
                        on_change=Callback::new(move |v| country.set(v)) />
                    <TextField name="vat_number" label="org-vat-number" hint="org-vat-number-hint" error autocomplete="off"
                        value=Signal::stored(details.vat_number.clone().unwrap_or_default()) />
                    <p class="mn-field__hint" data-testid="currency">{tr_args("org-currency", vec![("currency", details.currency.clone())])}</p>
                    {move || preview().map(|(from, to)| {
                        if locked {
                            view! { <p class="mn-alert mn-alert--warning" role="status" data-testid="currency-preview">{tr_args("org-currency-locked", vec![("from", from), ("to", to)])}</p> }.into_any()
                        } else {
                            view! { <p class="mn-alert mn-alert--info" role="status" data-testid="currency-preview">{tr_args("org-currency-change", vec![("from", from), ("to", to)])}</p> }.into_any()
                        }
                    })}
                </fieldset>
                <TextField
                    name="time_zone"
                    label="field-time-zone"
                    hint="org-time-zone-hint"
                    list="org-time-zones"
                    value=Signal::stored(details.time_zone.clone())
                    autocomplete="off"
                    error
                />
                <datalist id="org-time-zones">
                    {domain::datetime::time_zone_names().map(|tz| view! { <option value=tz></option> }).collect_view()}
                </datalist>
                <SuccessNote show=saved message="org-saved" />
                {details.can_update.then(|| view! { <SubmitButton label="org-save" pending=save.pending() /> })}
            </ActionForm>
        </section>
    }
}
