use crate::i18n::{initial_region, provide_locale};
use crate::pages::{
    accounting::{
        InvoicesPage, OrderDetailPage, OrdersPage, PaymentMethodsPage, PrepaidPage, ToPayPage,
    },
    auth::{LoginPage, SignUpPage},
    choose_login_email::ChooseLoginEmailPage,
    dashboard::DashboardPage,
    forgot_login::ForgotLoginPage,
    home::HomePage,
    invitation::InvitationPage,
    not_found::NotFoundPage,
    org::{OrgLayout, SectionPage},
    organisation::{AddressesPage, DeletePage, DetailsPage, OrgSecurityPage, SuccessionPage},
    password::{ForgotPasswordPage, NotMePage, ResetPasswordPage},
    products::{OrderPage, ProductPage, ProductsPage},
    profile::{
        ActivityPage, MyOrgsPage, NewOrgPage, ProfileDetailsPage, ProfileLayout, SecurityPage,
        SessionsPage,
    },
    users::{InvitationsPage, InvitePage, MemberEditPage, MembersPage, TeamsPage},
};
use leptos::prelude::*;
use leptos::tachys::view::any_view::{AnyView, IntoAny};
use leptos_meta::{provide_meta_context, MetaTags, Title};
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::{path, Lazy, LazyRoute, SsrMode};

#[cfg(feature = "hydrate")]
mod prefetch;

/// Where the page links the client's files (`/assets/<build id>`, given by the server so
/// that they can be cached for good); without it, their plain `/pkg/…` paths.
#[derive(Clone, Debug)]
pub struct AssetRoot(pub String);

/// The HTML document around the app. `<html>` carries the viewer's language, country and
/// time zone, from which the browser starts hydration with exactly the server's locale, and
/// the build's address (`data-asset-root`), below which the client finds the language files.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let region = initial_region();
    let root = use_context::<AssetRoot>()
        .map(|AssetRoot(r)| r)
        .unwrap_or_default();
    let language_file = format!("{root}{}", crate::i18n::language_file_path(region.lang));
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
            data-asset-root=root.clone()
        >
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light dark" />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <link rel="stylesheet" href=stylesheet />
                // The viewer's language, which the client loads before it hydrates.
                <link
                    rel="preload"
                    href=language_file
                    r#as="fetch"
                    crossorigin="anonymous"
                />
                <AutoReload options=options.clone() />
                <HydrationScripts options root=root.clone() />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// The console's pages as lazily loaded routes, one loaded part of the client per section.
/// With a split build (`cargo leptos build --split`) a section's code is a separate file
/// set, fetched the first time one of its pages is shown, so the first page carries only
/// the code it needs. Pages are grouped by section rather than split one by one: a
/// section's pages share most of their code, and every distinct set of sharers becomes a
/// file of its own (24 parts made 60–97 files per page; five make far fewer).
///
/// Each section names its loader and the loader's preload function, which `#[lazy]`
/// derives from the loader's name (`__preload_<loader>`) on the browser side.
macro_rules! lazy_sections {
    ($($section:ident / $loader:ident / $preload:ident {
        $($route:ident => $page:ident),* $(,)?
    })*) => {$(
        #[derive(Clone, Copy)]
        #[allow(clippy::enum_variant_names)]
        enum $section {
            $($route),*
        }

        #[leptos::lazy]
        fn $loader(page: $section) -> AnyView {
            match page {
                $($section::$route => view! { <$page /> }.into_any()),*
            }
        }

        $(
            #[derive(Clone, Copy)]
            struct $route;

            impl LazyRoute for $route {
                fn data() -> Self {
                    #[cfg(feature = "ssr")]
                    crate::client_parts::announce(stringify!($loader));
                    $route
                }

                fn view(_: Self) -> impl std::future::Future<Output = AnyView> {
                    $loader($section::$route)
                }

                async fn preload() {
                    #[cfg(target_arch = "wasm32")]
                    $preload().await;
                }
            }
        )*
    )*};
}

