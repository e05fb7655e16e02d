//! The organisation in the URL and the data pages load for it.

use domain::{AppError, OrgId};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The organisation id in the URL, if it is one.
pub fn use_org_param() -> Memo<Option<OrgId>> {
    let params = use_params_map();
    let org =
        Memo::new(move |_| params.with(|p| p.get("org").and_then(|s| s.parse::<OrgId>().ok())));
    // Computed now, by the code building the page. The shell's parts read it first inside
    // boundaries the server may resolve on several threads at once, and a memo computed by
    // two threads together can be read while its value is taken out (a panic, and a page
    // that never answers).
    org.with_untracked(|_| ());
    org
}

/// A page's data for the organisation in the URL, reloaded when the organisation changes;
/// `not-found` when the URL names none.
pub fn org_resource<T, F, Fut>(org: Memo<Option<OrgId>>, load: F) -> Resource<Result<T, AppError>>
where
    T: Clone + Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static,
    F: Fn(OrgId) -> Fut + Copy + Send + Sync + 'static,
    Fut: std::future::Future<Output = Result<T, AppError>> + Send + 'static,
{
    Resource::new(
        move || org.get(),
        move |org| async move {
            match org {
                Some(org) => load(org).await,
                None => Err(AppError::NotFound),
            }
        },
    )
}

/// Like [`org_resource`], and reloaded each time `version` changes: pass the
/// [`successes`](super::successes) of the actions that change the data, so it refetches by
/// itself once one of them succeeded (instead of an `Effect` calling `refetch`). They start
/// at 0 on the server and in the browser, so every server build and the hydrating browser
/// load the same data.
pub fn org_resource_after<T, F, Fut>(
    org: Memo<Option<OrgId>>,
    version: impl Fn() -> usize + Send + Sync + 'static,
    load: F,
) -> Resource<Result<T, AppError>>
where
    T: Clone + Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static,
    F: Fn(OrgId) -> Fut + Copy + Send + Sync + 'static,
    Fut: std::future::Future<Output = Result<T, AppError>> + Send + 'static,
{
    Resource::new(
        move || (org.get(), version()),
        move |(org, _)| async move {
            match org {
                Some(org) => load(org).await,
                None => Err(AppError::NotFound),
            }
        },
    )
}
