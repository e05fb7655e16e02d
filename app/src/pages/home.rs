use crate::api::account::get_shell;
use crate::components::feedback::Skeleton;
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
                    Ok(data) => {
                        let org = data
                            .me
                            .last_org
                            .filter(|id| data.orgs.iter().any(|o| o.id == *id))
                            .or_else(|| data.orgs.first().map(|o| o.id));
                        match org {
                            Some(org) => format!("/o/{org}/dashboard"),
                            None => "/profile/organisations".to_owned(),
                        }
                    }
                    Err(AppError::Unauthenticated) => "/login".to_owned(),
                    Err(_) => "/profile".to_owned(),
                };
                view! { <Redirect path=target /> }
            })}
        </Suspense>
    }
}