lazy_sections! {
    // The signed-in frames around the sections (the login page needs neither).
    LayoutPages / layouts / __preload_layouts {
        OrgLayoutRoute => OrgLayout,
        ProfileLayoutRoute => ProfileLayout,
    }
    AccessPages / access_pages / __preload_access_pages {
        SignUpRoute => SignUpPage,
        InvitationRoute => InvitationPage,
        ForgotPasswordRoute => ForgotPasswordPage,
        ForgotLoginRoute => ForgotLoginPage,
        ResetPasswordRoute => ResetPasswordPage,
        NotMeRoute => NotMePage,
        ChooseLoginEmailRoute => ChooseLoginEmailPage,
    }
    OverviewPages / overview_pages / __preload_overview_pages {
        DashboardRoute => DashboardPage,
        SectionRoute => SectionPage,
    }
    AccountingPages / accounting_pages / __preload_accounting_pages {
        OrdersRoute => OrdersPage,
        OrderDetailRoute => OrderDetailPage,
        InvoicesRoute => InvoicesPage,
        ToPayRoute => ToPayPage,
        PrepaidRoute => PrepaidPage,
        PaymentMethodsRoute => PaymentMethodsPage,
    }
    ProductsPages / products_pages / __preload_products_pages {
        ProductsRoute => ProductsPage,
        ProductRoute => ProductPage,
        OrderRoute => OrderPage,
    }
    UsersPages / users_pages / __preload_users_pages {
        MembersRoute => MembersPage,
        TeamsRoute => TeamsPage,
        InvitationsRoute => InvitationsPage,
        InviteRoute => InvitePage,
        MemberEditRoute => MemberEditPage,
    }
    OrganisationPages / organisation_pages / __preload_organisation_pages {
        DetailsRoute => DetailsPage,
        AddressesRoute => AddressesPage,
        OrgSecurityRoute => OrgSecurityPage,
        SuccessionRoute => SuccessionPage,
        DeleteRoute => DeletePage,
    }
    ProfilePages / profile_pages / __preload_profile_pages {
        ProfileDetailsRoute => ProfileDetailsPage,
        MyOrgsRoute => MyOrgsPage,
        NewOrgRoute => NewOrgPage,
        SecurityRoute => SecurityPage,
        SessionsRoute => SessionsPage,
        ActivityRoute => ActivityPage,
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
    #[cfg(feature = "hydrate")]
    prefetch::prefetch_sections_on_hover();
    view! {
        <Title text=app_name />
        <Router>
            <Routes fallback=NotFoundPage>
                <Route path=path!("/") view=HomePage ssr=SsrMode::Async />
                <Route path=path!("/login") view=LoginPage />
                <Route path=path!("/signup") view={Lazy::<SignUpRoute>::new()} />
                <Route path=path!("/invitation/:token") view={Lazy::<InvitationRoute>::new()} />
                <Route path=path!("/forgot-password") view={Lazy::<ForgotPasswordRoute>::new()} />
                <Route path=path!("/forgot-login") view={Lazy::<ForgotLoginRoute>::new()} />
                <Route path=path!("/reset-password/:token") view={Lazy::<ResetPasswordRoute>::new()} />
                <Route path=path!("/this-wasnt-me/:token") view={Lazy::<NotMeRoute>::new()} />
                <Route path=path!("/choose-login-email") view={Lazy::<ChooseLoginEmailRoute>::new()} />
                <ParentRoute path=path!("/o/:org") view={Lazy::<OrgLayoutRoute>::new()} ssr=SsrMode::Async>
                    <Route path=path!("") view={Lazy::<DashboardRoute>::new()} />
                    <Route path=path!("dashboard") view={Lazy::<DashboardRoute>::new()} />
                    <Route path=path!("accounting") view={Lazy::<ToPayRoute>::new()} />
                    <Route path=path!("accounting/to-pay") view={Lazy::<ToPayRoute>::new()} />
                    <Route path=path!("accounting/orders") view={Lazy::<OrdersRoute>::new()} />
                    <Route path=path!("accounting/orders/:order") view={Lazy::<OrderDetailRoute>::new()} />
                    <Route path=path!("accounting/invoices") view={Lazy::<InvoicesRoute>::new()} />
                    <Route path=path!("accounting/prepaid") view={Lazy::<PrepaidRoute>::new()} />
                    <Route path=path!("accounting/payment-methods") view={Lazy::<PaymentMethodsRoute>::new()} />
                    <Route path=path!("products") view={Lazy::<ProductsRoute>::new()} />
                    <Route path=path!("products/order") view={Lazy::<OrderRoute>::new()} />
                    <Route path=path!("products/:product") view={Lazy::<ProductRoute>::new()} />
                    <Route path=path!("users") view={Lazy::<MembersRoute>::new()} />
                    <Route path=path!("users/teams") view={Lazy::<TeamsRoute>::new()} />
                    <Route path=path!("users/invitations") view={Lazy::<InvitationsRoute>::new()} />
                    <Route path=path!("users/invite") view={Lazy::<InviteRoute>::new()} />
                    <Route path=path!("users/members/:member") view={Lazy::<MemberEditRoute>::new()} />
                    <Route path=path!("organisation") view={Lazy::<DetailsRoute>::new()} />
                    <Route path=path!("organisation/addresses") view={Lazy::<AddressesRoute>::new()} />
                    <Route path=path!("organisation/security") view={Lazy::<OrgSecurityRoute>::new()} />
                    <Route path=path!("organisation/succession") view={Lazy::<SuccessionRoute>::new()} />
                    <Route path=path!("organisation/delete") view={Lazy::<DeleteRoute>::new()} />
                    <Route path=path!(":section") view={Lazy::<SectionRoute>::new()} />
                </ParentRoute>
                <ParentRoute path=path!("/profile") view={Lazy::<ProfileLayoutRoute>::new()} ssr=SsrMode::Async>
                    <Route path=path!("") view={Lazy::<ProfileDetailsRoute>::new()} />
                    <Route path=path!("organisations") view={Lazy::<MyOrgsRoute>::new()} />
                    <Route path=path!("organisations/new") view={Lazy::<NewOrgRoute>::new()} />
                    <Route path=path!("security") view={Lazy::<SecurityRoute>::new()} />
                    <Route path=path!("sessions") view={Lazy::<SessionsRoute>::new()} />
                    <Route path=path!("activity") view={Lazy::<ActivityRoute>::new()} />
                </ParentRoute>
            </Routes>
        </Router>
    }
}
