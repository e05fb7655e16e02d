//! Signed-in devices: revoke one, or every one but this.

use crate::api::account::{list_sessions, revoke_other_sessions, revoke_session};
use crate::components::button::{Button, ButtonVariant};
use crate::components::confirm::ConfirmDialog;
use crate::components::data_table::{cell, row_fn, Column, DataTable};
use crate::components::device::{DeviceText, PlaceText};
use crate::components::feedback::{error_view, EmptyState, ErrorAlert, Skeleton, SuccessNote};
use crate::components::page::PageHeader;
use crate::components::time::DateTime;
use crate::i18n::tr;
use crate::layout::successes;
use domain::dto::SessionInfo;
use domain::AppError;
use leptos::prelude::*;

#[derive(Clone)]
enum Revoke {
    One(String),
    Others,
}

#[component]
pub fn SessionsPage() -> impl IntoView {
    let revoke = Action::new(|r: &Revoke| {
        let r = r.clone();
        async move {
            match r {
                Revoke::One(id) => revoke_session(id).await,
                Revoke::Others => revoke_other_sessions().await.map(|_| ()),
            }
        }
    });
    // Reloads by itself once a revocation has finished.
    let revoked = successes(revoke);
    let sessions = Resource::new(move || revoked.get(), |_| list_sessions());
    let error = Signal::derive(move || revoke.value().get().and_then(Result::err));
    let done = Signal::derive(move || matches!(revoke.value().get(), Some(Ok(()))));
    let confirming = RwSignal::new(false);
    Effect::new(move |_| {
        if let Some(Ok(())) = revoke.value().get() {
            confirming.set(false);
        }
    });
    view! {
        <PageHeader
            title="sessions-title"
            lead="sessions-lead"
            action=Box::new(move || view! {
                <Button attr:data-testid="revoke-others" on:click=move |_| confirming.set(true)>
                    {tr("sessions-revoke-others")}
                </Button>
            }.into_any())
        />
        <ErrorAlert error />
        <SuccessNote show=done message="sessions-revoked" />
        <Transition fallback=|| view! { <Skeleton rows=3 /> }>
            {move || Suspend::new(async move {
                match sessions.await {
                    Ok(list) => view! { <SessionTable list revoke /> }.into_any(),
                    Err(err) => error_view(err),
                }
            })}
        </Transition>
        <Show when=move || confirming.get()>
            <ConfirmDialog
                title=Signal::derive(tr("sessions-revoke-others-title"))
                body="sessions-revoke-others-body"
                label="sessions-revoke-others"
                testid="confirm-revoke-others"
                pending=revoke.pending()
                on_confirm=Callback::new(move |_| { revoke.dispatch(Revoke::Others); })
                on_cancel=Callback::new(move |_| confirming.set(false))
            />
        </Show>
    }
}

#[component]
fn SessionTable(
    list: Vec<SessionInfo>,
    revoke: Action<Revoke, Result<(), AppError>>,
) -> impl IntoView {
    let columns = vec![
        Column::new(
            "sessions-col-device",
            cell(|s: &SessionInfo| {
                view! {
                    <DeviceText device=s.device.clone() />
                    {s.current.then(|| view! { <span class="mn-tag">{tr("sessions-this-one")}</span> })}
                }
                .into_any()
            }),
        ),
        Column::new(
            "sessions-col-place",
            cell(|s: &SessionInfo| view! { <PlaceText place=s.place.clone() /> }.into_any()),
        ),
        Column::new(
            "sessions-col-created",
            cell(|s: &SessionInfo| view! { <DateTime at=s.created_at /> }.into_any()),
        ),
        Column::new(
            "sessions-col-last-used",
            cell(|s: &SessionInfo| view! { <DateTime at=s.last_seen_at /> }.into_any()),
        ),
        Column::actions(
            "users-col-actions",
            cell(move |s: &SessionInfo| {
                let id = s.id.clone();
                (!s.current)
                    .then(|| {
                        view! {
                            <Button variant=ButtonVariant::GhostDanger attr:data-testid="revoke-session"
                                disabled=revoke.pending()
                                on:click=move |_| { revoke.dispatch(Revoke::One(id.clone())); }>
                                {tr("sessions-revoke")}
                            </Button>
                        }
                    })
                    .into_any()
            }),
        ),
    ];
    view! {
        <DataTable
            rows=list
            columns
            testid="sessions"
            row_key=row_fn(|s: &SessionInfo| s.id.clone())
            row_attrs=row_fn(|s: &SessionInfo| vec![
                ("data-session", s.id.clone()),
                ("data-current", s.current.to_string()),
            ])
            empty=ViewFn::from(|| view! {
                <EmptyState title="sessions-empty-title" body="sessions-empty-body" />
            })
        />
    }
}
