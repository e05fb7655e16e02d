//! Toasts: the result of an action, shown over the page. One region per shell
//! ([`ToastRegion`], with [`provide_toaster`] in `AppShell`); pages call [`use_toast`]. Success toasts are
//! announced politely and hide after [`SUCCESS_TIMEOUT_MS`]; error toasts are alerts and
//! stay until dismissed.

use crate::components::button::{Button, ButtonSize, ButtonVariant};
use crate::components::feedback::error_key;
use crate::components::icon::{Icon, IconName, IconSize};
use crate::i18n::tr_dyn;
use domain::AppError;
use leptos::prelude::*;

/// How long a success toast stays on screen.
pub const SUCCESS_TIMEOUT_MS: u64 = 5_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ToastKind {
    Success,
    Error,
}

impl ToastKind {
    /// Every value, for the class check.
    #[cfg(test)]
    pub const ALL: &'static [ToastKind] = &[ToastKind::Success, ToastKind::Error];

    pub const fn class(self) -> &'static str {
        match self {
            ToastKind::Success => "mn-toast mn-toast--success",
            ToastKind::Error => "mn-toast mn-toast--error",
        }
    }

    const fn icon(self) -> IconName {
        match self {
            ToastKind::Success => IconName::Check,
            ToastKind::Error => IconName::CircleAlert,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct ToastItem {
    id: u64,
    kind: ToastKind,
    /// Fluent key of the message.
    key: String,
    /// Error code, as `data-error` (like `ErrorAlert`).
    code: Option<&'static str>,
}

/// The handle pages use to show a toast; cheap to copy.
#[derive(Clone, Copy)]
pub struct Toaster {
    items: RwSignal<Vec<ToastItem>>,
    next: StoredValue<u64>,
}

impl Toaster {
    fn new() -> Self {
        Toaster {
            items: RwSignal::new(Vec::new()),
            next: StoredValue::new(0),
        }
    }

    fn push(&self, kind: ToastKind, key: String, code: Option<&'static str>) -> u64 {
        let id = self.next.get_value();
        self.next.set_value(id + 1);
        self.items.update(|items| {
            items.push(ToastItem {
                id,
                kind,
                key,
                code,
            })
        });
        id
    }

    /// A success message (Fluent key); hides by itself.
    pub fn success(&self, key: &'static str) {
        let id = self.push(ToastKind::Success, key.to_owned(), None);
        let this = *self;
        set_timeout(
            move || this.dismiss(id),
            std::time::Duration::from_millis(SUCCESS_TIMEOUT_MS),
        );
    }

    /// An error, explained in the user's language; stays until dismissed.
    pub fn error(&self, err: &AppError) {
        self.push(ToastKind::Error, error_key(err), Some(err.code()));
    }

    pub fn dismiss(&self, id: u64) {
        // The shell may be gone when a timer fires.
        let _ = self.items.try_update(|items| items.retain(|t| t.id != id));
    }
}

/// The shell's toaster. Outside a shell (sign-in pages) toasts have nowhere to show and are
/// dropped.
pub fn use_toast() -> Toaster {
    use_context::<Toaster>().unwrap_or_else(Toaster::new)
}

/// Creates the shell's toaster and provides it to everything the shell renders after this;
/// call it before rendering the pages.
pub fn provide_toaster() -> Toaster {
    let toaster = Toaster::new();
    provide_context(toaster);
    toaster
}

/// The live regions the toasts appear in; the shell places it once.
#[component]
pub fn ToastRegion(toaster: Toaster) -> impl IntoView {
    let list = move |kind: ToastKind| {
        view! {
            <For
                each=move || {
                    toaster.items.get().into_iter().filter(|t| t.kind == kind).collect::<Vec<_>>()
                }
                key=|t| t.id
                let:toast
            >
                <ToastView toast toaster />
            </For>
        }
    };
    view! {
        <div class="mn-toasts" data-testid="toasts">
            <div class="mn-toasts__list" role="status" aria-live="polite">{list(ToastKind::Success)}</div>
            <div class="mn-toasts__list" role="alert">{list(ToastKind::Error)}</div>
        </div>
    }
}

#[component]
fn ToastView(toast: ToastItem, toaster: Toaster) -> impl IntoView {
    let id = toast.id;
    let text = tr_dyn(toast.key.clone());
    view! {
        <div class=toast.kind.class() data-toast=toast.key data-error=toast.code>
            <span class="mn-toast__icon"><Icon name=toast.kind.icon() size=IconSize::Medium /></span>
            <span class="mn-toast__text">{text}</span>
            <Button variant=ButtonVariant::Ghost size=ButtonSize::Small
                attr:data-testid="toast-dismiss"
                on:click=move |_| toaster.dismiss(id)>
                <Icon name=IconName::X label="toast-dismiss" />
            </Button>
        </div>
    }
}
