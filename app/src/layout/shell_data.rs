//! The signed-in user and their organisations, loaded once per layout.
//!
//! The layout's page is built outside any `<Suspense>` that waits for this data, so the
//! server builds it once per request and its own data loads run once (see "Server
//! rendering" in docs/architecture.md). Whatever shows this data reads it inside a
//! `<Suspense>` of its own: reading the resource there makes that boundary wait for it.

use domain::dto::{Me, OrgSummary, ShellData};
use domain::{AppError, OrgId, Role};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Shell {
    /// The load made when the layout opened.
    pub loaded: Resource<Result<ShellData, AppError>>,
    /// A later load (after renaming, creating or leaving an organisation) replaces it in
    /// place, so nothing is rebuilt and no signal is written while a page renders.
    pub refreshed: RwSignal<Option<ShellData>>,
}

impl Shell {
    /// The newest data, if loaded; tracks both the first load and refreshes.
    pub fn with<R>(&self, f: impl FnOnce(Option<&ShellData>) -> R) -> R {
        let refreshed = self.refreshed.read();
        if let Some(data) = refreshed.as_ref() {
            return f(Some(data));
        }
        drop(refreshed);
        self.loaded
            .with(|loaded| f(loaded.as_ref().and_then(|r| r.as_ref().ok())))
    }

    pub fn me(&self) -> Option<Me> {
        self.with(|d| d.map(|d| d.me.clone()))
    }

    pub fn orgs(&self) -> Vec<OrgSummary> {
        self.with(|d| d.map(|d| d.orgs.clone()).unwrap_or_default())
    }

    /// The user's role in `org`; `None` when they are not a member (or nothing is loaded).
    pub fn role_in(&self, org: OrgId) -> Option<Role> {
        self.with(|d| d.and_then(|d| d.orgs.iter().find(|o| o.id == org).map(|o| o.role)))
    }
}
