//! Public pages: log in and sign up, with a language choice for anonymous visitors.

use crate::api::auth::{LogIn, SignUp, SignedIn, VerifySecondFactor};
use crate::api::invitations::get_invitation;
use crate::components::feedback::ErrorAlert;
use crate::components::form::{
    action_error, form_level, Checkbox, SelectField, SubmitButton, TextField,
};
use crate::components::language_switch::LanguageOptions;
use crate::i18n::{tr, tr_args, use_locale};
use crate::layout::country_options;
use crate::pages::second_factor_options::{PushApproval, SmsCodeRequest};
use domain::{AppError, Lang};
use leptos::prelude::*;
use leptos::server::ServerAction;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

/// The card layout of public pages with a language switcher.
#[component]
pub fn PublicLayout(title: &'static str, children: Children) -> impl IntoView {
    let locale = use_locale();
    let on_lang = move |ev: leptos::ev::Event| {
        if let Some(lang) = Lang::parse(&event_target_value(&ev)) {
            let mut region = locale.region.get_untracked();
            region.lang = lang;
            locale.apply(region);
        }
    };
    view! {
        <div class="mn-public">
            <header class="mn-public__bar">
                <span class="mn-brand">{tr("app-name")}</span>
                <label class="mn-lang-switch">
                    <span class="mn-visually-hidden">{tr("field-language")}</span>
                    <select class="mn-input mn-select" data-testid="public-language" on:change=on_lang>
                        <LanguageOptions />
                    </select>
                </label>
            </header>
            <main class="mn-public__card" id="main">
                <h1 class="mn-public__title">{tr(title)}</h1>
                {children()}
            </main>
        </div>
    }
}

/// After signing in: a full page load (fresh state, new cookie) to where the user was
/// going (`?next=` inside the console), else into their organisation.
pub(crate) fn go_after_sign_in(result: Option<Result<SignedIn, AppError>>, next: Option<String>) {
    if let Some(Ok(signed_in)) = result.filter(|r| !matches!(r, Ok(s) if s.second_factor)) {
        let target = next
            .as_deref()
            .and_then(crate::routes::safe_next)
            .map(str::to_owned)
            .unwrap_or_else(|| crate::routes::landing_path(signed_in.org));
        let _ = window().location().assign(&target);
    }
}

fn query_param(name: &'static str) -> Memo<Option<String>> {
    let query = use_query_map();
    Memo::new(move |_| query.with(|q| q.get(name)).filter(|v| !v.is_empty()))
}

#[component]
pub fn LoginPage() -> impl IntoView {
    let action = ServerAction::<LogIn>::new();
    let error = action_error(action);
    let next = query_param("next");
    Effect::new(move |_| go_after_sign_in(action.value().get(), next.get_untracked()));
    // The password was right and the account has a second factor: ask for it, offering
    // the account's methods.
    let methods = Signal::derive(move || match action.value().get() {
        Some(Ok(SignedIn {
            second_factor: true,
            methods,
            ..
        })) => Some(methods),
        _ => None,
    });
    let second_step = Signal::derive(move || methods.with(Option::is_some));
    view! {
        <PublicLayout title="login-title">
            <Show when=move || second_step.get()>
                <SecondFactorForm next methods=Signal::derive(move || methods.get().unwrap_or_default()) />
            </Show>
            <div hidden=move || second_step.get()>
            <p class="mn-public__lead">{tr("login-lead")}</p>
            <ActionForm action attr:class="mn-form" attr:novalidate=true attr:data-testid="login-form">
                <ErrorAlert error=form_level(error) />
                <TextField name="email" label="field-login-email" kind="email" autocomplete="username" error required=true />
                <TextField name="password" label="field-password" kind="password" autocomplete="current-password" error required=true />
                <Checkbox name="remember" label="login-remember" />
                <SubmitButton label="login-submit" pending=action.pending() />
            </ActionForm>
            <p class="mn-public__switch"><A href="/forgot-password" attr:data-testid="forgot-link">{tr("login-forgot")}</A></p>
            <p class="mn-public__switch"><A href="/forgot-login" attr:data-testid="forgot-login-link">{tr("login-forgot-login")}</A></p>
            <p class="mn-public__switch">
                {tr("login-no-account")} " " <A href="/signup">{tr("login-sign-up-link")}</A>
            </p>
            </div>
        </PublicLayout>
    }
}

