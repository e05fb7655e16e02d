//! Recent activity: the account's security events in the viewer's time zone, each with the
//! code its security mail carries.

use super::mail_choices::MailChoicesCard;
use crate::api::account::list_activity;
use crate::components::data_table::{cell, row_fn, Column, DataTable};
use crate::components::device::{DeviceText, PlaceText};
use crate::components::feedback::{error_view, EmptyState, Skeleton};
use crate::components::page::PageHeader;
use crate::components::time::DateTime;
use crate::i18n::tr_dyn;
use domain::dto::SecurityEvent;
use leptos::prelude::*;

#[component]
pub fn ActivityPage() -> impl IntoView {
    let events = Resource::new(|| (), |_| list_activity());
    view! {
        <PageHeader title="activity-title" lead="activity-lead" />
        <Suspense fallback=|| view! { <Skeleton rows=5 /> }>
            {move || Suspend::new(async move {
                match events.await {
                    Ok(list) => view! { <ActivityTable list /> }.into_any(),
                    Err(err) => error_view(err),
                }
            })}
        </Suspense>
        <MailChoicesCard />
    }
}

#[component]
fn ActivityTable(list: Vec<SecurityEvent>) -> impl IntoView {
    let columns = vec![
        Column::new(
            "activity-col-event",
            cell(|e: &SecurityEvent| tr_dyn(format!("activity-{}", e.kind)).into_any()),
        ),
        Column::new(
            "activity-col-when",
            cell(|e: &SecurityEvent| view! { <DateTime at=e.at /> }.into_any()),
        ),
        Column::new(
            "sessions-col-device",
            cell(|e: &SecurityEvent| view! { <DeviceText device=e.device.clone() /> }.into_any()),
        ),
        Column::new(
            "sessions-col-place",
            cell(|e: &SecurityEvent| view! { <PlaceText place=e.place.clone() /> }.into_any()),
        ),
        Column::new(
            "activity-col-code",
            cell(|e: &SecurityEvent| view! { <code>{e.code.clone()}</code> }.into_any()),
        ),
    ];
    view! {
        <DataTable
            rows=list
            columns
            testid="activity"
            row_key=row_fn(|e: &SecurityEvent| e.code.clone())
            row_attrs=row_fn(|e: &SecurityEvent| vec![("data-kind", e.kind.clone()), ("data-code", e.code.clone())])
            empty=ViewFn::from(|| view! { <EmptyState title="activity-empty-title" body="activity-empty-body" /> })
        />
    }
}
