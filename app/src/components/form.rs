//! Form fields with label, hint and a localised field error; a submit button with a
//! pending state that keeps its width.

use crate::components::button::{Button, ButtonType, ButtonVariant};
use crate::i18n::{tr, tr_dyn};
use domain::AppError;
use leptos::prelude::*;

/// The Fluent key (`field-error-<code>`) of `name`'s error in `error`, if that field is at
/// fault.
pub fn field_error(error: Signal<Option<AppError>>, name: &'static str) -> Signal<Option<String>> {
    Signal::derive(move || {
        error.with(|e| {
            e.as_ref()
                .and_then(|e| e.field_code(name))
                .map(|code| format!("field-error-{code}"))
        })
    })
}

#[component]
fn FieldShell(
    name: &'static str,
    label: &'static str,
    hint: Option<&'static str>,
    error_key: Signal<Option<String>>,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="mn-field" class:mn-field--invalid=move || error_key.with(Option::is_some)>
            <label class="mn-field__label" for=format!("field-{name}")>{tr(label)}</label>
            {children()}
            {hint.map(|h| view! { <p class="mn-field__hint" id=format!("field-{name}-hint")>{tr(h)}</p> })}
            <p class="mn-field__error" id=format!("field-{name}-error") data-field-error=name>
                {move || error_key.get().map(tr_dyn).map(|f| f())}
            </p>
        </div>
    }
}

fn described_by(name: &'static str, hint: Option<&'static str>) -> String {
    let mut ids = format!("field-{name}-error");
    if hint.is_some() {
        ids.push_str(&format!(" field-{name}-hint"));
    }
    ids
}

#[component]
pub fn TextField(
    name: &'static str,
    label: &'static str,
    #[prop(into)] error: Signal<Option<AppError>>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional, into)] value: Option<Signal<String>>,
    #[prop(optional)] required: bool,
    #[prop(optional)] list: Option<&'static str>,
    #[prop(optional)] readonly: bool,
) -> impl IntoView {
    let error_key = field_error(error, name);
    view! {
        <FieldShell name label hint error_key>
            <input
                class="mn-input"
                id=format!("field-{name}")
                name=name
                type=kind
                autocomplete=autocomplete
                required=required
                list=list
                readonly=readonly
                prop:value=move || value.map(|v| v.get()).unwrap_or_default()
                aria-invalid=move || error_key.with(Option::is_some).to_string()
                aria-describedby=described_by(name, hint)
            />
        </FieldShell>
    }
}

/// One choice of a select: value and the Fluent key of its label.
pub type SelectOption = (String, String);

#[component]
pub fn SelectField(
    name: &'static str,
    label: &'static str,
    #[prop(into)] error: Signal<Option<AppError>>,
    options: Vec<SelectOption>,
    #[prop(into)] selected: Signal<String>,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] on_change: Option<Callback<String>>,
) -> impl IntoView {
    let error_key = field_error(error, name);
    view! {
        <FieldShell name label hint error_key>
            <select
                class="mn-input mn-select"
                id=format!("field-{name}")
                name=name
                aria-invalid=move || error_key.with(Option::is_some).to_string()
                aria-describedby=described_by(name, hint)
                on:change=move |ev| {
                    if let Some(cb) = on_change {
                        cb.run(event_target_value(&ev));
                    }
                }
            >
                {options
                    .into_iter()
                    .map(|(value, key)| {
                        let v = value.clone();
                        view! {
                            <option value=value selected=move || selected.with(|s| *s == v)>
                                {tr_dyn(key)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </FieldShell>
    }
}

#[component]
pub fn Checkbox(name: &'static str, label: &'static str) -> impl IntoView {
    view! {
        <label class="mn-checkbox">
            <input type="checkbox" name=name value="on" id=format!("field-{name}") />
            <span>{tr(label)}</span>
        </label>
    }
}

/// Puts `item` into `list` (once) or takes it out, as a checkbox for it was ticked.
pub fn set_included<T: PartialEq>(list: &mut Vec<T>, item: T, included: bool) {
    list.retain(|x| *x != item);
    if included {
        list.push(item);
    }
}

/// A form's submit button (primary unless told otherwise) labelled by a Fluent key; shows a
/// spinner and blocks double submits while pending.
#[component]
pub fn SubmitButton(
    label: &'static str,
    #[prop(into)] pending: Signal<bool>,
    #[prop(default = ButtonVariant::Primary)] variant: ButtonVariant,
) -> impl IntoView {
    view! {
        <Button kind=ButtonType::Submit variant pending>
            {tr(label)}
        </Button>
    }
}

/// The part of a form's error shown above the form: field errors appear next to their
/// fields instead.
pub fn form_level(error: Signal<Option<AppError>>) -> Signal<Option<AppError>> {
    Signal::derive(move || {
        error
            .get()
            .filter(|e| !matches!(e, AppError::Validation { .. }))
    })
}

/// The value of the last failed submission, as a signal the fields read their errors from.
pub fn action_error<I, O>(action: ServerAction<I>) -> Signal<Option<AppError>>
where
    I: leptos::server_fn::ServerFn<Output = O, Error = AppError> + Clone + Send + Sync + 'static,
    O: Clone + Send + Sync + 'static,
{
    Signal::derive(move || {
        action
            .value()
            .with(|v| v.as_ref().and_then(|r| r.as_ref().err().cloned()))
    })
}
