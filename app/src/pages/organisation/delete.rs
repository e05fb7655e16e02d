//! Deleting the organisation: lists exactly what still blocks it, and lets a legal
//! representative delete it (password and a confirmation naming it) once nothing does.

use super::tabs::OrgTabs;
use crate::api::organisation::{get_deletion_check, DeleteOrg};
use crate::components::amount::Amount;
use crate::components::button::{Button, ButtonVariant};
use crate::components::feedback::{error_view, ErrorAlert, Skeleton};
use crate::components::form::{action_error, form_level, SubmitButton, TextField};
use crate::components::icon::{Icon, IconName};
use crate::i18n::{tr, tr_args};
use crate::layout::{org_resource, use_org_param};
use crate::routes::org_section;
use domain::dto::DeletionCheck;
use domain::OrgId;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn DeletePage() -> impl IntoView {
    let org = use_org_param();
    let check = org_resource(org, get_deletion_check);
    move || {
        org.get().map(|org_id| {
            view! {
                <OrgTabs org=org_id />
                <Suspense fallback=|| view! { <Skeleton rows=4 /> }>
                    {move || Suspend::new(async move {
                        match check.await {
                            Ok(c) => view! { <Blockers org=org_id check=c /> }.into_any(),
                            Err(err) => error_view(err),
                        }
                    })}
                </Suspense>
            }
        })
    }
}

/// One line of the checklist: done (a check) or still blocking (a cross), never colour alone.
#[component]
fn Blocker(
    blocking: bool,
    children: Children,
    #[prop(optional)] link: Option<String>,
    kind: &'static str,
) -> impl IntoView {
    view! {
        <li class="mn-checklist__item" class:mn-checklist__item--blocking=blocking data-blocker=kind data-blocking=blocking.to_string()>
            <Icon name=if blocking { IconName::X } else { IconName::Check } />
            <span>{children()}</span>
            {link.filter(|_| blocking).map(|href| view! { <A href=href attr:class="mn-link">{tr("org-delete-go")}</A> })}
        </li>
    }
}

#[component]
fn Blockers(org: OrgId, check: DeletionCheck) -> impl IntoView {
    let prepaid = check.prepaid_balance.clone();
    let unpaid_total = check.unpaid_total.clone();
    let (products, unpaid) = (check.products, check.unpaid_invoices);
    let blocked = check.blocked();
    view! {
        <section class="mn-card" data-testid="delete-blockers">
            <h2 class="mn-card__title">{tr_args("org-delete-title", vec![("org", check.org_name.clone())])}</h2>
            <p>{tr("org-delete-lead")}</p>
            <ul class="mn-checklist">
                <Blocker kind="products" blocking={ products > 0 } link=org_section(org, "products")>
                    {tr_args("org-delete-products", vec![("count", products.to_string())])}
                </Blocker>
                <Blocker kind="prepaid" blocking={ prepaid.minor != 0 }>
                    {tr("org-delete-prepaid")}" "<Amount money=prepaid />
                </Blocker>
                <Blocker kind="invoices" blocking={ unpaid > 0 } link=org_section(org, "accounting")>
                    {tr_args("org-delete-invoices", vec![("count", unpaid.to_string())])}" ("<Amount money=unpaid_total />")"
                </Blocker>
            </ul>
            {match (check.may_delete, blocked) {
                (false, _) => view! { <p class="mn-alert mn-alert--info" data-testid="delete-not-allowed">{tr("org-delete-only-legal-rep")}</p> }.into_any(),
                (true, true) => view! { <p class="mn-alert mn-alert--warning" data-testid="delete-blocked">{tr("org-delete-blocked")}</p> }.into_any(),
                (true, false) => view! { <DeleteForm org name=check.org_name.clone() /> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn DeleteForm(org: OrgId, name: String) -> impl IntoView {
    let delete = ServerAction::<DeleteOrg>::new();
    let error = action_error(delete);
    let confirming = RwSignal::new(false);
    let form = NodeRef::<leptos::html::Form>::new();
    Effect::new(move |_| {
        if let Some(Ok(())) = delete.value().get() {
            // Full load: the organisation is gone from every list.
            let _ = window().location().assign("/profile/organisations");
        }
    });
    Effect::new(move |_| {
        if delete.value().with(|v| matches!(v, Some(Err(_)))) {
            confirming.set(false);
        }
    });
    let org_name = name.clone();
    view! {
        <ActionForm action=delete node_ref=form attr:class="mn-form mn-form--wide" attr:data-testid="delete-form" attr:novalidate=true>
            <input type="hidden" name="org" value=org.to_string() />
            <ErrorAlert error=form_level(error) />
            <TextField name="password" label="org-delete-password" kind="password" autocomplete="current-password" error required=true />
            <label class="mn-checkbox">
                <input type="checkbox" name="send_invoices" value="on" />
                <span>{tr("org-delete-send-invoices")}</span>
            </label>
            <Button variant=ButtonVariant::Danger attr:data-testid="delete-org" on:click=move |_| confirming.set(true)>
                {tr("org-delete-submit")}
            </Button>
            <Show when=move || confirming.get()>
                <div class="mn-modal-backdrop">
                    <div class="mn-modal" role="alertdialog" aria-modal="true" aria-labelledby="delete-org-title" aria-describedby="delete-org-body">
                        <h2 id="delete-org-title">{tr_args("org-delete-confirm-title", vec![("org", org_name.clone())])}</h2>
                        <p id="delete-org-body">{tr("org-delete-confirm-body")}</p>
                        <div class="mn-modal__actions">
                            <Button on:click=move |_| confirming.set(false)>{tr("action-cancel")}</Button>
                            <SubmitButton label="org-delete-confirm" pending=delete.pending() variant=ButtonVariant::Danger />
                        </div>
                    </div>
                </div>
            </Show>
        </ActionForm>
    }
}
