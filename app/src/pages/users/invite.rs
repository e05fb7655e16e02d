//! The invitation wizard: who (address, mail language, role) → access → review and send.

use super::rights_fields::{AccessChoicesFields, RoleChoice};
use crate::api::invitations::create_invitation;
use crate::api::members::get_access_choices;
use crate::components::button::{Button, ButtonLink, ButtonType, ButtonVariant};
use crate::components::feedback::{error_view, ErrorAlert, Skeleton};
use crate::components::form::{form_level, SelectField, SubmitButton};
use crate::components::stepper::{Stepper, WizardStep};
use crate::i18n::{tr, tr_args, tr_dyn, use_locale};
use crate::layout::language_options;
use crate::layout::use_org_param;
use crate::routes::org_section;
use domain::dto::{AccessChoices, Rights};
use domain::{AppError, OrgId, Role};
use leptos::prelude::*;

#[component]
pub fn InvitePage() -> impl IntoView {
    let org = use_org_param();
    let choices = Resource::new(
        move || org.get(),
        |org| async move {
            match org {
                Some(org) => get_access_choices(org).await.map(|c| (org, c)),
                None => Err(AppError::NotFound),
            }
        },
    );
    view! {
        <header class="mn-page-header">
            <div>
                <h1 class="mn-page-header__title">{tr("invite-title")}</h1>
                <p class="mn-page-header__lead">{tr("invite-lead")}</p>
            </div>
        </header>
        <Suspense fallback=|| view! { <Skeleton rows=6 /> }>
            {move || Suspend::new(async move {
                match choices.await {
                    Ok((org, choices)) => view! { <Wizard org choices /> }.into_any(),
                    Err(err) => error_view(err),
                }
            })}
        </Suspense>
    }
}

/// The wizard's steps.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum InviteStep {
    Who,
    Access,
    Review,
}

impl WizardStep for InviteStep {
    const ALL: &'static [Self] = &[InviteStep::Who, InviteStep::Access, InviteStep::Review];

    fn label(self) -> Signal<String> {
        Signal::derive(match self {
            InviteStep::Who => tr("invite-step-who"),
            InviteStep::Access => tr("invite-step-access"),
            InviteStep::Review => tr("invite-step-review"),
        })
    }
}

