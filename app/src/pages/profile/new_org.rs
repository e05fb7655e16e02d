//! Create an additional organisation; its country sets the billing currency.

use crate::api::orgs::CreateOrg;
use crate::components::feedback::ErrorAlert;
use crate::components::form::{action_error, form_level, SelectField, SubmitButton, TextField};
use crate::components::page::PageHeader;
use crate::i18n::use_locale;
use crate::layout::country_options;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

#[component]
pub fn NewOrgPage() -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<CreateOrg>::new();
    let error = action_error(action);
    let navigate = use_navigate();
    Effect::new(move |_| {
        if let Some(Ok(org)) = action.value().get() {
            navigate(&format!("/o/{org}/dashboard"), Default::default());
        }
    });
    let country = locale.region.get_untracked().country;
    view! {
        <PageHeader title="new-org-title" lead="new-org-lead" />
        <section class="mn-card">
            <ActionForm action attr:class="mn-form mn-form--narrow" attr:novalidate=true attr:data-testid="new-org-form">
                <ErrorAlert error=form_level(error) />
                <TextField name="name" label="field-org-name" autocomplete="organization" error required=true />
                <SelectField name="country" label="field-billing-country" hint="new-org-country-hint" options=country_options() selected=Signal::stored(country) error />
                <div class="mn-form__actions">
                    <SubmitButton label="new-org-submit" pending=action.pending() />
                </div>
            </ActionForm>
        </section>
    }
}
