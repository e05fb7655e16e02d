//! The Security page's card of security keys and passkeys: list, add (the browser asks the
//! authenticator), rename inline, remove after re-entering the password. Shown whether
//! two-factor sign-in is on or off: the first key turns it on.

use crate::api::security::{
    begin_security_key, finish_security_key, list_security_keys, remove_security_key,
    rename_security_key,
};
use crate::components::button::{Button, ButtonSize, ButtonType, ButtonVariant};
use crate::components::feedback::{ErrorAlert, Skeleton, SuccessNote};
use crate::components::form::{field_error, form_level};
use crate::components::time::DateTime;
use crate::i18n::{tr, tr_args, tr_dyn};
use crate::layout::successes;
use domain::dto::SecurityKeyRow;
use domain::AppError;
use leptos::prelude::*;

#[component]
pub fn SecurityKeys(
    /// Backup codes to show once (the first key turns two-factor sign-in on).
    fresh_codes: RwSignal<Option<Vec<String>>>,
    /// Two-factor sign-in may have changed: the page reloads its overview.
    changed: Callback<()>,
) -> impl IntoView {
    let name = RwSignal::new(String::new());
    // The ceremony runs in the browser between two server calls.
    let add = Action::new(|name: &String| {
        let name = name.clone();
        async move {
            let options = begin_security_key().await?;
            let credential = crate::webauthn::create_credential(options).await?;
            finish_security_key(name, credential).await
        }
    });
    let rename = Action::new(|(id, name): &(String, String)| {
        let (id, name) = (id.clone(), name.clone());
        async move { rename_security_key(id, name).await }
    });
    let remove = Action::new(|(id, password): &(String, String)| {
        let (id, password) = (id.clone(), password.clone());
        async move { remove_security_key(id, password).await.map(|_| ()) }
    });
    // The list reloads by itself once a key was added, renamed or removed.
    let changes = [successes(add), successes(rename), successes(remove)];
    let keys = Resource::new(
        move || changes.iter().map(|c| c.get()).sum::<usize>(),
        |_| list_security_keys(),
    );
    let add_error = Signal::derive(move || add.value().get().and_then(Result::err));
    let added = RwSignal::new(false);
    let removed = RwSignal::new(false);
    // Two-factor sign-in may have changed with the first key added or the last one removed.
    Effect::new(move |_| {
        if let Some(Ok(codes)) = add.value().get() {
            name.set(String::new());
            added.set(true);
            if codes.is_some() {
                fresh_codes.set(codes);
            }
            changed.run(());
        }
    });
    Effect::new(move |_| {
        if let Some(Ok(())) = remove.value().get() {
            removed.set(true);
            added.set(false);
            changed.run(());
        }
    });
    let name_error = field_error(add_error, "name");
    let credential_error = field_error(add_error, "credential");
    view! {
        <section class="mn-card" data-testid="security-keys" aria-labelledby="security-keys-title">
            <h2 class="mn-card__title" id="security-keys-title">{tr("security-keys-title")}</h2>
            <p>{tr("security-keys-lead")}</p>
            <SuccessNote show=added message="security-keys-added" />
            <SuccessNote show=removed message="security-keys-removed" />
            <Transition fallback=|| view! { <Skeleton rows=2 /> }>
                {move || Suspend::new(async move {
                    match keys.await {
                        Ok(rows) if rows.is_empty() => view! {
                            <p data-testid="security-keys-none">{tr("security-keys-none")}</p>
                        }.into_any(),
                        Ok(rows) => view! { <KeyList rows rename remove /> }.into_any(),
                        Err(err) => view! { <ErrorAlert error=Signal::derive(move || Some(err.clone())) /> }.into_any(),
                    }
                })}
            </Transition>
            <ErrorAlert error=form_level(add_error) />
            <form class="mn-form mn-form--inline" novalidate data-testid="add-security-key" on:submit=move |ev| {
                ev.prevent_default();
                added.set(false);
                removed.set(false);
                add.dispatch(name.get_untracked());
            }>
                <div class="mn-field" class:mn-field--invalid=move || name_error.get().is_some()>
                    <label class="mn-field__label" for="field-security-key-name">{tr("security-keys-name")}</label>
                    <input class="mn-input" id="field-security-key-name" name="name" autocomplete="off"
                        aria-describedby="field-security-key-name-hint field-security-key-name-error"
                        prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
                    <p class="mn-field__hint" id="field-security-key-name-hint">{tr("security-keys-name-hint")}</p>
                    <p class="mn-field__error" id="field-security-key-name-error" data-field-error="name">
                        {move || name_error.get().map(|k| tr_dyn(k)())}
                    </p>
                </div>
                <Button kind=ButtonType::Submit variant=ButtonVariant::Primary attr:data-testid="add-security-key-submit"
                    pending=add.pending()>{tr("security-keys-add")}</Button>
            </form>
            <p class="mn-field__hint" role="status">
                {move || add.pending().get().then(|| tr("security-keys-waiting")())}
            </p>
            <p class="mn-field__error" role="alert" data-field-error="credential">
                {move || credential_error.get().map(|k| tr_dyn(k)())}
            </p>
        </section>
    }
}

/// Renames key `id`: (id, new name).
type RenameAction = Action<(String, String), Result<(), AppError>>;
/// Removes key `id` after the password: (id, password).
type RemoveAction = Action<(String, String), Result<(), AppError>>;

