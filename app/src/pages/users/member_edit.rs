//! One member: role, rights, product access, teams and the organisation mails they receive.
//! Members without the management right can open their own page for their mail choices.

use super::bulk_remove::RemoveDialog;
use super::rights_fields::{AccessChoicesFields, RoleChoice};
use crate::api::members::{get_access_choices, get_member, remove_members, update_member};
use crate::components::button::{Button, ButtonVariant};
use crate::components::feedback::{error_view, ErrorAlert, Skeleton, SuccessNote};
use crate::components::form::{set_included, SubmitButton};
use crate::components::icon::{Icon, IconName};
use crate::i18n::{tr, tr_dyn};
use crate::layout::use_org_param;
use crate::routes::org_section;
use domain::dto::{AccessChoices, MemberDetail, Rights};
use domain::membership::ContactPref;
use domain::{Access, AppError, OrgId, Role, UserId};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};

#[component]
pub fn MemberEditPage() -> impl IntoView {
    let org = use_org_param();
    let params = use_params_map();
    let member =
        Memo::new(move |_| params.with(|p| p.get("member").and_then(|m| m.parse::<UserId>().ok())));
    let data = Resource::new(
        move || (org.get(), member.get()),
        |(org, member)| async move {
            let (Some(org), Some(member)) = (org, member) else {
                return Err(AppError::NotFound);
            };
            // Both calls start together: see "Server rendering" in docs/architecture.md.
            let (detail, choices) =
                futures::future::join(get_member(org, member), get_access_choices(org)).await;
            // Without the management right only one's own mail choices are editable.
            Ok((org, detail?, choices.ok()))
        },
    );
    view! {
        <Suspense fallback=|| view! { <Skeleton rows=8 /> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok((org, detail, choices)) => view! { <MemberForm org detail choices /> }.into_any(),
                    Err(err) => error_view(err),
                }
            })}
        </Suspense>
    }
}

#[component]
fn MemberForm(org: OrgId, detail: MemberDetail, choices: Option<AccessChoices>) -> impl IntoView {
    let member = detail.user_id;
    let rights = RwSignal::new(detail.rights.clone());
    let prefs = RwSignal::new(detail.contact_prefs.clone());
    let save = Action::new(move |(rights, prefs): &(Rights, Vec<ContactPref>)| {
        let (rights, prefs) = (rights.clone(), prefs.clone());
        async move { update_member(org, member, rights, prefs).await }
    });
    let error = Signal::derive(move || save.value().get().and_then(Result::err));
    let saved = Signal::derive(move || matches!(save.value().get(), Some(Ok(()))));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        save.dispatch((rights.get_untracked(), prefs.get_untracked()));
    };
    let back = org_section(org, "users");
    let removing = RwSignal::new(false);
    let selected = RwSignal::new(vec![(member, detail.name.clone())]);
    let remove = Action::new(move |ids: &Vec<UserId>| {
        let ids = ids.clone();
        async move { remove_members(org, ids).await }
    });
    // The member is gone: back to the list.
    let navigate = use_navigate();
    let back_after_remove = back.clone();
    Effect::new(move |_| {
        if let Some(Ok(())) = remove.value().get() {
            navigate(&back_after_remove, Default::default());
        }
    });
    let role_locked = detail.assignable_roles.is_empty();
    let last_legal_rep = detail.rights.role == Role::LegalRepresentative
        && detail.assignable_roles == vec![Role::LegalRepresentative];
    let can_remove = choices.is_some() && !detail.is_self;
    view! {
        <header class="mn-page-header">
            <div>
                <p><A href=back.clone() attr:class="mn-back"><Icon name=IconName::ArrowLeft />{tr("users-back")}</A></p>
                <h1 class="mn-page-header__title" data-testid="member-name">{detail.name.clone()}</h1>
                <p class="mn-page-header__lead">{detail.email.clone()}</p>
            </div>
        </header>
        <form class="mn-form mn-form--wide" on:submit=submit data-testid="member-form" novalidate>
            <ErrorAlert error />
            {match choices {
                Some(choices) => view! {
                    {if role_locked {
                        view! {
                            <p class="mn-field__label">{tr("rights-role")}</p>
                            <p>{tr_dyn(detail.rights.role.label_key())}</p>
                            <p class="mn-field__hint">{tr("rights-role-locked")}</p>
                        }.into_any()
                    } else {
                        view! { <RoleChoice rights roles=detail.assignable_roles.clone() /> }.into_any()
                    }}
                    {last_legal_rep.then(|| view! { <p class="mn-field__hint" data-testid="last-legal-rep">{tr("rights-last-legal-rep")}</p> })}
                    <AccessChoicesFields rights products=choices.products teams=choices.teams />
                }.into_any(),
                None => view! {
                    <p class="mn-field__label">{tr("rights-role")}</p>
                    <p>{tr_dyn(detail.rights.role.label_key())}</p>
                }.into_any(),
            }}
            <fieldset class="mn-fieldset" data-testid="contact-prefs">
                <legend class="mn-field__label">{tr("rights-contact-prefs")}</legend>
                <p class="mn-field__hint">{tr("rights-contact-prefs-hint")}</p>
                {ContactPref::ALL
                    .into_iter()
                    .map(|pref| {
                        // Billing mails go only to members who may see invoices: the choice
                        // follows the rights being edited.
                        let allowed = move || rights.with(|r| pref.allowed_for(Access {
                            role: r.role,
                            billing_right: r.billing_right,
                            technical_right: r.technical_right,
                        }));
                        view! {
                            <label class="mn-checkbox">
                                <input type="checkbox" value=pref.code()
                                    prop:checked=move || allowed() && prefs.with(|p| p.contains(&pref))
                                    prop:disabled=move || !allowed()
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        prefs.update(|p| set_included(p, pref, on));
                                    } />
                                <span>{tr_dyn(format!("contact-pref-{}", pref.code()))}</span>
                            </label>
                            <Show when=move || !allowed()>
                                <p class="mn-field__hint" data-testid="contact-pref-needs-billing">{tr("contact-pref-needs-billing")}</p>
                            </Show>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <SuccessNote show=saved message="rights-saved" />
            <SubmitButton label="rights-save" pending=save.pending() />
        </form>
        {can_remove.then(|| view! {
            <section class="mn-danger-zone">
                <h2>{tr("users-remove-title")}</h2>
                <p>{tr("users-remove-lead")}</p>
                <Button variant=ButtonVariant::Danger attr:data-testid="remove-member" on:click=move |_| removing.set(true)>
                    {tr("users-remove-one")}
                </Button>
            </section>
            <RemoveDialog selected open=removing remove />
        })}
    }
}
