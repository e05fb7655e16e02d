//! How a device and a place are shown (sessions, activity, sign-in approval prompts).

use crate::i18n::{tr, tr_dyn};
use domain::device::Device;
use leptos::prelude::*;

#[component]
pub fn DeviceText(device: Device) -> impl IntoView {
    match (device.browser, device.os) {
        (Some(b), Some(o)) => format!("{b} · {o}").into_any(),
        (Some(x), None) | (None, Some(x)) => x.into_any(),
        (None, None) => view! { <span>{tr("device-unknown")}</span> }.into_any(),
    }
}

#[component]
pub fn PlaceText(place: String) -> impl IntoView {
    view! { <span data-place=place.clone()>{tr_dyn(format!("place-{place}"))}</span> }
}