/// Built again once a key changed, which closes an open rename or removal form.
#[component]
fn KeyList(rows: Vec<SecurityKeyRow>, rename: RenameAction, remove: RemoveAction) -> impl IntoView {
    let renaming = RwSignal::new(None::<String>);
    let removing = RwSignal::new(None::<(String, String)>);
    view! {
        <ul class="mn-list" data-testid="security-key-list" aria-label=tr("security-keys-list")>
            {rows.into_iter().map(|row| {
                let id = row.id.clone();
                let editing = {
                    let id = id.clone();
                    move || renaming.get().as_deref() == Some(id.as_str())
                };
                let (rename_id, remove_id, label) = (id.clone(), id.clone(), row.name.clone());
                let (shown, current) = (row.name.clone(), row.name.clone());
                view! {
                    <li data-security-key=shown>
                        <Show when=editing.clone() fallback=move || {
                            let (rename_id, remove_id, label) = (rename_id.clone(), remove_id.clone(), label.clone());
                            view! {
                                <strong>{label.clone()}</strong>
                                " · " {tr("security-keys-added-at")} " " <DateTime at=row.created_at />
                                " · " {match row.last_used_at {
                                    Some(at) => view! { {tr("security-keys-last-used")} " " <DateTime at /> }.into_any(),
                                    None => view! { <span>{tr("security-keys-never-used")}</span> }.into_any(),
                                }}
                                " "
                                <Button variant=ButtonVariant::Ghost size=ButtonSize::Small attr:data-testid="rename-security-key"
                                    on:click=move |_| {
                                        // An earlier key's refused name is not this one's.
                                        rename.value().set(None);
                                        renaming.set(Some(rename_id.clone()));
                                    }>{tr("security-keys-rename")}</Button>
                                <Button variant=ButtonVariant::GhostDanger size=ButtonSize::Small attr:data-testid="remove-security-key"
                                    on:click=move |_| {
                                        remove.value().set(None);
                                        removing.set(Some((remove_id.clone(), label.clone())));
                                    }>{tr("security-keys-remove")}</Button>
                            }
                        }>
                            <RenameForm id=id.clone() current=current.clone() renaming rename />
                        </Show>
                    </li>
                }
            }).collect_view()}
        </ul>
        {move || removing.get().map(|(id, label)| view! { <RemoveForm id label removing remove /> })}
    }
}

#[component]
fn RenameForm(
    id: String,
    current: String,
    renaming: RwSignal<Option<String>>,
    rename: RenameAction,
) -> impl IntoView {
    let name = RwSignal::new(current);
    let error = Signal::derive(move || rename.value().get().and_then(Result::err));
    let name_error = field_error(error, "name");
    let input_id = format!("rename-{id}");
    view! {
        <form class="mn-form mn-form--inline" novalidate data-testid="rename-security-key-form" on:submit=move |ev| {
            ev.prevent_default();
            rename.dispatch((id.clone(), name.get_untracked()));
        }>
            <ErrorAlert error=form_level(error) />
            <div class="mn-field" class:mn-field--invalid=move || name_error.get().is_some()>
                <label class="mn-field__label" for=input_id.clone()>{tr("security-keys-new-name")}</label>
                <input class="mn-input" id=input_id autocomplete="off"
                    prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
                <p class="mn-field__error" data-field-error="name">{move || name_error.get().map(|k| tr_dyn(k)())}</p>
            </div>
            <Button kind=ButtonType::Submit variant=ButtonVariant::Primary attr:data-testid="save-security-key-name"
                pending=rename.pending()>{tr("security-keys-save")}</Button>
            <Button on:click=move |_| renaming.set(None)>
                {tr("action-cancel")}
            </Button>
        </form>
    }
}

/// Removing a key asks for the password: it weakens (or, for the last one, turns off)
/// two-factor sign-in.
#[component]
fn RemoveForm(
    id: String,
    label: String,
    removing: RwSignal<Option<(String, String)>>,
    remove: RemoveAction,
) -> impl IntoView {
    let password = RwSignal::new(String::new());
    let error = Signal::derive(move || remove.value().get().and_then(Result::err));
    let password_error = field_error(error, "password");
    view! {
        <form class="mn-form mn-form--inline" novalidate data-testid="remove-security-key-confirm"
            aria-labelledby="remove-security-key-title" on:submit=move |ev| {
            ev.prevent_default();
            remove.dispatch((id.clone(), password.get_untracked()));
        }>
            <p id="remove-security-key-title"><strong>{tr_args("security-keys-remove-confirm", vec![("name", label)])}</strong></p>
            <p>{tr("security-keys-remove-lead")}</p>
            <ErrorAlert error=form_level(error) />
            <div class="mn-field" class:mn-field--invalid=move || password_error.get().is_some()>
                <label class="mn-field__label" for="field-security-key-password">{tr("security-password-confirm")}</label>
                <input class="mn-input" id="field-security-key-password" type="password" autocomplete="current-password"
                    prop:value=move || password.get() on:input=move |ev| password.set(event_target_value(&ev)) />
                <p class="mn-field__error" data-field-error="password">{move || password_error.get().map(|k| tr_dyn(k)())}</p>
            </div>
            <Button kind=ButtonType::Submit variant=ButtonVariant::Danger attr:data-testid="confirm-remove-security-key"
                pending=remove.pending()>{tr("security-keys-remove")}</Button>
            <Button on:click=move |_| removing.set(None)>
                {tr("action-cancel")}
            </Button>
        </form>
    }
}
