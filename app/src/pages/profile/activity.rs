//! Recent activity: the account's security events in the viewer's time zone, each with the
//! code its security mail carries.

use super::mail_choices::MailChoicesCard;
use crate::api::account::list_activity;
use crate::components::device::{DeviceText, PlaceText};
use crate::components::feedback::{error_view, EmptyState, Skeleton};
use crate::components::page::PageHeader;
use crate::components::time::DateTime;
use crate::i18n::{tr, tr_dyn};
use leptos::prelude::*;

#[component]
pub fn ActivityPage() -> impl IntoView {
    let events = Resource::new(|| (), |_| list_activity());
    view! {
        <PageHeader title="activity-title" lead="activity-lead" />
        <Suspense fallback=|| view! { <Skeleton rows=5 /> }>
            {move || Suspend::new(async move {
                match events.await {
                    Ok(list) if list.is_empty() => view! { <EmptyState title="activity-empty-title" body="activity-empty-body" /> }.into_any(),
                    Ok(list) => view! {
                        <div class="mn-table-wrap">
                            <table class="mn-table" data-testid="activity">
                                <thead>
                                    <tr>
                                        <th scope="col">{tr("activity-col-event")}</th>
                                        <th scope="col">{tr("activity-col-when")}</th>
                                        <th scope="col">{tr("sessions-col-device")}</th>
                                        <th scope="col">{tr("sessions-col-place")}</th>
                                        <th scope="col">{tr("activity-col-code")}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {list.into_iter().map(|e| view! {
                                        <tr data-kind=e.kind.clone() data-code=e.code.clone()>
                                            <td data-label=tr("activity-col-event")>{tr_dyn(format!("activity-{}", e.kind))}</td>
                                            <td data-label=tr("activity-col-when")><DateTime at=e.at /></td>
                                            <td data-label=tr("sessions-col-device")><DeviceText device=e.device.clone() /></td>
                                            <td data-label=tr("sessions-col-place")><PlaceText place=e.place.clone() /></td>
                                            <td data-label=tr("activity-col-code")><code>{e.code.clone()}</code></td>
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                    }.into_any(),
                    Err(err) => error_view(err),
                }
            })}
        </Suspense>
        <MailChoicesCard />
    }
}
