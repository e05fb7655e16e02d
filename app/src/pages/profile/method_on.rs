//! A second-factor method that is set up: what it is, and removing it with the password.

use super::password_prompt::PasswordPrompt;
use crate::api::security::remove_method;
use crate::components::button::{Button, ButtonVariant};
use crate::components::feedback::{Pill, Tone};
use crate::i18n::tr;
use leptos::prelude::*;

#[component]
pub fn MethodOn(
    /// `totp` or `sms`, as `remove_method` takes it.
    method: &'static str,
    /// Fluent key of the card's title.
    title: &'static str,
    /// Fluent key of the remove button.
    label: &'static str,
    /// Shown next to the "set up" mark (the phone number).
    #[prop(optional)]
    detail: Option<String>,
    changed: Callback<()>,
) -> impl IntoView {
    let asking = RwSignal::new(false);
    let remove =
        Action::new(move |password: &String| remove_method(method.into(), password.clone()));
    let error = Signal::derive(move || remove.value().get().and_then(Result::err));
    Effect::new(move |_| {
        if let Some(Ok(_)) = remove.value().get() {
            asking.set(false);
            changed.run(());
        }
    });
    view! {
        <section class="mn-card" data-testid=format!("{method}-on")>
            <h2 class="mn-card__title">{tr(title)}</h2>
            <p>
                <Pill tone=Tone::Success>{tr("security-method-on")}</Pill>
                {detail.map(|d| view! { " " <span data-testid=format!("{method}-detail")>{d}</span> })}
            </p>
            <Show when=move || !asking.get()>
                <Button variant=ButtonVariant::GhostDanger attr:data-testid=format!("remove-{method}") on:click=move |_| asking.set(true)>
                    {tr(label)}
                </Button>
            </Show>
            <Show when=move || asking.get()>
                <PasswordPrompt name=method label pending=remove.pending() error
                    on_submit=Callback::new(move |p| { remove.dispatch(p); })
                    on_cancel=Callback::new(move |_| asking.set(false)) />
            </Show>
        </section>
    }
}
