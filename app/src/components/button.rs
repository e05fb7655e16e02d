//! Buttons, and links that look like buttons. Pages never write `mn-button` classes: they
//! choose a typed variant, and the component renders `mn-button mn-button--<variant>`
//! (`style/components/button.css`).
//!
//! A pending button (`pending`) is disabled, says `aria-busy="true"` and shows a spinner over
//! its label, which stays in the layout (hidden), so the button keeps its width.

use crate::components::icon::{Icon, IconName};
use leptos::prelude::*;
use leptos_router::components::A;

/// What a button does, by weight: at most one primary button per page (UI.md).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ButtonVariant {
    /// The page's main action.
    Primary,
    /// Any other action.
    #[default]
    Secondary,
    /// A destructive action, usually the confirming one of a dialog.
    Danger,
    /// A quiet action beside others (in table rows, bars).
    Ghost,
    /// A quiet destructive action that opens its confirmation.
    GhostDanger,
}

impl ButtonVariant {
    /// Every value, for the class check.
    #[cfg(test)]
    pub const ALL: &'static [ButtonVariant] = &[
        ButtonVariant::Primary,
        ButtonVariant::Secondary,
        ButtonVariant::Danger,
        ButtonVariant::Ghost,
        ButtonVariant::GhostDanger,
    ];

    /// The classes of a button of this variant.
    pub const fn class(self) -> &'static str {
        match self {
            ButtonVariant::Primary => "mn-button mn-button--primary",
            ButtonVariant::Secondary => "mn-button mn-button--secondary",
            ButtonVariant::Danger => "mn-button mn-button--danger",
            ButtonVariant::Ghost => "mn-button mn-button--ghost",
            ButtonVariant::GhostDanger => "mn-button mn-button--ghost-danger",
        }
    }
}

/// How large a button is. Both keep a 40 px hit target on touch screens.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ButtonSize {
    #[default]
    Medium,
    /// Denser, for table rows and toolbars.
    Small,
}

impl ButtonSize {
    /// Every value, for the class check.
    #[cfg(test)]
    pub const ALL: &'static [ButtonSize] = &[ButtonSize::Medium, ButtonSize::Small];

    /// The class added for this size (none for the usual one).
    pub const fn class(self) -> Option<&'static str> {
        match self {
            ButtonSize::Medium => None,
            ButtonSize::Small => Some("mn-button--small"),
        }
    }
}

/// The button's `type`: a plain button unless it submits its form.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ButtonType {
    #[default]
    Button,
    /// Submits the enclosing `<form>` or `<ActionForm>`.
    Submit,
}

impl ButtonType {
    pub const fn attr(self) -> &'static str {
        match self {
            ButtonType::Button => "button",
            ButtonType::Submit => "submit",
        }
    }
}

/// The `class` attribute of a button or button-like link.
pub fn button_class(variant: ButtonVariant, size: ButtonSize) -> String {
    match size.class() {
        Some(size) => format!("{} {size}", variant.class()),
        None => variant.class().to_owned(),
    }
}

/// A button. Attributes and handlers go on it as usual: `on:click=…`,
/// `attr:data-testid="…"`.
#[component]
pub fn Button(
    #[prop(optional)] variant: ButtonVariant,
    #[prop(optional)] size: ButtonSize,
    /// `type="button"` unless `ButtonType::Submit`.
    #[prop(optional)]
    kind: ButtonType,
    /// While true: disabled, `aria-busy`, a spinner over the (kept) label.
    #[prop(optional, into)]
    pending: Signal<bool>,
    #[prop(optional, into)] disabled: Signal<bool>,
    /// An icon before the label.
    #[prop(optional)]
    icon: Option<IconName>,
    children: Children,
) -> impl IntoView {
    view! {
        <button
            type=kind.attr()
            class=button_class(variant, size)
            disabled=move || pending.get() || disabled.get()
            aria-busy=move || pending.get().then_some("true")
        >
            <span class="mn-button__spinner" aria-hidden="true"></span>
            <span class="mn-button__label">
                {icon.map(|name| view! { <Icon name /> })}
                {children()}
            </span>
        </button>
    }
}

/// A router link that looks like a button, for actions that go to another page.
#[component]
pub fn ButtonLink(
    #[prop(into)] href: String,
    #[prop(optional)] variant: ButtonVariant,
    #[prop(optional)] size: ButtonSize,
    /// An icon before the label.
    #[prop(optional)]
    icon: Option<IconName>,
    children: Children,
) -> impl IntoView {
    view! {
        <A href=href attr:class=button_class(variant, size)>
            <span class="mn-button__label">
                {icon.map(|name| view! { <Icon name /> })}
                {children()}
            </span>
        </A>
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    fn html(view: impl FnOnce() -> AnyView) -> String {
        Owner::new().with(|| view().to_html())
    }

    #[test]
    fn a_button_renders_its_variant_type_and_spread_attributes() {
        let out = html(|| {
            view! {
                <Button variant=ButtonVariant::GhostDanger size=ButtonSize::Small attr:data-testid="revoke">
                    "Revoke"
                </Button>
            }
            .into_any()
        });
        assert!(out.starts_with("<button"), "{out}");
        assert!(out.contains(r#"type="button""#), "{out}");
        assert!(
            out.contains(r#"class="mn-button mn-button--ghost-danger mn-button--small""#),
            "{out}"
        );
        assert!(out.contains(r#"data-testid="revoke""#), "{out}");
        assert!(!out.contains("aria-busy"), "{out}");
        assert!(!out.contains("disabled"), "{out}");
    }

    #[test]
    fn a_pending_submit_button_is_busy_disabled_and_keeps_its_label() {
        let out = html(|| {
            view! {
                <Button kind=ButtonType::Submit variant=ButtonVariant::Primary pending=true icon=IconName::Plus>
                    "Create"
                </Button>
            }
            .into_any()
        });
        assert!(out.contains(r#"type="submit""#), "{out}");
        assert!(out.contains(r#"aria-busy="true""#), "{out}");
        assert!(out.contains(" disabled"), "{out}");
        // The spinner sits beside the label, which stays in the button (hidden by CSS).
        let spinner = out.find("mn-button__spinner").unwrap_or(usize::MAX);
        let label = out.find("mn-button__label").unwrap_or(usize::MAX);
        assert!(
            spinner < label && label < out.find("Create").unwrap_or(0),
            "{out}"
        );
        assert!(
            out.contains(r#"aria-hidden="true" focusable="false""#),
            "{out}"
        );
    }
}
