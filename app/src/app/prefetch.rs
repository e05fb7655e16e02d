//! Fetches the section a link leads to while the pointer rests on the link or the link has
//! the keyboard's focus, so that a click finds the section's code already loaded.

use super::{
    DashboardRoute, DetailsRoute, MembersRoute, OrgLayoutRoute, ProductsRoute, ProfileDetailsRoute,
    ProfileLayoutRoute, SignUpRoute, ToPayRoute,
};
use leptos::prelude::document;
use leptos_router::LazyRoute;
use std::future::Future;
use std::pin::Pin;
use wasm_bindgen::{closure::Closure, JsCast};

type Preload = Pin<Box<dyn Future<Output = ()>>>;

fn boxed(preload: impl Future<Output = ()> + 'static) -> Preload {
    Box::pin(preload)
}

/// The sections (and their frame) the console's own link `href` opens; none for other links.
/// Loading a section twice costs nothing: a loaded part is kept.
fn preloads_for(href: &str) -> Vec<Preload> {
    if !href.starts_with('/') || href.starts_with("//") {
        return vec![];
    }
    let path = href.split(['?', '#']).next().unwrap_or_default();
    let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    match segments.as_slice() {
        ["o", _, "users", ..] => vec![
            boxed(OrgLayoutRoute::preload()),
            boxed(MembersRoute::preload()),
        ],
        ["o", _, "products", ..] => vec![
            boxed(OrgLayoutRoute::preload()),
            boxed(ProductsRoute::preload()),
        ],
        ["o", _, "accounting", ..] => vec![
            boxed(OrgLayoutRoute::preload()),
            boxed(ToPayRoute::preload()),
        ],
        ["o", _, "organisation", ..] => vec![
            boxed(OrgLayoutRoute::preload()),
            boxed(DetailsRoute::preload()),
        ],
        ["o", _, ..] => vec![
            boxed(OrgLayoutRoute::preload()),
            boxed(DashboardRoute::preload()),
        ],
        ["profile", ..] => vec![
            boxed(ProfileLayoutRoute::preload()),
            boxed(ProfileDetailsRoute::preload()),
        ],
        ["signup" | "invitation" | "forgot-password" | "forgot-login" | "reset-password"
        | "this-wasnt-me", ..] => vec![boxed(SignUpRoute::preload())],
        _ => vec![],
    }
}

/// Listens on the whole document (links come and go with the pages), for the tab's life.
pub fn prefetch_sections_on_hover() {
    let on_hint = Closure::<dyn Fn(web_sys::Event)>::new(|event: web_sys::Event| {
        let href = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|element| element.closest("a[href]").ok().flatten())
            .and_then(|link| link.get_attribute("href"));
        for preload in preloads_for(&href.unwrap_or_default()) {
            leptos::task::spawn_local(preload);
        }
    });
    let document = document();
    for kind in ["pointerover", "focusin"] {
        let _ = document.add_event_listener_with_callback(kind, on_hint.as_ref().unchecked_ref());
    }
    on_hint.forget();
}
