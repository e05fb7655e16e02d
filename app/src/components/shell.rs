//! The app shell: top bar (organisation switcher left, account menu right), left sidebar
//! (a drawer on phones) and the main content area.

use crate::components::icon::{Icon, IconName, IconSize};
use crate::components::language_switch::LanguageSwitch;
use crate::components::org_switcher::OrgSwitcher;
use crate::components::user_menu::UserMenu;
use crate::i18n::{tr, tr_dyn};
use crate::layout::Shell;
use crate::routes::{org_section, SECTIONS};
use domain::{AppError, OrgId};
use leptos::prelude::*;
use leptos_router::components::{Redirect, A};

/// Which navigation the sidebar shows.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Nav {
    Org,
    Profile,
}

/// Lets pages ask the shell to reload the user's data (after renaming, creating or
/// leaving an organisation).
#[derive(Clone, Copy)]
pub struct ShellRefresh(pub Callback<()>);

pub fn section_icon(section: &str) -> IconName {
    match section {
        "dashboard" => IconName::LayoutDashboard,
        "products" => IconName::Package,
        "users" => IconName::Users,
        "accounting" => IconName::Receipt,
        "support" => IconName::LifeBuoy,
        "organisation" => IconName::Building2,
        _ => IconName::Circle,
    }
}

#[component]
pub fn AppShell(current_org: Signal<Option<OrgId>>, nav: Nav, children: Children) -> impl IntoView {
    let drawer_open = RwSignal::new(false);
    let shell = expect_context::<Shell>();
    let orgs = Signal::derive(move || shell.orgs());
    let toaster = crate::components::toast::provide_toaster();
    let close_drawer = move |_| drawer_open.set(false);
    view! {
        <div class="mn-app" class:mn-app--drawer-open=move || drawer_open.get()>
            <a class="mn-skip-link" href="#main">{tr("shell-skip-to-content")}</a>
            <header class="mn-topbar">
                <button
                    type="button"
                    class="mn-topbar__menu-button"
                    aria-controls="sidebar"
                    aria-expanded=move || drawer_open.get().to_string()
                    data-testid="nav-toggle"
                    on:click=move |_| drawer_open.update(|o| *o = !*o)
                >
                    <Icon name=IconName::Menu size=IconSize::Medium label="shell-open-navigation" />
                </button>
                <WhenShellLoaded>
                    <OrgSwitcher orgs current=current_org />
                </WhenShellLoaded>
                <div class="mn-topbar__spacer"></div>
                {(nav == Nav::Org).then(|| view! {
                    <crate::components::accounting_counts::AccountingCountsLinks current_org />
                })}
                <LanguageSwitch />
                <WhenShellLoaded redirect_signed_out=true>
                    {untrack(move || shell.me()).map(|first| {
                        let me = Signal::derive(move || shell.me().unwrap_or_else(|| first.clone()));
                        view! { <UserMenu me current_org /> }
                    })}
                </WhenShellLoaded>
            </header>
            <div class="mn-drawer-backdrop" on:click=close_drawer></div>
            <nav class="mn-sidebar" id="sidebar" aria-label=tr("shell-main-navigation")>
                {match nav {
                    // The sections offered depend on the member's role, known once loaded.
                    Nav::Org => view! {
                        <WhenShellLoaded>
                            <OrgNav current_org on_navigate=Callback::new(move |_| drawer_open.set(false)) />
                        </WhenShellLoaded>
                    }
                        .into_any(),
                    Nav::Profile => view! { <ProfileNav on_navigate=Callback::new(move |_| drawer_open.set(false)) /> }.into_any(),
                }}
            </nav>
            <main class="mn-main" id="main" tabindex="-1">
                <div class="mn-main__inner">{children()}</div>
            </main>
            {view! { <crate::components::toast::ToastRegion toaster /> }.into_any()}
            // Type-erased: the shell's view type is deep enough already.
            {view! { <crate::components::push_prompt::PushPrompt /> }.into_any()}
        </div>
    }
}

/// Shows `children` once the shell's data is loaded, each in its own boundary so the page
/// beside them never waits inside it. A session that ended meanwhile goes to the login page.
#[component]
fn WhenShellLoaded(
    children: ChildrenFn,
    #[prop(optional)] redirect_signed_out: bool,
) -> impl IntoView {
    let shell = expect_context::<Shell>();
    let children = StoredValue::new(children);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match shell.loaded.await {
                    Ok(_) => children.with_value(|c| c()).into_any(),
                    Err(AppError::Unauthenticated) if redirect_signed_out => view! { <Redirect path="/login" /> }.into_any(),
                    // The page beside shows the error its own load met.
                    Err(_) => ().into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn OrgNav(current_org: Signal<Option<OrgId>>, on_navigate: Callback<()>) -> impl IntoView {
    view! {
        <ul class="mn-nav" role="list">
            {SECTIONS
                .iter()
                .map(|section| {
                    let section = *section;
                    let href = move || current_org.get().map(|o| org_section(o, section)).unwrap_or_default();
                    // Sections the member's role does not open are not offered.
                    let shell = expect_context::<Shell>();
                    let shown = move || {
                        let role = current_org.get().and_then(|id| shell.role_in(id));
                        crate::routes::section_permission(section)
                            .is_none_or(|p| role.is_some_and(|r| r.grants(p)))
                    };
                    view! {
                        <li hidden=move || !shown()>
                            <A href=href attr:class="mn-nav__link" attr:data-section=section on:click=move |_| on_navigate.run(())>
                                <Icon name=section_icon(section) size=IconSize::Medium />
                                <span>{tr_dyn(format!("nav-{section}"))}</span>
                            </A>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

#[component]
fn ProfileNav(on_navigate: Callback<()>) -> impl IntoView {
    view! {
        <p class="mn-nav__heading">{tr("profile-nav-heading")}</p>
        <ul class="mn-nav" role="list">
            <li>
                <A href="/profile" attr:class="mn-nav__link" exact=true on:click=move |_| on_navigate.run(())>
                    <Icon name=IconName::User size=IconSize::Medium />
                    <span>{tr("profile-nav-details")}</span>
                </A>
            </li>
            <li>
                <A href="/profile/organisations" attr:class="mn-nav__link" on:click=move |_| on_navigate.run(())>
                    <Icon name=IconName::Building2 size=IconSize::Medium />
                    <span>{tr("profile-nav-organisations")}</span>
                </A>
            </li>
            <li>
                <A href="/profile/security" attr:class="mn-nav__link" on:click=move |_| on_navigate.run(())>
                    <Icon name=IconName::ShieldCheck size=IconSize::Medium />
                    <span>{tr("profile-nav-security")}</span>
                </A>
            </li>
            <li>
                <A href="/profile/sessions" attr:class="mn-nav__link" on:click=move |_| on_navigate.run(())>
                    <Icon name=IconName::MonitorSmartphone size=IconSize::Medium />
                    <span>{tr("profile-nav-sessions")}</span>
                </A>
            </li>
            <li>
                <A href="/profile/activity" attr:class="mn-nav__link" on:click=move |_| on_navigate.run(())>
                    <Icon name=IconName::History size=IconSize::Medium />
                    <span>{tr("profile-nav-activity")}</span>
                </A>
            </li>
        </ul>
    }
}
