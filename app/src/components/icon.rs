//! Icons: inline SVG from one set, [Lucide](https://lucide.dev) (ISC licence; the icons
//! Lucide derived from Feather are also under Feather's MIT licence, © 2013 Cole Bemis). The
//! path data is copied unchanged from `lucide-static` 1.62.0, and only for the icons the
//! console uses. Never a Unicode glyph instead: how a glyph renders depends on the fonts
//! installed (Debian's Chromium drew some of ours as empty boxes).
//!
//! An icon is decoration: `aria-hidden` and not focusable, always beside a visible label or a
//! visually hidden one (`label`). It takes the text colour (`currentColor`) and, unless a size
//! is given, the text size (1em).

use crate::i18n::tr;
use leptos::prelude::*;

/// The icons of the console, by their Lucide names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IconName {
    Menu,
    ChevronDown,
    Check,
    X,
    Plus,
    Clock,
    CircleMinus,
    CircleAlert,
    TriangleAlert,
    LayoutDashboard,
    Package,
    Users,
    Receipt,
    LifeBuoy,
    Building2,
    User,
    ShieldCheck,
    MonitorSmartphone,
    History,
    ArrowUp,
    ArrowDown,
    ArrowLeft,
    LogOut,
    Circle,
    ArrowUpDown,
    EllipsisVertical,
}

