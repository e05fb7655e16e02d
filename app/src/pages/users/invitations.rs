//! Sent invitations with their state; resend (new link, seven more days) or revoke.

use super::tabs::UsersTabs;
use crate::api::invitations::{list_invitations, resend_invitation, revoke_invitation};
use crate::components::button::{Button, ButtonLink, ButtonVariant};
use crate::components::confirm::ConfirmDialog;
use crate::components::data_table::{cell, row_fn, Column, DataTable};
use crate::components::feedback::{error_view, EmptyState, InvitationStatusPill, Skeleton};
use crate::components::page::PageHeader;
use crate::components::time::{Date, DateTime};
use crate::components::toast::use_toast;
use crate::i18n::{tr, tr_args, tr_dyn};
use crate::layout::{org_resource_after, successes, use_org_param};
use crate::routes::org_section;
use domain::dto::{InvitationRow, InvitationStatus};
use domain::{AppError, InvitationId};
use leptos::prelude::*;

#[derive(Clone, Copy, PartialEq)]
enum Op {
    Resend,
    Revoke,
}

#[component]
pub fn InvitationsPage() -> impl IntoView {
    let org = use_org_param();
    let op = Action::new(move |(kind, id): &(Op, InvitationId)| {
        let (kind, id) = (*kind, *id);
        async move {
            let org = org.get_untracked().ok_or(AppError::NotFound)?;
            match kind {
                Op::Resend => resend_invitation(org, id).await,
                Op::Revoke => revoke_invitation(org, id).await,
            }
            .map(|_| kind)
        }
    });
    // Reloads by itself once a resend or revoke has finished.
    let done = successes(op);
    let rows = org_resource_after(org, move || done.get(), list_invitations);
    let confirming = RwSignal::new(None::<(InvitationId, String)>);
    let toast = use_toast();
    Effect::new(move |_| match op.value().get() {
        Some(Ok(Op::Resend)) => {
            confirming.set(None);
            toast.success("invitations-resent");
        }
        Some(Ok(Op::Revoke)) => {
            confirming.set(None);
            toast.success("invitations-revoked");
        }
        Some(Err(err)) => toast.error(&err),
        None => {}
    });
    move || {
        org.get().map(|org_id| view! {
            <PageHeader
                title="users-title"
                lead="users-lead"
                action=Box::new(move || view! {
                    <ButtonLink href=format!("{}/invite", org_section(org_id, "users")) variant=ButtonVariant::Primary>{tr("users-invite")}</ButtonLink>
                }.into_any())
            />
            <UsersTabs org=org_id />
            <Transition fallback=|| view! { <Skeleton rows=4 /> }>
                {move || Suspend::new(async move {
                    match rows.await {
                        Ok(list) => view! { <InvitationTable list op confirming /> }.into_any(),
                        Err(err) => error_view(err),
                    }
                })}
            </Transition>
            <RevokeDialog confirming op />
        })
    }
}

#[component]
fn InvitationTable(
    list: Vec<InvitationRow>,
    op: Action<(Op, InvitationId), Result<Op, AppError>>,
    confirming: RwSignal<Option<(InvitationId, String)>>,
) -> impl IntoView {
    let columns = vec![
        Column::new(
            "invitations-col-email",
            cell(|r: &InvitationRow| {
                view! {
                    <strong>{r.email.clone()}</strong>
                    {r.invited_by.clone().map(|by| view! { <br /><span class="mn-table__note">{tr_args("invitations-invited-by", vec![("name", by)])}</span> })}
                }
                .into_any()
            }),
        ),
        Column::new(
            "users-col-role",
            cell(|r: &InvitationRow| tr_dyn(r.role.label_key()).into_any()),
        ),
        Column::new(
            "invitations-col-sent",
            cell(|r: &InvitationRow| view! { <DateTime at=r.created_at /> }.into_any()),
        ),
        Column::new(
            "invitations-col-expires",
            cell(|r: &InvitationRow| view! { <Date at=r.expires_at /> }.into_any()),
        ),
        Column::new(
            "invitations-col-status",
            cell(|r: &InvitationRow| view! { <InvitationStatusPill status=r.status /> }.into_any()),
        ),
        Column::actions(
            "users-col-actions",
            cell(move |r: &InvitationRow| {
                let (id, email) = (r.id, r.email.clone());
                let open = matches!(
                    r.status,
                    InvitationStatus::Pending
                        | InvitationStatus::Expired
                        | InvitationStatus::Revoked
                );
                let pending = r.status == InvitationStatus::Pending;
                view! {
                    {open.then(|| view! {
                        <Button attr:data-testid="resend"
                            disabled=op.pending()
                            on:click=move |_| { op.dispatch((Op::Resend, id)); }>
                            {tr("invitations-resend")}
                        </Button>
                    })}
                    {pending.then(|| view! {
                        <Button variant=ButtonVariant::GhostDanger attr:data-testid="revoke"
                            on:click=move |_| confirming.set(Some((id, email.clone())))>
                            {tr("invitations-revoke")}
                        </Button>
                    })}
                }
                .into_any()
            }),
        ),
    ];
    view! {
        <DataTable
            rows=list
            columns
            testid="invitations"
            row_key=row_fn(|r: &InvitationRow| r.id)
            row_attrs=row_fn(|r: &InvitationRow| vec![
                ("data-invitation", r.email.clone()),
                ("data-status", r.status.code().to_owned()),
            ])
            empty=ViewFn::from(|| view! { <EmptyState title="invitations-empty-title" body="invitations-empty-body" /> })
        />
    }
}

#[component]
fn RevokeDialog(
    confirming: RwSignal<Option<(InvitationId, String)>>,
    op: Action<(Op, InvitationId), Result<Op, AppError>>,
) -> impl IntoView {
    move || {
        confirming.get().map(|(id, email)| {
            view! {
                <ConfirmDialog
                    title=Signal::derive(tr_args("invitations-revoke-confirm-title", vec![("email", email)]))
                    body="invitations-revoke-confirm-body"
                    label="invitations-revoke"
                    testid="confirm-revoke"
                    pending=op.pending()
                    on_confirm=Callback::new(move |_| { op.dispatch((Op::Revoke, id)); })
                    on_cancel=Callback::new(move |_| confirming.set(None))
                />
            }
        })
    }
}
