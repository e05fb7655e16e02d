//! "My organisations": every membership, open one, leave one (not as the last legal
//! representative), with a confirmation naming the organisation.

use crate::api::orgs::{list_my_orgs, LeaveOrg};
use crate::components::button::{Button, ButtonLink, ButtonVariant};
use crate::components::feedback::{error_view, ErrorAlert, Skeleton};
use crate::components::icon::IconName;
use crate::components::page::PageHeader;
use crate::components::shell::ShellRefresh;
use crate::components::time::Date;
use crate::i18n::{tr, tr_args, tr_dyn};
use domain::dto::MyOrgRow;
use domain::OrgId;
use leptos::prelude::*;

#[component]
pub fn MyOrgsPage() -> impl IntoView {
    let leave = ServerAction::<LeaveOrg>::new();
    // Reloads by itself once leaving has finished.
    let rows = Resource::new(move || leave.version().get(), |_| list_my_orgs());
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
    view! {
        <div class="mn-table-wrap">
            <table class="mn-table" data-testid="my-orgs">
                <thead>
                    <tr>
                        <th scope="col">{tr("my-orgs-col-name")}</th>
                        <th scope="col">{tr("my-orgs-col-role")}</th>
                        <th scope="col">{tr("my-orgs-col-joined")}</th>
                        <th scope="col"><span class="mn-visually-hidden">{tr("my-orgs-col-actions")}</span></th>
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|row| {
                            let id = row.org.id;
                            let name = row.org.name.clone();
                            view! {
                                <tr data-org-id=id.to_string()>
                                    <td data-label=tr("my-orgs-col-name")><strong>{row.org.name.clone()}</strong></td>
                                    <td data-label=tr("my-orgs-col-role")>{tr_dyn(row.org.role.label_key())}</td>
                                    <td data-label=tr("my-orgs-col-joined")><Date at=row.joined_at /></td>
                                    <td class="mn-table__actions">
                                        <ButtonLink href=format!("/o/{id}/dashboard")>{tr("my-orgs-open")}</ButtonLink>
                                        {if row.can_leave {
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
                                            view! { <span class="mn-table__note">{tr("my-orgs-last-legal-rep")}</span> }.into_any()
                                        }}
                                    </td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
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
