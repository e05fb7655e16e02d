//! "My organisations": every membership, open one, leave one (not as the last legal
//! representative), with a confirmation naming the organisation.

use crate::api::orgs::{list_my_orgs, LeaveOrg};
use crate::components::button::{Button, ButtonLink, ButtonVariant};
use crate::components::data_table::{cell, row_fn, Column, DataTable};
use crate::components::feedback::{error_view, EmptyState, ErrorAlert, Skeleton};
use crate::components::icon::IconName;
use crate::components::page::PageHeader;
use crate::components::shell::ShellRefresh;
use crate::components::time::Date;
use crate::i18n::{tr, tr_args, tr_dyn};
use crate::layout::server_successes;
use domain::dto::MyOrgRow;
use domain::OrgId;
use leptos::prelude::*;

#[component]
pub fn MyOrgsPage() -> impl IntoView {
    let leave = ServerAction::<LeaveOrg>::new();
    // Reloads by itself once leaving has finished.
    let left = server_successes(leave);
    let rows = Resource::new(move || left.get(), |_| list_my_orgs());
    let confirming = RwSignal::new(None::<(OrgId, String)>);
    let refresh = use_context::<ShellRefresh>();
    Effect::new(move |_| {
        if let Some(Ok(())) = leave.value().get() {
            confirming.set(None);
            if let Some(ShellRefresh(cb)) = refresh {
                cb.run(());
            }
        }
    });
    let leave_error = Signal::derive(move || leave.value().get().and_then(Result::err));
    view! {
        <PageHeader
            title="my-orgs-title"
            lead="my-orgs-lead"
            action=Box::new(|| {
                view! {
                    <ButtonLink href="/profile/organisations/new" variant=ButtonVariant::Primary icon=IconName::Plus>
                        {tr("shell-create-org")}
                    </ButtonLink>
                }
                .into_any()
            })
        />
        <ErrorAlert error=leave_error />
        <Suspense fallback=|| view! { <Skeleton /> }>
            {move || Suspend::new(async move {
                match rows.await {
                    Ok(list) => view! { <OrgList rows=list confirming /> }.into_any(),
                    Err(err) => error_view(err),
                }
            })}
        </Suspense>
        <LeaveDialog confirming leave />
    }
}

#[component]
fn OrgList(rows: Vec<MyOrgRow>, confirming: RwSignal<Option<(OrgId, String)>>) -> impl IntoView {
    let columns = vec![
        Column::new(
            "my-orgs-col-name",
            cell(|r: &MyOrgRow| view! { <strong>{r.org.name.clone()}</strong> }.into_any()),
        ),
        Column::new(
            "my-orgs-col-role",
            cell(|r: &MyOrgRow| tr_dyn(r.org.role.label_key()).into_any()),
        ),
        Column::new(
            "my-orgs-col-joined",
            cell(|r: &MyOrgRow| view! { <Date at=r.joined_at /> }.into_any()),
        ),
        Column::actions(
            "my-orgs-col-actions",
            cell(move |r: &MyOrgRow| {
                let (id, name) = (r.org.id, r.org.name.clone());
                let leave = if r.can_leave {
                    view! {
                        <Button
                            variant=ButtonVariant::GhostDanger
                            attr:data-testid="leave-org"
                            on:click=move |_| confirming.set(Some((id, name.clone())))
                        >
                            {tr("my-orgs-leave")}
                        </Button>
                    }
                    .into_any()
                } else {
                    view! { <span class="mn-table__note">{tr("my-orgs-last-legal-rep")}</span> }
                        .into_any()
                };
                view! {
                    <ButtonLink href=format!("/o/{id}/dashboard")>{tr("my-orgs-open")}</ButtonLink>
                    {leave}
                }
                .into_any()
            }),
        ),
    ];
    view! {
        <DataTable
            rows
            columns
            testid="my-orgs"
            row_key=row_fn(|r: &MyOrgRow| r.org.id)
            row_attrs=row_fn(|r: &MyOrgRow| vec![("data-org-id", r.org.id.to_string())])
            empty=ViewFn::from(|| view! { <EmptyState title="my-orgs-empty-title" body="my-orgs-empty-body" /> })
        />
    }
}

#[component]
fn LeaveDialog(
    confirming: RwSignal<Option<(OrgId, String)>>,
    leave: ServerAction<LeaveOrg>,
) -> impl IntoView {
    move || {
        confirming.get().map(|(org, name)| {
            view! {
                <div class="mn-modal-backdrop">
                    <div class="mn-modal" role="alertdialog" aria-modal="true" aria-labelledby="leave-title" aria-describedby="leave-body">
                        <h2 id="leave-title">{tr_args("my-orgs-leave-confirm-title", vec![("org", name.clone())])}</h2>
                        <p id="leave-body">{tr("my-orgs-leave-confirm-body")}</p>
                        <div class="mn-modal__actions">
                            <Button on:click=move |_| confirming.set(None)>
                                {tr("action-cancel")}
                            </Button>
                            <Button
                                variant=ButtonVariant::Danger
                                attr:data-testid="confirm-leave"
                                pending=leave.pending()
                                on:click=move |_| {
                                    leave.dispatch(LeaveOrg { org });
                                }
                            >
                                {tr("my-orgs-leave-confirm")}
                            </Button>
                        </div>
                    </div>
                </div>
            }
        })
    }
}