impl IconName {
    /// Every icon, for the tests.
    #[cfg(test)]
    pub const ALL: &'static [IconName] = &[
        IconName::Menu,
        IconName::ChevronDown,
        IconName::Check,
        IconName::X,
        IconName::Plus,
        IconName::Clock,
        IconName::CircleMinus,
        IconName::CircleAlert,
        IconName::TriangleAlert,
        IconName::LayoutDashboard,
        IconName::Package,
        IconName::Users,
        IconName::Receipt,
        IconName::LifeBuoy,
        IconName::Building2,
        IconName::User,
        IconName::ShieldCheck,
        IconName::MonitorSmartphone,
        IconName::History,
        IconName::ArrowUp,
        IconName::ArrowDown,
        IconName::ArrowLeft,
        IconName::LogOut,
        IconName::Circle,
        IconName::ArrowUpDown,
        IconName::EllipsisVertical,
    ];

    /// The icon's name in Lucide (lucide.dev/icons/<name>).
    pub const fn lucide_name(self) -> &'static str {
        match self {
            IconName::Menu => "menu",
            IconName::ChevronDown => "chevron-down",
            IconName::Check => "check",
            IconName::X => "x",
            IconName::Plus => "plus",
            IconName::Clock => "clock",
            IconName::CircleMinus => "circle-minus",
            IconName::CircleAlert => "circle-alert",
            IconName::TriangleAlert => "triangle-alert",
            IconName::LayoutDashboard => "layout-dashboard",
            IconName::Package => "package",
            IconName::Users => "users",
            IconName::Receipt => "receipt",
            IconName::LifeBuoy => "life-buoy",
            IconName::Building2 => "building-2",
            IconName::User => "user",
            IconName::ShieldCheck => "shield-check",
            IconName::MonitorSmartphone => "monitor-smartphone",
            IconName::History => "history",
            IconName::ArrowUp => "arrow-up",
            IconName::ArrowDown => "arrow-down",
            IconName::ArrowLeft => "arrow-left",
            IconName::LogOut => "log-out",
            IconName::Circle => "circle",
            IconName::ArrowUpDown => "arrow-up-down",
            IconName::EllipsisVertical => "ellipsis-vertical",
        }
    }

    /// The SVG elements drawn in the 24 × 24 view box, copied unchanged from Lucide.
    const fn body(self) -> &'static str {
        match self {
            IconName::Menu => r#"<path d="M4 5h16"/><path d="M4 12h16"/><path d="M4 19h16"/>"#,
            IconName::ChevronDown => r#"<path d="m6 9 6 6 6-6"/>"#,
            IconName::Check => r#"<path d="M20 6 9 17l-5-5"/>"#,
            IconName::X => r#"<path d="M18 6 6 18"/><path d="m6 6 12 12"/>"#,
            IconName::Plus => r#"<path d="M5 12h14"/><path d="M12 5v14"/>"#,
            IconName::Clock => r#"<circle cx="12" cy="12" r="10"/><path d="M12 6v6l4 2"/>"#,
            IconName::CircleMinus => r#"<circle cx="12" cy="12" r="10"/><path d="M8 12h8"/>"#,
            IconName::CircleAlert => {
                r#"<circle cx="12" cy="12" r="10"/><line x1="12" x2="12" y1="8" y2="12"/><line x1="12" x2="12.01" y1="16" y2="16"/>"#
            }
            IconName::TriangleAlert => {
                r#"<path d="m21.73 18-8-14a2 2 0 0 0-3.48 0l-8 14A2 2 0 0 0 4 21h16a2 2 0 0 0 1.73-3"/><path d="M12 9v4"/><path d="M12 17h.01"/>"#
            }
            IconName::LayoutDashboard => {
                r#"<rect width="7" height="9" x="3" y="3" rx="1"/><rect width="7" height="5" x="14" y="3" rx="1"/><rect width="7" height="9" x="14" y="12" rx="1"/><rect width="7" height="5" x="3" y="16" rx="1"/>"#
            }
            IconName::Package => {
                r#"<path d="M11 21.73a2 2 0 0 0 2 0l7-4A2 2 0 0 0 21 16V8a2 2 0 0 0-1-1.73l-7-4a2 2 0 0 0-2 0l-7 4A2 2 0 0 0 3 8v8a2 2 0 0 0 1 1.73z"/><path d="M12 22V12"/><polyline points="3.29 7 12 12 20.71 7"/><path d="m7.5 4.27 9 5.15"/>"#
            }
            IconName::Users => {
                r#"<path d="M16 21v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2"/><path d="M16 3.128a4 4 0 0 1 0 7.744"/><path d="M22 21v-2a4 4 0 0 0-3-3.87"/><circle cx="9" cy="7" r="4"/>"#
            }
            IconName::Receipt => {
                r#"<path d="M12 17V7"/><path d="M16 8h-6a2 2 0 0 0 0 4h4a2 2 0 0 1 0 4H8"/><path d="M4 3a1 1 0 0 1 1-1 1.3 1.3 0 0 1 .7.2l.933.6a1.3 1.3 0 0 0 1.4 0l.934-.6a1.3 1.3 0 0 1 1.4 0l.933.6a1.3 1.3 0 0 0 1.4 0l.933-.6a1.3 1.3 0 0 1 1.4 0l.934.6a1.3 1.3 0 0 0 1.4 0l.933-.6A1.3 1.3 0 0 1 19 2a1 1 0 0 1 1 1v18a1 1 0 0 1-1 1 1.3 1.3 0 0 1-.7-.2l-.933-.6a1.3 1.3 0 0 0-1.4 0l-.934.6a1.3 1.3 0 0 1-1.4 0l-.933-.6a1.3 1.3 0 0 0-1.4 0l-.933.6a1.3 1.3 0 0 1-1.4 0l-.934-.6a1.3 1.3 0 0 0-1.4 0l-.933.6a1.3 1.3 0 0 1-.7.2 1 1 0 0 1-1-1z"/>"#
            }
            IconName::LifeBuoy => {
                r#"<circle cx="12" cy="12" r="10"/><path d="m4.93 4.93 4.24 4.24"/><path d="m14.83 9.17 4.24-4.24"/><path d="m14.83 14.83 4.24 4.24"/><path d="m9.17 14.83-4.24 4.24"/><circle cx="12" cy="12" r="4"/>"#
            }
            IconName::Building2 => {
                r#"<path d="M10 12h4"/><path d="M10 8h4"/><path d="M14 21v-3a2 2 0 0 0-4 0v3"/><path d="M6 10H4a2 2 0 0 0-2 2v7a2 2 0 0 0 2 2h16a2 2 0 0 0 2-2V9a2 2 0 0 0-2-2h-2"/><path d="M6 21V5a2 2 0 0 1 2-2h8a2 2 0 0 1 2 2v16"/>"#
            }
            IconName::User => {
                r#"<path d="M19 21v-2a4 4 0 0 0-4-4H9a4 4 0 0 0-4 4v2"/><circle cx="12" cy="7" r="4"/>"#
            }
            IconName::ShieldCheck => {
                r#"<path d="M20 13c0 5-3.5 7.5-7.66 8.95a1 1 0 0 1-.67-.01C7.5 20.5 4 18 4 13V6a1 1 0 0 1 1-1c2 0 4.5-1.2 6.24-2.72a1.17 1.17 0 0 1 1.52 0C14.51 3.81 17 5 19 5a1 1 0 0 1 1 1z"/><path d="m9 12 2 2 4-4"/>"#
            }
            IconName::MonitorSmartphone => {
                r#"<path d="M18 8V6a2 2 0 0 0-2-2H4a2 2 0 0 0-2 2v7a2 2 0 0 0 2 2h8"/><path d="M10 19v-3.96 3.15"/><path d="M7 19h5"/><rect width="6" height="10" x="16" y="12" rx="2"/>"#
            }
            IconName::History => {
                r#"<path d="M3 12a9 9 0 1 0 9-9 9.75 9.75 0 0 0-6.74 2.74L3 8"/><path d="M3 3v5h5"/><path d="M12 7v5l4 2"/>"#
            }
            IconName::ArrowUp => r#"<path d="m5 12 7-7 7 7"/><path d="M12 19V5"/>"#,
            IconName::ArrowDown => r#"<path d="M12 5v14"/><path d="m19 12-7 7-7-7"/>"#,
            IconName::ArrowLeft => r#"<path d="m12 19-7-7 7-7"/><path d="M19 12H5"/>"#,
            IconName::LogOut => {
                r#"<path d="m16 17 5-5-5-5"/><path d="M21 12H9"/><path d="M9 21H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h4"/>"#
            }
            IconName::Circle => r#"<circle cx="12" cy="12" r="10"/>"#,
            IconName::ArrowUpDown => {
                r#"<path d="m21 16-4 4-4-4"/><path d="M17 20V4"/><path d="m3 8 4-4 4 4"/><path d="M7 4v16"/>"#
            }
            IconName::EllipsisVertical => {
                r#"<circle cx="12" cy="12" r="1"/><circle cx="12" cy="5" r="1"/><circle cx="12" cy="19" r="1"/>"#
            }
        }
    }
}

