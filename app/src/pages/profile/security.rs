//! Security: the password, two-factor authentication (authenticator app, SMS, backup
//! codes), app passwords, recovery channels and the login address.

use super::method_on::MethodOn;
use super::password_prompt::PasswordPrompt;
use super::security_recovery::{LoginEmailCard, RecoveryCard};
use super::security_sms::SmsCard;
use crate::api::security::{
    begin_totp, confirm_totp, create_app_password, disable_two_factor, get_security,
    list_app_passwords, regenerate_backup_codes, revoke_app_password, ChangePassword,
};
use crate::components::button::{Button, ButtonSize, ButtonType, ButtonVariant};
use crate::components::confirm::ConfirmDialog;
use crate::components::feedback::{error_view, ErrorAlert, Pill, Skeleton, SuccessNote, Tone};
use crate::components::form::{action_error, form_level, SubmitButton, TextField};
use crate::components::page::PageHeader;
use crate::components::time::DateTime;
use crate::i18n::{tr, tr_args, tr_dyn};
use domain::dto::{SecurityOverview, TotpSetup};
use domain::AppError;
use leptos::form::ActionForm;
use leptos::prelude::*;

#[component]
pub fn SecurityPage() -> impl IntoView {
    // One resource for the whole page: nested resources would not hydrate reliably.
    let overview = Resource::new(
        || (),
        |_| async move {
            // Both calls start together: see "Server rendering" in docs/architecture.md.
            let (o, apps) = futures::future::join(get_security(), list_app_passwords()).await;
            let o = o?;
            let apps = if o.two_factor { apps? } else { Vec::new() };
            Ok::<_, AppError>((o, apps))
        },
    );
    // A new app password's secret, shown once, outside the part that reloads.
    let created = RwSignal::new(None::<(String, String)>);
    // Backup codes just made: shown once, outside the part that reloads.
    let fresh_codes = RwSignal::new(None::<Vec<String>>);
    let disabled = RwSignal::new(false);
    let changed = Callback::new(move |_| overview.refetch());
    view! {
        <PageHeader title="security-title" lead="security-lead" />
        <PasswordCard />
        <SuccessNote show=disabled message="security-2fa-disabled" />
        {move || fresh_codes.get().map(|codes| view! { <BackupCodes codes on_done=Callback::new(move |_| fresh_codes.set(None)) /> })}
        {move || created.get().map(|(label, secret)| view! {
            <div class="mn-alert mn-alert--info" role="status">
                <p>{tr_args("app-passwords-created", vec![("name", label)])}</p>
                <code class="mn-secret" data-testid="app-password-secret">{secret}</code>
            </div>
        })}
        <Transition fallback=|| view! { <Skeleton rows=4 /> }>
            {move || Suspend::new(async move {
                match overview.await {
                    Ok((o, _)) => view! {
                        {if o.two_factor {
                            view! { <Enabled overview=o.clone() fresh_codes disabled changed /> }.into_any()
                        } else {
                            view! {
                                <section class="mn-card" data-testid="two-factor-off">
                                    <h2 class="mn-card__title">{tr("security-2fa-title")}</h2>
                                    <p>{tr("security-2fa-off")}</p>
                                </section>
                            }.into_any()
                        }}
                        {if o.totp {
                            view! { <MethodOn method="totp" title="security-totp-title" label="security-totp-remove" changed /> }.into_any()
                        } else {
                            view! { <Setup fresh_codes changed /> }.into_any()
                        }}
                        <SmsCard phone=o.sms_phone.clone() fresh_codes changed />
                    }.into_any(),
                    Err(err) => error_view(err),
                }
            })}
        </Transition>
        // Security keys load their own list; the cards around them share the overview.
        <super::security_keys::SecurityKeys fresh_codes changed />
        <Transition>
            {move || Suspend::new(async move {
                match overview.await {
                    Ok((o, apps)) => view! {
                        {o.two_factor.then(|| view! { <AppPasswords rows=apps created changed /> })}
                        <RecoveryCard overview=o.clone() />
                        <LoginEmailCard current=o.login_email.clone() />
                    }.into_any(),
                    // Shown once, by the part above.
                    Err(_) => ().into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn BackupCodes(codes: Vec<String>, on_done: Callback<()>) -> impl IntoView {
    view! {
        <section class="mn-card" role="status" data-testid="backup-codes">
            <h2 class="mn-card__title">{tr("security-codes-title")}</h2>
            <p>{tr("security-codes-lead")}</p>
            <ol class="mn-codes">{codes.into_iter().map(|c| view! { <li><code>{c}</code></li> }).collect_view()}</ol>
            <Button variant=ButtonVariant::Primary attr:data-testid="codes-stored" on:click=move |_| on_done.run(())>
                {tr("security-codes-stored")}
            </Button>
        </section>
    }
}

#[component]
fn Setup(fresh_codes: RwSignal<Option<Vec<String>>>, changed: Callback<()>) -> impl IntoView {
    let begin = Action::new(|_: &()| begin_totp());
    let setup = Signal::derive(move || begin.value().get().and_then(Result::ok));
    let begin_error = Signal::derive(move || begin.value().get().and_then(Result::err));
    let code = RwSignal::new(String::new());
    let confirm = Action::new(|code: &String| {
        let code = code.clone();
        async move { confirm_totp(code).await }
    });
    let confirm_error = Signal::derive(move || confirm.value().get().and_then(Result::err));
    Effect::new(move |_| {
        if let Some(Ok(codes)) = confirm.value().get() {
            // Codes come only with the account's first second factor.
            if !codes.is_empty() {
                fresh_codes.set(Some(codes));
            }
            changed.run(());
        }
    });
    view! {
        <section class="mn-card" data-testid="totp-setup">
            <h2 class="mn-card__title">{tr("security-totp-title")}</h2>
            <p>{tr("security-totp-lead")}</p>
            <ErrorAlert error=begin_error />
            {move || match setup.get() {
                None => view! {
                    <Button variant=ButtonVariant::Primary attr:data-testid="start-totp"
                        pending=begin.pending() on:click=move |_| { begin.dispatch(()); }>
                        {tr("security-2fa-start")}
                    </Button>
                }.into_any(),
                Some(TotpSetup { qr_svg, secret }) => view! {
                    <ol class="mn-steps" role="list">
                        <li>{tr("security-2fa-scan")}</li>
                    </ol>
                    // The SVG is generated by the server from the secret, never from user input.
                    <div class="mn-qr" inner_html=qr_svg aria-hidden="true"></div>
                    <p>{tr("security-2fa-manual")} " " <code data-testid="totp-secret">{secret}</code></p>
                    <form class="mn-form mn-form--inline" novalidate on:submit=move |ev| {
                        ev.prevent_default();
                        confirm.dispatch(code.get_untracked());
                    }>
                        <CodeField code error=confirm_error />
                        <Button kind=ButtonType::Submit variant=ButtonVariant::Primary attr:data-testid="confirm-totp"
                            pending=confirm.pending()>{tr("security-2fa-confirm")}</Button>
                    </form>
                    <ErrorAlert error=Signal::derive(move || confirm_error.get().filter(|e| e.field_code("code").is_none())) />
                }.into_any(),
            }}
        </section>
    }
}

#[component]
fn CodeField(code: RwSignal<String>, error: Signal<Option<AppError>>) -> impl IntoView {
    let key = move || {
        error.with(|e| {
            e.as_ref()
                .and_then(|e| e.field_code("code"))
                .map(|c| format!("field-error-{c}"))
        })
    };
    view! {
        <div class="mn-field" class:mn-field--invalid=move || key().is_some()>
            <label class="mn-field__label" for="field-code">{tr("security-2fa-code")}</label>
            <input class="mn-input" id="field-code" name="code" inputmode="numeric" autocomplete="one-time-code"
                prop:value=move || code.get() on:input=move |ev| code.set(event_target_value(&ev))
                aria-describedby="field-code-error" />
            <p class="mn-field__error" id="field-code-error" data-field-error="code">{move || key().map(|k| tr_dyn(k)())}</p>
        </div>
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Guarded {
    Regenerate,
    Disable,
}

#[component]
fn Enabled(
    overview: SecurityOverview,
    fresh_codes: RwSignal<Option<Vec<String>>>,
    disabled: RwSignal<bool>,
    changed: Callback<()>,
) -> impl IntoView {
    let asking = RwSignal::new(None::<Guarded>);
    let act = Action::new(|(what, password): &(Guarded, String)| {
        let (what, password) = (*what, password.clone());
        async move {
            match what {
                Guarded::Regenerate => regenerate_backup_codes(password).await.map(Some),
                Guarded::Disable => disable_two_factor(password).await.map(|_| None),
            }
        }
    });
    let error = Signal::derive(move || act.value().get().and_then(Result::err));
    Effect::new(move |_| match act.value().get() {
        Some(Ok(Some(codes))) => {
            asking.set(None);
            fresh_codes.set(Some(codes));
            changed.run(());
        }
        Some(Ok(None)) => {
            asking.set(None);
            disabled.set(true);
            changed.run(());
        }
        _ => {}
    });
    view! {
        <section class="mn-card" data-testid="two-factor-on">
            <h2 class="mn-card__title">{tr("security-2fa-title")}</h2>
            <p><Pill tone=Tone::Success>{tr("security-2fa-on")}</Pill></p>
            <p data-testid="codes-left">{tr_args("security-codes-left", vec![("count", overview.backup_codes_left.to_string())])}</p>
            <div class="mn-form__actions">
                <Button attr:data-testid="regenerate-codes" on:click=move |_| asking.set(Some(Guarded::Regenerate))>
                    {tr("security-codes-regenerate")}
                </Button>
                <Button variant=ButtonVariant::GhostDanger attr:data-testid="disable-2fa" on:click=move |_| asking.set(Some(Guarded::Disable))>
                    {tr("security-2fa-disable")}
                </Button>
            </div>
            {move || asking.get().map(|what| view! {
                <PasswordPrompt name="guard-password"
                    label=if what == Guarded::Disable { "security-2fa-disable" } else { "security-codes-regenerate" }
                    pending=act.pending() error
                    on_submit=Callback::new(move |p| { act.dispatch((what, p)); })
                    on_cancel=Callback::new(move |_| asking.set(None)) />
            })}
        </section>
    }
}

#[component]
fn PasswordCard() -> impl IntoView {
    let change = ServerAction::<ChangePassword>::new();
    let error = action_error(change);
    let changed = Signal::derive(move || matches!(change.value().get(), Some(Ok(()))));
    view! {
        <section class="mn-card">
            <h2 class="mn-card__title">{tr("security-password-title")}</h2>
            <ActionForm action=change attr:class="mn-form mn-form--wide" attr:data-testid="password-form" attr:novalidate=true>
                <ErrorAlert error=form_level(error) />
                <TextField name="current_password" label="security-password-current" kind="password" autocomplete="current-password" error required=true />
                <TextField name="new_password" label="security-password-new" kind="password" autocomplete="new-password" hint="signup-password-hint" error required=true />
                <label class="mn-checkbox">
                    <input type="checkbox" name="sign_out_others" value="on" checked=true />
                    <span>{tr("security-password-sign-out-others")}</span>
                </label>
                <SuccessNote show=changed message="security-password-changed" />
                <SubmitButton label="security-password-submit" pending=change.pending() />
            </ActionForm>
        </section>
    }
}

#[derive(Clone)]
enum AppPasswordChange {
    Create(String),
    Revoke(String),
}

/// App passwords for tools that cannot do two-factor sign-in (shown with two-factor on).
#[component]
fn AppPasswords(
    rows: Vec<domain::dto::AppPasswordRow>,
    created: RwSignal<Option<(String, String)>>,
    changed: Callback<()>,
) -> impl IntoView {
    let name = RwSignal::new(String::new());
    let confirming = RwSignal::new(None::<(String, String)>);
    let change = Action::new(|c: &AppPasswordChange| {
        let c = c.clone();
        async move {
            match c {
                AppPasswordChange::Create(name) => create_app_password(name).await.map(Some),
                AppPasswordChange::Revoke(id) => revoke_app_password(id).await.map(|_| None),
            }
        }
    });
    let error = Signal::derive(move || change.value().get().and_then(Result::err));
    let name_key = move || {
        error.with(|e| {
            e.as_ref()
                .and_then(|e| e.field_code("name"))
                .map(|c| format!("field-error-{c}"))
        })
    };
    Effect::new(move |_| {
        if let Some(Ok(result)) = change.value().get() {
            if let Some(secret) = result {
                created.set(Some((name.get_untracked(), secret)));
                name.set(String::new());
            }
            confirming.set(None);
            changed.run(());
        }
    });
    view! {
        <section class="mn-card" data-testid="app-passwords">
            <h2 class="mn-card__title">{tr("app-passwords-title")}</h2>
            <p>{tr("app-passwords-lead")}</p>
            <ErrorAlert error=Signal::derive(move || error.get().filter(|e| e.field_code("name").is_none())) />
            <form class="mn-form mn-form--inline" novalidate data-testid="create-app-password" on:submit=move |ev| {
                ev.prevent_default();
                created.set(None);
                change.dispatch(AppPasswordChange::Create(name.get_untracked()));
            }>
                <div class="mn-field" class:mn-field--invalid=move || name_key().is_some()>
                    <label class="mn-field__label" for="field-app-name">{tr("app-passwords-name")}</label>
                    <input class="mn-input" id="field-app-name" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
                    <p class="mn-field__error" data-field-error="name">{move || name_key().map(|k| tr_dyn(k)())}</p>
                </div>
                <Button kind=ButtonType::Submit variant=ButtonVariant::Primary pending=change.pending()>{tr("app-passwords-create")}</Button>
            </form>
            <ul class="mn-list" data-testid="app-password-list">
                                {rows.into_iter().map(|row| {
                                    let (id, label) = (row.id.clone(), row.name.clone());
                                    view! {
                                        <li data-app-password=row.name.clone()>
                                            <strong>{row.name.clone()}</strong>
                                            " · " {tr("app-passwords-created-at")} " " <DateTime at=row.created_at />
                                            " · " {match row.last_used_at {
                                                Some(at) => view! { {tr("app-passwords-last-used")} " " <DateTime at /> }.into_any(),
                                                None => view! { <span>{tr("app-passwords-never-used")}</span> }.into_any(),
                                            }}
                                            " "
                                            <Button variant=ButtonVariant::GhostDanger size=ButtonSize::Small attr:data-testid="revoke-app-password"
                                                on:click=move |_| confirming.set(Some((id.clone(), label.clone())))>
                                                {tr("app-passwords-revoke")}
                                            </Button>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
            {move || confirming.get().map(|(id, label)| view! {
                <ConfirmDialog
                    title=Signal::derive(tr_args("app-passwords-revoke-confirm", vec![("name", label)]))
                    label="app-passwords-revoke"
                    testid="confirm-revoke-app-password"
                    pending=change.pending()
                    on_confirm=Callback::new(move |_| { change.dispatch(AppPasswordChange::Revoke(id.clone())); })
                    on_cancel=Callback::new(move |_| confirming.set(None))
                />
            })}
        </section>
    }
}
