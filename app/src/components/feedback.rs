//! Error, empty and status displays.

use crate::components::icon::{Icon, IconName, IconSize};
use crate::i18n::{tr, tr_dyn};
use domain::AppError;
use leptos::prelude::*;

/// Fluent key that explains `err` to the user.
pub fn error_key(err: &AppError) -> String {
    match err {
        AppError::Conflict { reason } => format!("error-conflict-{reason}"),
        other => format!("error-{}", other.code()),
    }
}

/// A form- or page-level error message, announced to screen readers.
#[component]
pub fn ErrorAlert(#[prop(into)] error: Signal<Option<AppError>>) -> impl IntoView {
    move || {
        error.get().map(|err| {
            let reference = match &err {
                AppError::Internal { reference } if !reference.is_empty() => {
                    Some(reference.clone())
                }
                _ => None,
            };
            view! {
                <div class="mn-alert mn-alert--danger" role="alert" data-error=err.code()>
                    <span class="mn-alert__icon"><Icon name=IconName::CircleAlert size=IconSize::Medium /></span>
                    <span>{tr_dyn(error_key(&err))}</span>
                    {reference.map(|r| view! { <small class="mn-alert__ref">{r}</small> })}
                </div>
            }
        })
    }
}

/// A page-level error in place of content that failed to load. An organisation that requires
/// two-factor authentication gets its own screen: how to set it up (or leave).
pub fn error_view(err: AppError) -> AnyView {
    if matches!(&err, AppError::Conflict { reason } if reason == "two-factor-required") {
        return view! { <crate::components::two_factor_required::TwoFactorRequired /> }.into_any();
    }
    view! { <ErrorAlert error=Signal::derive(move || Some(err.clone())) /> }.into_any()
}

/// What this page is for, and the first thing to do.
#[component]
pub fn EmptyState(
    title: &'static str,
    body: &'static str,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    view! {
        <div class="mn-empty">
            <p class="mn-empty__title">{tr(title)}</p>
            <p class="mn-empty__body">{tr(body)}</p>
            {children.map(|c| c())}
        </div>
    }
}

/// How a status reads: good, needs attention, bad, or neither.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Success,
    Warning,
    Danger,
    Neutral,
}

impl Tone {
    /// Every value, for the class check.
    #[cfg(test)]
    pub const ALL: &'static [Tone] = &[Tone::Success, Tone::Warning, Tone::Danger, Tone::Neutral];

    /// The tone of a lifecycle status code.
    pub fn of_status(code: &str) -> Tone {
        match code {
            "active" | "paid" | "accepted" => Tone::Success,
            "expiring-soon" | "unpaid" | "in-maintenance" | "pending" => Tone::Warning,
            "expired" | "in-redemption" | "blocked" | "overdue" | "terminated" => Tone::Danger,
            _ => Tone::Neutral,
        }
    }

    pub const fn pill_class(self) -> &'static str {
        match self {
            Tone::Success => "mn-pill mn-pill--success",
            Tone::Warning => "mn-pill mn-pill--warning",
            Tone::Danger => "mn-pill mn-pill--danger",
            Tone::Neutral => "mn-pill mn-pill--neutral",
        }
    }

    /// The icon that says the tone without colour.
    pub const fn icon(self) -> IconName {
        match self {
            Tone::Success => IconName::Check,
            Tone::Warning => IconName::Clock,
            Tone::Danger => IconName::X,
            Tone::Neutral => IconName::CircleMinus,
        }
    }
}

/// A pill: an icon and a word, never colour alone.
#[component]
pub fn Pill(tone: Tone, children: Children) -> impl IntoView {
    view! {
        <span class=tone.pill_class()>
            <Icon name=tone.icon() />
            {children()}
        </span>
    }
}

/// A lifecycle status as a pill, its word from `<prefix>-<status>`.
#[component]
pub fn StatusPill(#[prop(into)] status: String, prefix: &'static str) -> impl IntoView {
    let tone = Tone::of_status(&status);
    let key = format!("{prefix}-{status}");
    view! {
        <Pill tone attr:data-status=status>{tr_dyn(key)}</Pill>
    }
}

/// A success message for the last action; polite live region.
#[component]
pub fn SuccessNote(#[prop(into)] show: Signal<bool>, message: &'static str) -> impl IntoView {
    view! {
        <p class="mn-note mn-note--success" role="status">
            <Show when=move || show.get()>
                <Icon name=IconName::Check />
                {tr(message)}
            </Show>
        </p>
    }
}

/// Skeleton rows shown while data loads, sized like the content to avoid layout jumps.
#[component]
pub fn Skeleton(#[prop(default = 3)] rows: usize) -> impl IntoView {
    view! {
        <div class="mn-skeleton" aria-busy="true">
            {(0..rows).map(|_| view! { <div class="mn-skeleton__row"></div> }).collect_view()}
        </div>
    }
}
