//! `/o/{org}/…`: the organisation's pages inside the app shell.

use crate::api::account::get_shell;
use crate::components::feedback::Skeleton;
use crate::components::not_found::NotFoundContent;
use crate::components::shell::{AppShell, Nav, ShellRefresh};
use crate::i18n::{tr, tr_dyn};
use crate::layout::{use_org_param, Shell};
use crate::routes::SECTIONS;
use domain::OrgId;
use leptos::prelude::*;
use leptos_router::components::Outlet;
use leptos_router::hooks::use_params_map;

/// Loads the shell data once per layout and renders `children` (the layout's page) inside
/// the app shell. The page is built once, beside the shell's data load rather than inside
/// a boundary waiting for it, so the server builds it once per request. A refresh (after
/// creating or leaving an organisation) replaces the data in place.
#[component]
pub fn ShellLoader(
    nav: Nav,
    /// The organisation the shell shows as current; without one, the one used last.
    #[prop(optional)]
    current_org: Option<Signal<Option<OrgId>>>,
    children: Children,
) -> impl IntoView {
    let shell = Shell {
        loaded: Resource::new(|| (), |_| get_shell()),
        refreshed: RwSignal::new(None),
    };
    provide_context(shell);
    provide_context(ShellRefresh(Callback::new(move |_| {
        leptos::task::spawn_local(async move {
            if let Ok(data) = get_shell().await {
                shell.refreshed.set(Some(data));
            }
        });
    })));
    let current_org =
        current_org.unwrap_or_else(|| Signal::derive(move || shell.me().and_then(|m| m.last_org)));
    view! {
        <AppShell current_org nav>
            {children()}
        </AppShell>
    }
}

/// An organisation's pages. Each page's own load answers `not-found` for an organisation
/// the user does not belong to, and the page then shows the not-found content (with a 404).
#[component]
pub fn OrgLayout() -> impl IntoView {
    let org = use_org_param();
    view! {
        <ShellLoader nav=Nav::Org current_org=Signal::from(org)>
            <Outlet />
        </ShellLoader>
    }
}

/// Sections whose capabilities are not built yet say so honestly, with no invented data.
#[component]
pub fn SectionPage() -> impl IntoView {
    let params = use_params_map();
    let section = Memo::new(move |_| params.with(|p| p.get("section").unwrap_or_default()));
    let org = use_org_param();
    let shell = expect_context::<Shell>();
    view! {
        <Suspense fallback=|| view! { <Skeleton rows=3 /> }>
            {move || Suspend::new(async move {
                let _ = shell.loaded.await;
                view! { <SectionContent section org /> }
            })}
        </Suspense>
    }
}

#[component]
fn SectionContent(section: Memo<String>, org: Memo<Option<OrgId>>) -> impl IntoView {
    let shell = expect_context::<Shell>();
    // No load of its own asks the server about the organisation: the user's list tells.
    let is_member = move || org.get().is_some_and(|id| shell.role_in(id).is_some());
    move || {
        let s = section.get();
        if is_member() && SECTIONS.contains(&s.as_str()) && s != "dashboard" {
            view! {
                <section class="mn-coming-soon" data-testid="coming-soon" data-section=s.clone()>
                    <header class="mn-page-header">
                        <div>
                            <h1 class="mn-page-header__title">{tr_dyn(format!("nav-{s}"))}</h1>
                            <p class="mn-page-header__lead">{tr_dyn(format!("section-lead-{s}"))}</p>
                        </div>
                    </header>
                    <div class="mn-empty">
                        <p class="mn-empty__title">{tr("coming-soon-title")}</p>
                        <p class="mn-empty__body">{tr("coming-soon-body")}</p>
                    </div>
                </section>
            }
            .into_any()
        } else {
            view! { <NotFoundContent /> }.into_any()
        }
    }
}
