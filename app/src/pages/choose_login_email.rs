//! An account whose login address was deleted signed in with its temporary name: before
//! anything else it chooses the e-mail it will sign in with from now on.

use crate::api::account::ChooseLoginEmail;
use crate::api::auth::LogOut;
use crate::components::button::{Button, ButtonVariant};
use crate::components::feedback::ErrorAlert;
use crate::components::form::{action_error, form_level, SubmitButton, TextField};
use crate::i18n::tr;
use crate::pages::auth::PublicLayout;
use leptos::form::ActionForm;
use leptos::prelude::*;

#[component]
pub fn ChooseLoginEmailPage() -> impl IntoView {
    let choose = ServerAction::<ChooseLoginEmail>::new();
    let error = action_error(choose);
    let log_out = ServerAction::<LogOut>::new();
    Effect::new(move |_| {
        // A full load: the whole console opens with the new login.
        if let Some(Ok(())) = choose.value().get() {
            let _ = window().location().assign("/");
        }
        if let Some(Ok(())) = log_out.value().get() {
            let _ = window().location().assign("/login");
        }
    });
    view! {
        <PublicLayout title="choose-login-title">
            <p class="mn-public__lead">{tr("choose-login-lead")}</p>
            <ActionForm action=choose attr:class="mn-form" attr:novalidate=true attr:data-testid="choose-login-form">
                <ErrorAlert error=form_level(error) />
                <TextField name="email" label="choose-login-email" kind="email" autocomplete="email" hint="choose-login-hint" error required=true />
                <SubmitButton label="choose-login-submit" pending=choose.pending() />
            </ActionForm>
            <p class="mn-public__switch">
                <Button variant=ButtonVariant::Ghost on:click=move |_| { log_out.dispatch(LogOut {}); }>
                    {tr("shell-log-out")}
                </Button>
            </p>
        </PublicLayout>
    }
}