#[component]
fn Wizard(org: OrgId, choices: AccessChoices) -> impl IntoView {
    let locale = use_locale();
    let step = RwSignal::new(InviteStep::Who);
    let email = RwSignal::new(String::new());
    let lang = RwSignal::new(locale.lang().code().to_owned());
    let default_role = if choices.assignable_roles.contains(&Role::Collaborator) {
        Role::Collaborator
    } else {
        choices
            .assignable_roles
            .first()
            .copied()
            .unwrap_or(Role::External)
    };
    let rights = RwSignal::new(Rights {
        role: default_role,
        billing_right: false,
        technical_right: false,
        products: Vec::new(),
        teams: Vec::new(),
    });
    let send = Action::new(move |(email, rights, lang): &(String, Rights, String)| {
        let (email, rights, lang) = (email.clone(), rights.clone(), lang.clone());
        async move { create_invitation(org, email, rights, lang).await }
    });
    let error = Signal::derive(move || send.value().get().and_then(Result::err));
    // A problem with the address sends the user back to the step where it is entered.
    Effect::new(move |_| {
        if error.with(|e| {
            e.as_ref()
                .is_some_and(|e| e.field_code("email").is_some() || e.field_code("lang").is_some())
        }) {
            step.set(InviteStep::Who);
        }
    });
    let sent_to = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        if let Some(Ok(_)) = send.value().get() {
            sent_to.set(Some(email.get_untracked()));
        }
    });
    let product_names = StoredValue::new(choices.products.clone());
    let team_names = StoredValue::new(choices.teams.clone());
    let restart = move |_| {
        email.set(String::new());
        send.value().set(None);
        sent_to.set(None);
        step.set(InviteStep::Who);
    };
    let next = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(following) = step.get_untracked().next() {
            step.set(following);
        } else {
            send.dispatch((
                email.get_untracked(),
                rights.get_untracked(),
                lang.get_untracked(),
            ));
        }
    };
    let invitations = format!("{}/invitations", org_section(org, "users"));
    view! {
        {move || match sent_to.get() {
            Some(address) => view! {
                <div class="mn-card" role="status" data-testid="invite-sent">
                    <h2>{tr_args("invite-sent-title", vec![("email", address)])}</h2>
                    <p>{tr("invite-sent-body")}</p>
                    <div class="mn-form__actions">
                        <Button on:click=restart>{tr("invite-another")}</Button>
                        <ButtonLink href=invitations.clone() variant=ButtonVariant::Primary>{tr("invite-see-invitations")}</ButtonLink>
                    </div>
                </div>
            }.into_any(),
            None => {
                let roles = choices.assignable_roles.clone();
                let products = choices.products.clone();
                let teams = choices.teams.clone();
                // Type-erased: the three steps together nest too deep for the compiler.
                let steps = view! {
                    <div hidden=move || step.get() != InviteStep::Who>
                        <EmailField email error />
                        <SelectField name="lang" label="invite-mail-language" hint="invite-mail-language-hint"
                            options=language_options() selected=Signal::derive(move || lang.get()) error
                            on_change=Callback::new(move |v| lang.set(v)) />
                        <RoleChoice rights roles />
                    </div>
                    <div hidden=move || step.get() != InviteStep::Access>
                        <AccessChoicesFields rights products teams />
                    </div>
                    <div hidden=move || step.get() != InviteStep::Review data-testid="invite-review">
                        <dl class="mn-summary">
                            <dt>{tr("field-login-email")}</dt>
                            <dd>{move || email.get()}</dd>
                            <dt>{tr("rights-role")}</dt>
                            <dd>{move || tr_dyn(rights.with(|r| r.role.label_key()))()}</dd>
                            <dt>{tr("rights-products")}</dt>
                            <dd>{move || if rights.with(|r| r.role.is_manager()) {
                                tr("rights-all-products")()
                            } else {
                                chosen_products(&rights.get(), &product_names.get_value())
                            }}</dd>
                            <dt>{tr("rights-teams")}</dt>
                            <dd>{move || {
                                let chosen = rights.with(|r| r.teams.clone());
                                let names: Vec<String> = team_names.get_value().into_iter().filter(|t| chosen.contains(&t.id)).map(|t| t.name).collect();
                                if names.is_empty() { "—".to_owned() } else { names.join(", ") }
                            }}</dd>
                        </dl>
                    </div>
                }
                .into_any();
                view! {
                    <Stepper current={ Signal::<InviteStep>::from(step) } />
                    <form class="mn-form mn-form--wide" on:submit=next data-testid="invite-form" novalidate>
                        <ErrorAlert error=form_level(error) />
                        {steps}
                        <div class="mn-form__actions">
                            <Show when=move || !step.get().is_first()>
                                <Button on:click=move |_| step.update(|s| *s = s.previous().unwrap_or(*s))>
                                    {tr("invite-back")}
                                </Button>
                            </Show>
                            <Show when=move || !step.get().is_last() fallback=move || view! { <SubmitButton label="invite-send" pending=send.pending() /> }>
                                <Button kind=ButtonType::Submit variant=ButtonVariant::Primary attr:data-testid="invite-next">{tr("invite-next")}</Button>
                            </Show>
                        </div>
                    </form>
                }.into_any()
            }
        }}
    }
}

/// Names of the products chosen for a limited member.
fn chosen_products(rights: &Rights, products: &[domain::dto::ProductChoice]) -> String {
    let names: Vec<String> = products
        .iter()
        .filter(|p| rights.products.contains(&p.id))
        .map(|p| p.name.clone())
        .collect();
    if names.is_empty() {
        "—".to_owned()
    } else {
        names.join(", ")
    }
}

#[component]
fn EmailField(email: RwSignal<String>, error: Signal<Option<AppError>>) -> impl IntoView {
    let code = move || {
        error.with(|e| {
            e.as_ref()
                .and_then(|e| e.field_code("email"))
                .map(|c| format!("field-error-{c}"))
        })
    };
    view! {
        <div class="mn-field" class:mn-field--invalid=move || code().is_some()>
            <label class="mn-field__label" for="field-email">{tr("field-login-email")}</label>
            <input class="mn-input" id="field-email" name="email" type="email" autocomplete="off" required
                prop:value=move || email.get()
                on:input=move |ev| email.set(event_target_value(&ev))
                aria-invalid=move || code().is_some().to_string()
                aria-describedby="field-email-error" />
            <p class="mn-field__error" id="field-email-error" data-field-error="email">
                {move || code().map(|k| tr_dyn(k)())}
            </p>
        </div>
    }
}