/// The second step of signing in: a code (authenticator app, SMS or backup code), or the
/// approval of another signed-in device.
#[component]
fn SecondFactorForm(next: Memo<Option<String>>, methods: Signal<Vec<String>>) -> impl IntoView {
    let action = ServerAction::<VerifySecondFactor>::new();
    let error = action_error(action);
    Effect::new(move |_| go_after_sign_in(action.value().get(), next.get_untracked()));
    let offers = move |m: &'static str| methods.with(|all| all.iter().any(|x| x == m));
    view! {
        <Show when=move || offers("security-key")>
            <crate::pages::security_key_sign_in::SecurityKeySignIn next />
        </Show>
        <p class="mn-public__lead">{tr("login-second-factor-lead")}</p>
        <ActionForm action attr:class="mn-form" attr:novalidate=true attr:data-testid="second-factor-form">
            <ErrorAlert error=form_level(error) />
            <TextField name="code" label="login-second-factor-code" hint="login-second-factor-hint" autocomplete="one-time-code" error required=true />
            <SubmitButton label="login-second-factor-submit" pending=action.pending() />
        </ActionForm>
        <Show when=move || offers("sms")>
            <SmsCodeRequest />
        </Show>
        <Show when=move || offers("push")>
            <PushApproval next />
        </Show>
    }
}

#[component]
pub fn SignUpPage() -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<SignUp>::new();
    let error = action_error(action);
    Effect::new(move |_| go_after_sign_in(action.value().get(), None));
    // Signing up from an invitation: the address is the invited one and no organisation of
    // one's own is created.
    let invitation = query_param("invitation");
    let preview = Resource::new(
        move || invitation.get(),
        |token| async move {
            match token {
                Some(token) => get_invitation(token).await.ok(),
                None => None,
            }
        },
    );
    // The browser's own time zone, read once hydrated; the server falls back to the
    // country's zone when it is empty.
    let time_zone = RwSignal::new(String::new());
    Effect::new(move |_| time_zone.set(browser_time_zone()));
    let default_country = locale.region.get_untracked().country;
    view! {
        <PublicLayout title="signup-title">
            <p class="mn-public__lead">{tr("signup-lead")}</p>
            <ActionForm action attr:class="mn-form" attr:novalidate=true attr:data-testid="signup-form">
                <ErrorAlert error=form_level(error) />
                <TextField name="name" label="field-full-name" autocomplete="name" error required=true />
                <Suspense>
                    {move || Suspend::new(async move {
                        match preview.await {
                            Some(p) => view! {
                                <p class="mn-alert mn-alert--info" data-testid="signup-invitation">
                                    {tr_args("signup-invited", vec![("org", p.org_name.clone())])}
                                </p>
                                <TextField name="email" label="field-login-email" kind="email" autocomplete="email" error required=true
                                    value=Signal::derive(move || p.email.clone()) readonly=true />
                                <input type="hidden" name="company" value="" />
                            }.into_any(),
                            None => view! {
                                <TextField name="email" label="field-login-email" kind="email" autocomplete="email" hint="signup-email-hint" error required=true />
                                <TextField name="company" label="field-company" autocomplete="organization" hint="signup-company-hint" error />
                            }.into_any(),
                        }
                    })}
                </Suspense>
                <input type="hidden" name="invitation" prop:value=move || invitation.get().unwrap_or_default() />
                <TextField name="password" label="field-password" kind="password" autocomplete="new-password" hint="signup-password-hint" error required=true />
                <SelectField name="country" label="field-country" options=country_options() selected=Signal::derive(move || default_country.clone()) error />
                <input type="hidden" name="time_zone" prop:value=move || time_zone.get() />
                <input type="hidden" name="lang" prop:value=move || locale.lang().code() />
                <SubmitButton label="signup-submit" pending=action.pending() />
            </ActionForm>
            <p class="mn-public__switch">
                {tr("signup-have-account")} " " <A href="/login">{tr("signup-log-in-link")}</A>
            </p>
        </PublicLayout>
    }
}

/// The IANA zone the browser runs in (`Intl.DateTimeFormat().resolvedOptions().timeZone`).
pub fn browser_time_zone() -> String {
    #[cfg(feature = "hydrate")]
    {
        let options =
            js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new())
                .resolved_options();
        js_sys::Reflect::get(&options, &"timeZone".into())
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    }
    #[cfg(not(feature = "hydrate"))]
    {
        String::new()
    }
}
