//! `/invitation/{token}`: what an invitation offers and the one next step — accept (signed in
//! with the invited address), log in, or create an account that joins straight away.

use crate::api::auth::LogOut;
use crate::api::invitations::{accept_invitation, get_invitation};
use crate::components::button::{Button, ButtonLink, ButtonVariant};
use crate::components::feedback::{error_view, ErrorAlert, Skeleton};
use crate::i18n::{tr, tr_args, tr_dyn};
use crate::pages::auth::PublicLayout;
use crate::routes::org_section;
use domain::dto::InvitationPreview;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn InvitationPage() -> impl IntoView {
    let params = use_params_map();
    let token = Memo::new(move |_| params.with(|p| p.get("token").unwrap_or_default()));
    let preview = Resource::new(move || token.get(), get_invitation);
    view! {
        <PublicLayout title="invitation-title">
            <Suspense fallback=|| view! { <Skeleton rows=3 /> }>
                {move || Suspend::new(async move {
                    match preview.await {
                        Ok(p) => view! { <Offer preview=p token=token.get_untracked() /> }.into_any(),
                        Err(err) => error_view(err),
                    }
                })}
            </Suspense>
        </PublicLayout>
    }
}

#[component]
fn Offer(preview: InvitationPreview, token: String) -> impl IntoView {
    let accept_token = token.clone();
    let accept = Action::new(move |_: &()| {
        let token = accept_token.clone();
        async move { accept_invitation(token).await }
    });
    let error = Signal::derive(move || accept.value().get().and_then(Result::err));
    Effect::new(move |_| {
        if let Some(Ok(joined)) = accept.value().get() {
            // A full load: the new organisation's shell starts fresh, switcher included.
            let _ = window()
                .location()
                .assign(&org_section(joined.org, "dashboard"));
        }
    });
    let log_out = ServerAction::<LogOut>::new();
    Effect::new(move |_| {
        if let Some(Ok(())) = log_out.value().get() {
            let _ = window().location().reload();
        }
    });
    let inviter = preview.invited_by.clone().unwrap_or_default();
    let org_args = vec![("inviter", inviter), ("org", preview.org_name.clone())];
    let headline = tr_args("invitation-offer", org_args);
    let next = format!("/invitation/{token}");
    let step = match &preview.signed_in_as {
        Some(email) if email.eq_ignore_ascii_case(&preview.email) => view! {
            <ErrorAlert error />
            <Button variant=ButtonVariant::Primary attr:data-testid="accept-invitation"
                pending=accept.pending()
                on:click=move |_| { accept.dispatch(()); }>
                {tr("invitation-accept")}
            </Button>
        }
        .into_any(),
        Some(email) => view! {
            <p class="mn-alert mn-alert--warning" data-testid="invitation-other-account">
                {tr_args("invitation-other-account", vec![("current", email.clone()), ("invited", preview.email.clone())])}
            </p>
            <Button pending=log_out.pending() on:click=move |_| { log_out.dispatch(LogOut {}); }>
                {tr("invitation-switch-account")}
            </Button>
        }
        .into_any(),
        None if preview.account_exists => view! {
            <ButtonLink variant=ButtonVariant::Primary attr:data-testid="invitation-log-in"
                href=format!("/login?next={}", urlencoding(&next))>
                {tr("invitation-log-in")}
            </ButtonLink>
        }
        .into_any(),
        None => view! {
            <ButtonLink variant=ButtonVariant::Primary attr:data-testid="invitation-sign-up"
                href=format!("/signup?invitation={token}")>
                {tr("invitation-sign-up")}
            </ButtonLink>
        }
        .into_any(),
    };
    view! {
        <div data-testid="invitation-offer">
            <p class="mn-public__lead">{headline}</p>
            <dl class="mn-summary">
                <dt>{tr("field-login-email")}</dt>
                <dd>{preview.email.clone()}</dd>
                <dt>{tr("rights-role")}</dt>
                <dd>{tr_dyn(preview.role.label_key())}</dd>
            </dl>
            {step}
        </div>
    }
}

fn urlencoding(path: &str) -> String {
    path.replace('%', "%25")
        .replace('?', "%3F")
        .replace('&', "%26")
        .replace('#', "%23")
}
