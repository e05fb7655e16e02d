use crate::api::account::get_shell;
use crate::components::feedback::Skeleton;
use crate::routes::landing_path;
use domain::dto::landing_org;
use domain::AppError;
use leptos::prelude::*;
use leptos_router::components::Redirect;

/// `/`: opens the organisation used last (the server usually redirects before this renders;
/// this covers client-side navigation to `/`).
#[component]
pub fn HomePage() -> impl IntoView {
    let shell = Resource::new(|| (), |_| get_shell());
    view! {
        <Suspense fallback=|| view! { <Skeleton /> }>
            {move || Suspend::new(async move {
                let target = match shell.await {
                    Ok(data) => landing_path(landing_org(data.me.last_org, &data.orgs)),
                    Err(AppError::Unauthenticated) => "/login".to_owned(),
                    Err(_) => "/profile".to_owned(),
                };
                view! { <Redirect path=target /> }
            })}
        </Suspense>
    }
}
