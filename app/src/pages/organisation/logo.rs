//! Logo upload: checked for size in the browser at once, then decoded, checked and
//! re-encoded by the server. The new logo replaces the name in the organisation switcher.

use crate::api::organisation::{remove_logo, upload_logo};
use crate::components::button::{Button, ButtonVariant};
use crate::components::feedback::ErrorAlert;
use crate::i18n::{tr, tr_dyn};
use domain::dto::{OrgDetails, LOGO_MAX_BYTES};
use domain::{AppError, OrgId};
use leptos::prelude::*;

#[derive(Clone)]
pub enum LogoChange {
    // Built from the chosen file, in the browser only.
    #[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
    Upload(String),
    Remove,
}

/// The page's action that uploads or removes the logo of the organisation in the URL; the
/// page reloads its details and the shell (the switcher shows the logo) from it.
pub fn logo_action(org: Memo<Option<OrgId>>) -> Action<LogoChange, Result<(), AppError>> {
    Action::new(move |c: &LogoChange| {
        let c = c.clone();
        async move {
            let org = org.get_untracked().ok_or(AppError::NotFound)?;
            match c {
                LogoChange::Upload(data) => upload_logo(org, data).await.map(|_| ()),
                LogoChange::Remove => remove_logo(org).await,
            }
        }
    })
}

#[component]
pub fn LogoCard(
    details: OrgDetails,
    change: Action<LogoChange, Result<(), AppError>>,
) -> impl IntoView {
    let org = details.id;
    // A file refused in the browser (too large) never reaches the server.
    let local_error = RwSignal::new(None::<AppError>);
    let error = Signal::derive(move || {
        local_error
            .get()
            .or_else(|| change.value().get().and_then(Result::err))
    });
    let field_key = move || {
        error.with(|e| {
            e.as_ref()
                .and_then(|e| e.field_code("logo"))
                .map(|c| format!("field-error-{c}"))
        })
    };
    let on_file = move |ev: leptos::ev::Event| {
        local_error.set(None);
        #[cfg(feature = "hydrate")]
        {
            use wasm_bindgen::JsCast;
            let Some(input) = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                return;
            };
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            if file.size() > LOGO_MAX_BYTES as f64 {
                local_error.set(Some(AppError::field("logo", "logo-too-large")));
                input.set_value("");
                return;
            }
            leptos::task::spawn_local(async move {
                use base64::Engine;
                let Ok(buffer) = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await
                else {
                    local_error.set(Some(AppError::field("logo", "logo-type")));
                    return;
                };
                let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
                change.dispatch(LogoChange::Upload(
                    base64::engine::general_purpose::STANDARD.encode(bytes),
                ));
            });
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (ev, LOGO_MAX_BYTES);
    };
    let current = details
        .logo_version
        .map(|v| format!("/media/logo/{org}?v={v}"));
    let has_logo = current.is_some();
    view! {
        <section class="mn-card" data-testid="logo-card">
            <h2 class="mn-card__title">{tr("org-logo-title")}</h2>
            <p class="mn-field__hint">{tr("org-logo-hint")}</p>
            {current.map(|src| view! { <img class="mn-org-logo mn-org-logo--preview" src=src alt=tr("org-logo-current") /> })}
            <ErrorAlert error=Signal::derive(move || error.get().filter(|e| e.field_code("logo").is_none())) />
            {details.can_update.then(|| view! {
                <div class="mn-field" class:mn-field--invalid=move || field_key().is_some()>
                    <label class="mn-field__label" for="field-logo">{tr("org-logo-choose")}</label>
                    <input id="field-logo" name="logo" type="file" accept="image/png,image/jpeg" class="mn-input"
                        on:change=on_file
                        disabled=move || change.pending().get()
                        aria-describedby="field-logo-error" />
                    <p class="mn-field__error" id="field-logo-error" data-field-error="logo">{move || field_key().map(|k| tr_dyn(k)())}</p>
                </div>
                {has_logo.then(|| view! {
                    <Button variant=ButtonVariant::GhostDanger attr:data-testid="remove-logo"
                        disabled=change.pending()
                        on:click=move |_| { change.dispatch(LogoChange::Remove); }>
                        {tr("org-logo-remove")}
                    </Button>
                })}
            })}
        </section>
    }
}
