//! Top-left organisation switcher: lists the user's organisations with their role and
//! switches by client-side navigation (no document reload), keeping the current section.

use crate::components::icon::{Icon, IconName};
use crate::components::menu::{menu_closer, Dropdown};
use crate::i18n::{tr, tr_dyn};
use crate::routes::switch_org_path;
use domain::dto::{initials, OrgSummary};
use domain::OrgId;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

/// Above this many organisations the menu offers a search field.
const SEARCH_FROM: usize = 8;

#[component]
pub fn OrgSwitcher(orgs: Signal<Vec<OrgSummary>>, current: Signal<Option<OrgId>>) -> impl IntoView {
    let current_org = move || {
        current
            .get()
            .and_then(|id| orgs.with(|list| list.iter().find(|o| o.id == id).cloned()))
    };
    let label = Signal::derive(move || tr("shell-switch-org")());
    view! {
        <Dropdown
            id="org-switcher"
            label
            trigger=ViewFn::from(move || {
                view! {
                    <span class="mn-org-switcher__current" data-testid="current-org">
                        {move || match current_org() {
                            // A logo replaces the name (which stays as its text alternative).
                            Some(org) => match org.logo_url() {
                                Some(url) => view! {
                                    <img class="mn-org-logo" src=url alt=org.name.clone() data-testid="org-logo" />
                                }
                                    .into_any(),
                                None => view! {
                                    <span class="mn-org-badge" aria-hidden="true">{initials(&org.name)}</span>
                                    <span class="mn-org-switcher__name">{org.name}</span>
                                }
                                    .into_any(),
                            },
                            None => view! { <span class="mn-org-switcher__name">{tr("shell-choose-org")}</span> }.into_any(),
                        }}
                        <span class="mn-chevron"><Icon name=IconName::ChevronDown /></span>
                    </span>
                }
            })
        >
            <OrgMenu orgs current />
        </Dropdown>
    }
}

#[component]
fn OrgMenu(orgs: Signal<Vec<OrgSummary>>, current: Signal<Option<OrgId>>) -> impl IntoView {
    let location = use_location();
    let close = menu_closer();
    let query = RwSignal::new(String::new());
    let searchable = move || orgs.with(Vec::len) >= SEARCH_FROM;
    let visible = move || {
        let q = query.get().to_lowercase();
        orgs.get()
            .into_iter()
            .filter(|o| q.is_empty() || o.name.to_lowercase().contains(&q))
            .collect::<Vec<_>>()
    };
    view! {
        <Show when=searchable>
            <input
                class="mn-input mn-org-switcher__search"
                type="search"
                aria-label=tr("shell-search-orgs")
                placeholder=tr("shell-search-orgs")
                on:input=move |ev| query.set(event_target_value(&ev))
            />
        </Show>
        <ul class="mn-menu-list" role="list" data-testid="org-list">
            // Keyed by everything shown, so a new role or name re-renders its row.
            <For each=visible key=|o| (o.id, o.role, o.name.clone()) let:org>
                {
                    let id = org.id;
                    let href = move || switch_org_path(&location.pathname.get(), id);
                    let is_current = move || current.get() == Some(id);
                    view! {
                        <li>
                            <A
                                href=href
                                attr:class="mn-menu-item"
                                attr:data-org-id=id.to_string()
                                attr:aria-current=move || is_current().then_some("true")
                                on:click=move |_| close()
                            >
                                <span class="mn-org-badge" aria-hidden="true">{initials(&org.name)}</span>
                                <span class="mn-menu-item__text">
                                    <span class="mn-menu-item__title">{org.name.clone()}</span>
                                    <span class="mn-menu-item__meta">{tr_dyn(org.role.label_key())}</span>
                                </span>
                                <Show when=is_current>
                                    <span class="mn-menu-item__check"><Icon name=IconName::Check /></span>
                                </Show>
                            </A>
                        </li>
                    }
                }
            </For>
        </ul>
        <div class="mn-menu-footer">
            <A href="/profile/organisations/new" attr:class="mn-menu-item" on:click=move |_| close()>
                <Icon name=IconName::Plus />
                {tr("shell-create-org")}
            </A>
        </div>
    }
}
