//! `/o/{org}/…`: the organisation's pages inside the app shell.

use crate::api::account::get_shell;
use crate::components::feedback::{error_view, Skeleton};
use crate::components::shell::{AppShell, Nav, ShellRefresh};
use crate::i18n::{tr, tr_dyn};
use crate::layout::{use_org_param, ShellOrgs};
use crate::pages::not_found::NotFoundContent;
use crate::routes::SECTIONS;
use domain::dto::{Me, OrgSummary};
use domain::{AppError, OrgId};
use leptos::prelude::*;
use leptos_router::components::{Outlet, Redirect};
use leptos_router::hooks::use_params_map;

/// Loads the shell data once per layout and renders `content` inside the app shell, or
/// sends an anonymous visitor to the login page. The organisation list is a signal owned
/// here, so a refresh (after creating or leaving an organisation) updates it in place
/// without re-rendering the page.
///
/// Nothing is written to a signal while the content renders: a write there would make the
/// server render the page again (with new resources) and the browser's hydration mismatch.
#[component]
pub fn ShellLoader(
    nav: Nav,
    /// The organisation the shell shows as current; without one, the one used last.
    #[prop(optional)]
    current_org: Option<Signal<Option<OrgId>>>,
    content: ChildrenFn,
) -> impl IntoView {
    let shell = Resource::new(|| (), |_| get_shell());
    let orgs = RwSignal::new(Vec::<OrgSummary>::new());
    let me = RwSignal::new(None::<Me>);
    let current_org = current_org.unwrap_or_else(|| {
        Signal::derive(move || me.with(|m| m.as_ref().and_then(|m| m.last_org)))
    });
    provide_context(ShellOrgs(orgs));
    provide_context(ShellRefresh(Callback::new(move |_| {
        leptos::task::spawn_local(async move {
            if let Ok(data) = get_shell().await {
                orgs.set(data.orgs);
                me.set(Some(data.me));
            }
        });
    })));
    let content = StoredValue::new(content);
    view! {
        <Suspense fallback=|| view! { <Skeleton rows=6 /> }>
            {move || Suspend::new(async move {
                let loaded = shell.await;
                // Only the shell resource may re-run this: the page below must be built once.
                untrack(move || match loaded {
                    Ok(data) => {
                        // Filled once; later changes come from ShellRefresh.
                        if me.with_untracked(Option::is_none) {
                            orgs.set(data.orgs.clone());
                            me.set(Some(data.me.clone()));
                        }
                        provide_context(data.clone());
                        let fallback = data.me.clone();
                        let me = Signal::derive(move || me.get().unwrap_or_else(|| fallback.clone()));
                        view! {
                            <AppShell me orgs=orgs.into() current_org nav>
                                {content.with_value(|c| c())}
                            </AppShell>
                        }
                            .into_any()
                    }
                    Err(AppError::Unauthenticated) => view! { <Redirect path="/login" /> }.into_any(),
                    Err(err) => error_view(err),
                })
            })}
        </Suspense>
    }
}

#[component]
pub fn OrgLayout() -> impl IntoView {
    let org = use_org_param();
    view! {
        <ShellLoader
            nav=Nav::Org
            current_org=Signal::from(org)
            content=std::sync::Arc::new(move || {
                let orgs = use_context::<ShellOrgs>();
                let is_member = move || {
                    org.get().is_some_and(|id| orgs.is_some_and(|ShellOrgs(list)| list.with(|l| l.iter().any(|o| o.id == id))))
                };
                view! {
                    <Show when=is_member fallback=|| view! { <NotFoundContent /> }>
                        <Outlet />
                    </Show>
                }
                .into_any()
            })
        />
    }
}

/// Sections whose capabilities are not built yet say so honestly, with no invented data.
#[component]
pub fn SectionPage() -> impl IntoView {
    let params = use_params_map();
    let section = Memo::new(move |_| params.with(|p| p.get("section").unwrap_or_default()));
    move || {
        let s = section.get();
        if SECTIONS.contains(&s.as_str()) && s != "dashboard" {
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
