//! Sent invitations with their state; resend (new link, seven more days) or revoke.

use super::tabs::UsersTabs;
use crate::api::invitations::{list_invitations, resend_invitation, revoke_invitation};
use crate::components::button::{Button, ButtonLink, ButtonVariant};
use crate::components::confirm::ConfirmDialog;
use crate::components::feedback::{error_view, EmptyState, InvitationStatusPill, Skeleton};
use crate::components::page::PageHeader;
use crate::components::time::{Date, DateTime};
use crate::components::toast::use_toast;
use crate::i18n::{tr, tr_args, tr_dyn};
use crate::layout::{org_resource_after, use_org_param};
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
    let rows = org_resource_after(org, move || op.version().get(), list_invitations);
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
                        Ok(list) if list.is_empty() => view! { <EmptyState title="invitations-empty-title" body="invitations-empty-body" /> }.into_any(),
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
    view! {
        <div class="mn-table-wrap">
            <table class="mn-table" data-testid="invitations">
                <thead>
                    <tr>
                        <th scope="col">{tr("invitations-col-email")}</th>
                        <th scope="col">{tr("users-col-role")}</th>
                        <th scope="col">{tr("invitations-col-sent")}</th>
                        <th scope="col">{tr("invitations-col-expires")}</th>
                        <th scope="col">{tr("invitations-col-status")}</th>
                        <th scope="col"><span class="mn-visually-hidden">{tr("users-col-actions")}</span></th>
                    </tr>
                </thead>
                <tbody>
                    {list.into_iter().map(|row| {
                        let id = row.id;
                        let email = row.email.clone();
                        let open = matches!(row.status, InvitationStatus::Pending | InvitationStatus::Expired | InvitationStatus::Revoked);
                        let pending = row.status == InvitationStatus::Pending;
                        view! {
                            <tr data-invitation=row.email.clone() data-status=row.status.code()>
                                <td data-label=tr("invitations-col-email")>
                                    <strong>{row.email.clone()}</strong>
                                    {row.invited_by.clone().map(|by| view! { <br /><span class="mn-table__note">{tr_args("invitations-invited-by", vec![("name", by)])}</span> })}
                                </td>
                                <td data-label=tr("users-col-role")>{tr_dyn(row.role.label_key())}</td>
                                <td data-label=tr("invitations-col-sent")><DateTime at=row.created_at /></td>
                                <td data-label=tr("invitations-col-expires")><Date at=row.expires_at /></td>
                                <td data-label=tr("invitations-col-status")><InvitationStatusPill status=row.status /></td>
                                <td class="mn-table__actions">
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
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
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
