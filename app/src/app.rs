use crate::i18n::{initial_region, provide_locale};
use crate::pages::{
    auth::{LoginPage, SignUpPage},
    dashboard::DashboardPage,
    home::HomePage,
    invitation::InvitationPage,
    not_found::NotFoundPage,
    org::{OrgLayout, SectionPage},
    organisation::{AddressesPage, DeletePage, DetailsPage, OrgSecurityPage, SuccessionPage},
    password::{ForgotPasswordPage, NotMePage, ResetPasswordPage},
    profile::{
        ActivityPage, MyOrgsPage, NewOrgPage, ProfileDetailsPage, ProfileLayout, SecurityPage,
        SessionsPage,
    },
    users::{InvitationsPage, InvitePage, MemberEditPage, MembersPage, TeamsPage},
};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags, Title};
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::{path, SsrMode};

/// Where the page links the client's files (`/assets/<build id>`, given by the server so
/// that they can be cached for good); without it, their plain `/pkg/…` paths.
#[derive(Clone, Debug)]
pub struct AssetRoot(pub String);

/// The HTML document around the app. `<html>` carries the viewer's language, country and
/// time zone, from which the browser starts hydration with exactly the server's locale.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let region = initial_region();
    let root = use_context::<AssetRoot>()
        .map(|AssetRoot(r)| r)
        .unwrap_or_default();
    let stylesheet = format!(
        "{root}/{}/{}.css",
        options.site_pkg_dir, options.output_name
    );
    view! {
        <!DOCTYPE html>
        <html
            lang=region.lang.code()
            data-country=region.country.clone()
            data-time-zone=region.time_zone.clone()
        >
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light dark" />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <link rel="stylesheet" href=stylesheet />
                <AutoReload options=options.clone() />
                <HydrationScripts options root />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let region = initial_region();
    // A plain string, not a reactive one: the head is written after the body has streamed,
    // when a signal read there could find its owner already gone (seen under load). The
    // name is the same in every language.
    let app_name = crate::i18n::translate(region.lang, "app-name", None);
    provide_locale(region);
    view! {
        <Title text=app_name />
        <Router>
            <Routes fallback=NotFoundPage>
                <Route path=path!("/") view=HomePage ssr=SsrMode::Async />
                <Route path=path!("/login") view=LoginPage />
                <Route path=path!("/signup") view=SignUpPage />
                <Route path=path!("/invitation/:token") view=InvitationPage />
                <Route path=path!("/forgot-password") view=ForgotPasswordPage />
                <Route path=path!("/forgot-login") view=crate::pages::forgot_login::ForgotLoginPage />
                <Route path=path!("/reset-password/:token") view=ResetPasswordPage />
                <Route path=path!("/this-wasnt-me/:token") view=NotMePage />
                <ParentRoute path=path!("/o/:org") view=OrgLayout ssr=SsrMode::Async>
                    <Route path=path!("") view=DashboardPage />
                    <Route path=path!("dashboard") view=DashboardPage />
                    <Route path=path!("users") view=MembersPage />
                    <Route path=path!("users/teams") view=TeamsPage />
                    <Route path=path!("users/invitations") view=InvitationsPage />
                    <Route path=path!("users/invite") view=InvitePage />
                    <Route path=path!("users/members/:member") view=MemberEditPage />
                    <Route path=path!("organisation") view=DetailsPage />
                    <Route path=path!("organisation/addresses") view=AddressesPage />
                    <Route path=path!("organisation/security") view=OrgSecurityPage />
                    <Route path=path!("organisation/succession") view=SuccessionPage />
                    <Route path=path!("organisation/delete") view=DeletePage />
                    <Route path=path!(":section") view=SectionPage />
                </ParentRoute>
                <ParentRoute path=path!("/profile") view=ProfileLayout ssr=SsrMode::Async>
                    <Route path=path!("") view=ProfileDetailsPage />
                    <Route path=path!("organisations") view=MyOrgsPage />
                    <Route path=path!("organisations/new") view=NewOrgPage />
                    <Route path=path!("security") view=SecurityPage />
                    <Route path=path!("sessions") view=SessionsPage />
                    <Route path=path!("activity") view=ActivityPage />
                </ParentRoute>
            </Routes>
        </Router>
    }
}
