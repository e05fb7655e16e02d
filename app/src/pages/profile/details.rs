//! "Manage my profile": name, language, country and time zone. Saving applies the new
//! language and formats to the whole page at once, in every open tab.

use crate::api::account::UpdateProfile;
use crate::components::feedback::{ErrorAlert, Skeleton, SuccessNote};
use crate::components::form::{action_error, form_level, SelectField, SubmitButton, TextField};
use crate::components::page::PageHeader;
use crate::components::shell::ShellRefresh;
use crate::components::time::DateTime;
use crate::i18n::{tr, use_locale};
use crate::layout::Shell;
use crate::layout::{country_options, language_options};
use domain::datetime::time_zone_names;
use domain::dto::Me;
use leptos::prelude::*;

#[component]
pub fn ProfileDetailsPage() -> impl IntoView {
    let shell = expect_context::<Shell>();
    view! {
        <PageHeader title="profile-title" lead="profile-lead" />
        <Suspense fallback=|| view! { <Skeleton rows=5 /> }>
            {move || Suspend::new(async move {
                let me = shell.loaded.await.ok().map(|d| d.me);
                view! { <ProfileForm me /> }
            })}
        </Suspense>
    }
}

#[component]
fn ProfileForm(me: Option<Me>) -> impl IntoView {
    let locale = use_locale();
    let name = me.as_ref().map(|m| m.name.clone()).unwrap_or_default();
    let email = me.as_ref().map(|m| m.email.clone()).unwrap_or_default();
    let region = locale.region.get_untracked();
    let action = ServerAction::<UpdateProfile>::new();
    let error = action_error(action);
    let saved = Signal::derive(move || matches!(action.value().get(), Some(Ok(_))));
    let refresh = use_context::<ShellRefresh>();
    Effect::new(move |_| {
        if let Some(Ok(region)) = action.value().get() {
            locale.apply(region);
            // The new name shows in the account menu without a reload.
            if let Some(ShellRefresh(cb)) = refresh {
                cb.run(());
            }
        }
    });
    // A fixed instant shows how dates will look with the chosen settings.
    let sample_at = 1_806_494_700_000;
    view! {
        <section class="mn-card">
            <ActionForm action attr:class="mn-form mn-form--narrow" attr:novalidate=true attr:data-testid="profile-form">
                <ErrorAlert error=form_level(error) />
                <div class="mn-field">
                    <span class="mn-field__label">{tr("field-login-email")}</span>
                    <span class="mn-field__static" data-testid="profile-email">{email}</span>
                </div>
                <TextField name="name" label="field-full-name" autocomplete="name" value=Signal::stored(name) error required=true />
                <SelectField name="lang" label="field-language" options=language_options() selected=Signal::stored(region.lang.code().to_owned()) error />
                <SelectField name="country" label="field-country" hint="profile-country-hint" options=country_options() selected=Signal::stored(region.country.clone()) error />
                <TextField
                    name="time_zone"
                    label="field-time-zone"
                    hint="profile-time-zone-hint"
                    list="time-zones"
                    value=Signal::stored(region.time_zone.clone())
                    autocomplete="off"
                    error
                    required=true
                />
                <datalist id="time-zones">
                    {time_zone_names().map(|tz| view! { <option value=tz></option> }).collect_view()}
                </datalist>
                <p class="mn-field__hint" data-testid="format-sample">
                    {tr("profile-format-sample")} " " <DateTime at=sample_at />
                </p>
                <div class="mn-form__actions">
                    <SubmitButton label="profile-save" pending=action.pending() />
                    <SuccessNote show=saved message="profile-saved" />
                </div>
            </ActionForm>
        </section>
    }
}
