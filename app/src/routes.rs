//! URL helpers: the organisation lives in the path (`/o/{org}/{section}`), so two tabs can
//! show two organisations and switching keeps the section.

use domain::OrgId;

/// Sidebar sections of an organisation, in display order; those without pages of their own
/// yet (support) show an honest "coming soon" state until their issues land.
pub const SECTIONS: &[&str] = &[
    "dashboard",
    "products",
    "users",
    "accounting",
    "support",
    "organisation",
];

/// The permission a section needs, so the navigation offers only what opens.
pub fn section_permission(section: &str) -> Option<domain::Permission> {
    match section {
        "users" => Some(domain::Permission::MemberView),
        "products" => Some(domain::Permission::ProductView),
        "accounting" => Some(domain::Permission::InvoiceView),
        _ => None,
    }
}

/// Where a signed-in user lands: the organisation's dashboard, or their list of
/// organisations when they belong to none.
pub fn landing_path(org: Option<OrgId>) -> String {
    match org {
        Some(org) => org_section(org, "dashboard"),
        None => "/profile/organisations".to_owned(),
    }
}

/// A `?next=` target is followed only inside the console: a path, never another site
/// (`//evil.example`, `/\\evil.example`, `https://…`).
pub fn safe_next(next: &str) -> Option<&str> {
    let inside = next.starts_with('/')
        && !next.starts_with("//")
        && !next.starts_with("/\\")
        && !next.contains("://");
    inside.then_some(next)
}

pub fn org_section(org: OrgId, section: &str) -> String {
    format!("/o/{org}/{section}")
}

/// The same place in another organisation: `/o/A/accounting` → `/o/B/accounting`.
pub fn switch_org_path(current_path: &str, to: OrgId) -> String {
    let rest = current_path
        .strip_prefix("/o/")
        .and_then(|p| p.split_once('/'))
        .map(|(_, rest)| rest)
        .filter(|rest| !rest.is_empty())
        .unwrap_or("dashboard");
    format!("/o/{to}/{rest}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_targets_stay_inside_the_console() {
        assert_eq!(safe_next("/invitation/abc"), Some("/invitation/abc"));
        assert_eq!(safe_next("//evil.example/x"), None);
        assert_eq!(safe_next("/\\evil.example"), None);
        assert_eq!(safe_next("https://evil.example"), None);
        assert_eq!(safe_next("/x?u=https://evil.example"), None);
        assert_eq!(safe_next("invitation"), None);
    }

    #[test]
    fn switching_keeps_the_section() {
        let to: OrgId = "0190f0d2-7c1e-7a2b-9c3d-4e5f60718293".parse().unwrap();
        assert_eq!(
            switch_org_path("/o/0190f0d2-0000-7a2b-9c3d-4e5f60718293/accounting", to),
            format!("/o/{to}/accounting")
        );
        assert_eq!(switch_org_path("/o/x", to), format!("/o/{to}/dashboard"));
        assert_eq!(
            switch_org_path("/profile", to),
            format!("/o/{to}/dashboard")
        );
    }
}