/// How large an icon is drawn; the text size unless told otherwise.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum IconSize {
    /// 1em: follows the surrounding text.
    #[default]
    Text,
    /// 16 px.
    Small,
    /// 20 px.
    Medium,
}

impl IconSize {
    /// Every size, for the class check.
    #[cfg(test)]
    pub const ALL: &'static [IconSize] = &[IconSize::Text, IconSize::Small, IconSize::Medium];

    /// The classes of an icon of this size (`style/components/icon.css`).
    pub const fn class(self) -> &'static str {
        match self {
            IconSize::Text => "mn-icon",
            IconSize::Small => "mn-icon mn-icon--small",
            IconSize::Medium => "mn-icon mn-icon--medium",
        }
    }
}

/// An inline SVG icon. With `label` (a Fluent key) a visually hidden text follows it, for an
/// icon that stands alone.
#[component]
pub fn Icon(
    name: IconName,
    #[prop(optional)] size: IconSize,
    #[prop(optional)] label: Option<&'static str>,
) -> impl IntoView {
    view! {
        <svg
            class=size.class()
            data-icon=name.lucide_name()
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            stroke-width="2"
            stroke-linecap="round"
            stroke-linejoin="round"
            aria-hidden="true"
            focusable="false"
            inner_html=name.body()
        ></svg>
        {label.map(|key| view! { <span class="mn-visually-hidden">{tr(key)}</span> })}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_icon_is_listed_once_with_its_own_drawing() {
        let names: std::collections::BTreeSet<_> =
            IconName::ALL.iter().map(|i| i.lucide_name()).collect();
        assert_eq!(names.len(), IconName::ALL.len(), "a Lucide name twice");
        for icon in IconName::ALL {
            let body = icon.body();
            assert!(!body.is_empty(), "{icon:?} draws nothing");
            // Only plain shapes: no script, style, text or nested svg can slip in.
            for tag in body.split('<').skip(1) {
                let element = tag.split([' ', '/', '>']).next().unwrap_or_default();
                assert!(
                    ["path", "circle", "line", "polyline", "rect"].contains(&element),
                    "{icon:?} contains <{element}>"
                );
            }
        }
    }
}
