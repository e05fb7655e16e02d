//! Error, empty and status displays.

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
                    <span class="mn-alert__icon" aria-hidden="true">"!"</span>
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

/// A status word with an icon; never colour alone.
#[component]
pub fn StatusPill(#[prop(into)] status: String, prefix: &'static str) -> impl IntoView {
    let tone = match status.as_str() {
        "active" | "paid" | "accepted" => "success",
        "expiring-soon" | "unpaid" | "in-maintenance" | "pending" => "warning",
        "expired" | "in-redemption" | "blocked" | "overdue" | "terminated" => "danger",
        _ => "neutral",
    };
    let icon = match tone {
        "success" => "✓",
        "warning" => "◷",
        "danger" => "✕",
        _ => "•",
    };
    view! {
        <span class=format!("mn-pill mn-pill--{tone}") data-status=status.clone()>
            <span aria-hidden="true">{icon}</span>
            {tr_dyn(format!("{prefix}-{status}"))}
        </span>
    }
}

/// A success message for the last action; polite live region.
#[component]
pub fn SuccessNote(#[prop(into)] show: Signal<bool>, message: &'static str) -> impl IntoView {
    view! {
        <p class="mn-note mn-note--success" role="status">
            <Show when=move || show.get()>
                <span aria-hidden="true">"✓ "</span>
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
