//! Error, empty and status displays.

use crate::components::icon::{Icon, IconName, IconSize};
use crate::i18n::{tr, tr_dyn};
use domain::dto::InvitationStatus;
use domain::status::{InvoiceStatus, OrderStatus, PaymentStatus, ProductStatus, Status};
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
    // An organisation the user does not belong to, or a record gone from it.
    if err == AppError::NotFound {
        return view! { <crate::components::not_found::NotFoundContent /> }.into_any();
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

/// The tone of each typed lifecycle status: the one place that says which statuses read as
/// good, needing attention or bad. Matches are exhaustive, so a new status must choose.
pub trait StatusTone: Status + Send + Sync {
    fn tone(self) -> Tone;
}

impl StatusTone for ProductStatus {
    fn tone(self) -> Tone {
        match self {
            ProductStatus::Active => Tone::Success,
            ProductStatus::Pending | ProductStatus::ExpiringSoon | ProductStatus::InMaintenance => {
                Tone::Warning
            }
            ProductStatus::Blocked | ProductStatus::Expired | ProductStatus::InRedemption => {
                Tone::Danger
            }
            ProductStatus::Terminated | ProductStatus::Released => Tone::Neutral,
        }
    }
}

impl StatusTone for InvoiceStatus {
    fn tone(self) -> Tone {
        match self {
            InvoiceStatus::Paid => Tone::Success,
            InvoiceStatus::Unpaid | InvoiceStatus::Overdue => Tone::Warning,
            InvoiceStatus::Cancelled => Tone::Danger,
            InvoiceStatus::Draft | InvoiceStatus::Refunded => Tone::Neutral,
        }
    }
}

impl StatusTone for OrderStatus {
    fn tone(self) -> Tone {
        match self {
            OrderStatus::Paid | OrderStatus::Completed => Tone::Success,
            OrderStatus::Pending => Tone::Warning,
            OrderStatus::Cancelled | OrderStatus::Expired => Tone::Danger,
            OrderStatus::Refunded => Tone::Neutral,
        }
    }
}

impl StatusTone for PaymentStatus {
    fn tone(self) -> Tone {
        match self {
            PaymentStatus::Succeeded => Tone::Success,
            PaymentStatus::Pending => Tone::Warning,
            PaymentStatus::Failed | PaymentStatus::Cancelled => Tone::Danger,
            PaymentStatus::Refunded => Tone::Neutral,
        }
    }
}

/// The tone of an invitation's status (not a stored lifecycle, so not a [`Status`]).
pub fn invitation_tone(status: InvitationStatus) -> Tone {
    match status {
        InvitationStatus::Accepted => Tone::Success,
        InvitationStatus::Pending => Tone::Warning,
        InvitationStatus::Expired => Tone::Danger,
        InvitationStatus::Revoked => Tone::Neutral,
    }
}

/// A typed lifecycle status as a pill: its word from [`Status::fluent_key`], its icon and
/// class from [`StatusTone::tone`]; `data-status` carries the stored code.
#[component]
pub fn StatusPill<S: StatusTone>(status: S) -> impl IntoView {
    view! {
        <Pill tone=status.tone() attr:data-status=status.code()>{tr_dyn(status.fluent_key())}</Pill>
    }
}

/// An invitation's status as a pill, its word from `invitation-status-<code>`.
#[component]
pub fn InvitationStatusPill(status: InvitationStatus) -> impl IntoView {
    view! {
        <Pill tone=invitation_tone(status) attr:data-status=status.code()>
            {tr_dyn(format!("invitation-status-{}", status.code()))}
        </Pill>
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
