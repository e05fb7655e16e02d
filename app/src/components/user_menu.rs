//! Top-right avatar menu: manage my profile, manage my organisation, log out.

use crate::api::auth::LogOut;
use crate::components::icon::{Icon, IconName};
use crate::components::menu::{menu_closer, Dropdown, MenuAlign};
use crate::i18n::tr;
use domain::dto::Me;
use domain::OrgId;
use leptos::prelude::*;
use leptos_router::components::A;

/// A colour derived from the name, so a person keeps the same avatar colour everywhere.
pub fn avatar_hue(name: &str) -> u32 {
    name.bytes()
        .fold(7u32, |h, b| h.wrapping_mul(31).wrapping_add(u32::from(b)))
        % 360
}

#[component]
pub fn UserMenu(me: Signal<Me>, current_org: Signal<Option<OrgId>>) -> impl IntoView {
    let log_out = ServerAction::<LogOut>::new();
    Effect::new(move |_| {
        if let Some(Ok(())) = log_out.value().get() {
            // A full load drops every piece of the previous user's state.
            let _ = window().location().assign("/login");
        }
    });
    let initials = move || me.with(Me::initials);
    let hue = move || format!("--avatar-hue: {}", me.with(|m| avatar_hue(&m.name)));
    let name = move || me.with(|m| m.name.clone());
    let email = move || me.with(|m| m.email.clone());
    view! {
        <Dropdown
            id="user-menu"
            label=Signal::derive(move || tr("shell-account-menu")())
            align=MenuAlign::End
            trigger=ViewFn::from(move || {
                view! {
                    <span class="mn-avatar" style=hue data-testid="avatar">
                        {initials}
                    </span>
                }
            })
        >
            {
                let close = menu_closer();
                view! {
                    <div class="mn-menu-header">
                        <strong data-testid="menu-name">{name}</strong>
                        <small>{email}</small>
                    </div>
                    <ul class="mn-menu-list" role="list">
                        <li>
                            <A href="/profile" attr:class="mn-menu-item" on:click=move |_| close()>
                                <Icon name=IconName::User />
                                {tr("shell-manage-profile")}
                            </A>
                        </li>
                        <li>
                            <A
                                href=move || match current_org.get() {
                                    Some(org) => format!("/o/{org}/organisation"),
                                    None => "/profile/organisations".to_owned(),
                                }
                                attr:class="mn-menu-item"
                                on:click=move |_| close()
                            >
                                <Icon name=IconName::Building2 />
                                {tr("shell-manage-org")}
                            </A>
                        </li>
                        <li>
                            <button
                                type="button"
                                class="mn-menu-item"
                                data-testid="log-out"
                                disabled=move || log_out.pending().get()
                                on:click=move |_| {
                                    log_out.dispatch(LogOut {});
                                }
                            >
                                <Icon name=IconName::LogOut />
                                {tr("shell-log-out")}
                            </button>
                        </li>
                    </ul>
                }
            }
        </Dropdown>
    }
}
