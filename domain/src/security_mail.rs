//! Which security events are mailed to the account's owner. Changes to how the account is
//! protected (password, recovery channels, second factors removed) are always mailed, so an
//! intruder cannot silence them first; the others follow the owner's choice.

/// How an event kind is mailed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MailRule {
    /// Mailed whatever the owner chose.
    Always,
    /// Mailed if the owner wants it; `default` until they choose.
    Chosen { default: bool },
}

/// The events whose mail the owner chooses, in the order the choice is shown, with the
/// default.
pub const CHOSEN: &[(&str, bool)] = &[
    ("login-new-device", true),
    ("login", false),
    ("login-failed", true),
    ("second-factor-failed", true),
    ("backup-code-used", true),
    ("push-denied", true),
    ("push-approved", false),
    ("two-factor-enabled", true),
    ("sms-enabled", true),
    ("backup-codes-regenerated", true),
    ("app-password-created", true),
    ("app-password-revoked", false),
    ("session-revoked", false),
    ("other-sessions-revoked", false),
];

/// Always mailed: the account's protection changed.
pub const ALWAYS: &[&str] = &[
    "password-changed",
    "password-reset",
    "two-factor-disabled",
    "totp-removed",
    "sms-removed",
    "recovery-email-changed",
    "recovery-phone-changed",
    "login-email-changed",
];

/// The rule for `kind`; `None`: never mailed (the event has a mail of its own, or none).
pub fn rule(kind: &str) -> Option<MailRule> {
    if ALWAYS.contains(&kind) {
        return Some(MailRule::Always);
    }
    CHOSEN
        .iter()
        .find(|(k, _)| *k == kind)
        .map(|(_, default)| MailRule::Chosen { default: *default })
}

/// Whether `kind` is mailed, given the owner's stored choices `(kind, mailed)`.
pub fn is_mailed(kind: &str, choices: &[(String, bool)]) -> bool {
    match rule(kind) {
        None => false,
        Some(MailRule::Always) => true,
        Some(MailRule::Chosen { default }) => choices
            .iter()
            .find(|(k, _)| k == kind)
            .map_or(default, |(_, mailed)| *mailed),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn protection_changes_cannot_be_silenced() {
        let muted = vec![("password-changed".to_owned(), false)];
        assert!(is_mailed("password-changed", &muted));
        assert!(is_mailed("recovery-phone-changed", &[]));
    }

    #[test]
    fn chosen_events_follow_the_choice_else_the_default() {
        assert!(is_mailed("login-new-device", &[]));
        assert!(!is_mailed("login", &[]));
        let choices = vec![
            ("login".to_owned(), true),
            ("login-new-device".to_owned(), false),
        ];
        assert!(is_mailed("login", &choices));
        assert!(!is_mailed("login-new-device", &choices));
    }

    #[test]
    fn unlisted_events_are_never_mailed() {
        assert!(!is_mailed("account-secured", &[]));
        assert_eq!(rule("nonsense"), None);
    }

    #[test]
    fn every_mailed_kind_is_a_recorded_kind() {
        for kind in CHOSEN.iter().map(|(k, _)| *k).chain(ALWAYS.iter().copied()) {
            assert!(
                crate::dto::SECURITY_EVENT_KINDS.contains(&kind),
                "{kind} is not a security event kind"
            );
        }
    }
}
