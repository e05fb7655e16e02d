//! What a member without a second factor sees in an organisation that requires one: how to
//! set it up, and for external members the choice to leave instead.

use crate::api::orgs::LeaveOrg;
use crate::components::button::{Button, ButtonLink, ButtonVariant};
use crate::components::shell::ShellRefresh;
use crate::i18n::tr;
use crate::layout::{use_org_param, Shell};
use domain::Role;
use leptos::prelude::*;

#[component]
pub fn TwoFactorRequired() -> impl IntoView {
    let org = use_org_param();
    let shell = use_context::<Shell>();
    let external = move || {
        org.get()
            .zip(shell)
            .is_some_and(|(id, shell)| shell.role_in(id) == Some(Role::External))
    };
    let leave = ServerAction::<LeaveOrg>::new();
    let refresh = use_context::<ShellRefresh>();
    Effect::new(move |_| {
        if let Some(Ok(())) = leave.value().get() {
            if let Some(ShellRefresh(cb)) = refresh {
                cb.run(());
            }
            let _ = window().location().assign("/profile/organisations");
        }
    });
    view! {
        <section class="mn-card" role="alert" data-testid="two-factor-required">
            <h2 class="mn-card__title">{tr("two-factor-required-title")}</h2>
            <p>{tr("two-factor-required-body")}</p>
            <div class="mn-form__actions">
                <ButtonLink href="/profile/security" variant=ButtonVariant::Primary attr:data-testid="set-up-2fa">
                    {tr("two-factor-required-set-up")}
                </ButtonLink>
                <Show when=external>
                    <Button attr:data-testid="leave-instead" pending=leave.pending()
                        on:click=move |_| {
                            if let Some(org) = org.get_untracked() {
                                leave.dispatch(LeaveOrg { org });
                            }
                        }>
                        {tr("two-factor-required-leave")}
                    </Button>
                </Show>
            </div>
        </section>
    }
}
