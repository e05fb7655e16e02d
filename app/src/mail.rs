//! E-mail texts, rendered in the recipient's language from the `mail-*` Fluent messages when
//! a mail is queued.

use crate::i18n::translate;
use domain::{Lang, Role};
use fluent_bundle::FluentArgs;

/// A mail ready for the outbox.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RenderedMail {
    pub kind: &'static str,
    pub subject: String,
    pub body_text: String,
}

/// The operator's test message (`mandant send-test-mail`), proving the SMTP settings.
pub fn test_mail(lang: Lang) -> RenderedMail {
    let tr_mail = |key: &str| translate(lang, key, None);
    RenderedMail {
        kind: "test",
        subject: tr_mail("mail-test-subject"),
        body_text: format!(
            "{}\n\n-- \n{}\n",
            tr_mail("mail-test-body"),
            tr_mail("mail-signature")
        ),
    }
}

fn args(pairs: &[(&'static str, &str)]) -> FluentArgs<'static> {
    let mut out = FluentArgs::new();
    for (name, value) in pairs {
        out.set(*name, value.to_string());
    }
    out
}

fn with_signature(lang: Lang, body: String) -> String {
    format!(
        "{body}\n\n-- \n{}\n",
        translate(lang, "mail-signature", None)
    )
}

/// Invitation to join an organisation; `link` opens the acceptance page.
pub fn invitation(lang: Lang, org: &str, inviter: &str, role: Role, link: &str) -> RenderedMail {
    let role = translate(lang, &role.label_key(), None);
    let a = args(&[
        ("org", org),
        ("inviter", inviter),
        ("role", &role),
        ("link", link),
    ]);
    let tr_mail = |key: &str| translate(lang, key, Some(&a));
    RenderedMail {
        kind: "invitation",
        subject: tr_mail("mail-invitation-subject"),
        body_text: with_signature(lang, tr_mail("mail-invitation-body")),
    }
}

/// Tells a member they were removed from an organisation.
pub fn member_removed(lang: Lang, org: &str) -> RenderedMail {
    let a = args(&[("org", org)]);
    let tr_mail = |key: &str| translate(lang, key, Some(&a));
    RenderedMail {
        kind: "member-removed",
        subject: tr_mail("mail-member-removed-subject"),
        body_text: with_signature(lang, tr_mail("mail-member-removed-body")),
    }
}

/// Tells a member their role in an organisation changed.
pub fn role_changed(lang: Lang, org: &str, role: Role, link: &str) -> RenderedMail {
    let role = translate(lang, &role.label_key(), None);
    let a = args(&[("org", org), ("role", &role), ("link", link)]);
    let tr_mail = |key: &str| translate(lang, key, Some(&a));
    RenderedMail {
        kind: "role-changed",
        subject: tr_mail("mail-role-changed-subject"),
        body_text: with_signature(lang, tr_mail("mail-role-changed-body")),
    }
}

/// Tells members who follow membership changes that someone joined.
pub fn member_joined(lang: Lang, org: &str, name: &str, email: &str, link: &str) -> RenderedMail {
    let a = args(&[
        ("org", org),
        ("name", name),
        ("email", email),
        ("link", link),
    ]);
    let tr_mail = |key: &str| translate(lang, key, Some(&a));
    RenderedMail {
        kind: "member-joined",
        subject: tr_mail("mail-member-joined-subject"),
        body_text: with_signature(lang, tr_mail("mail-member-joined-body")),
    }
}

/// Tells a member that an organisation they belonged to was deleted.
pub fn org_deleted(lang: Lang, org: &str, by: &str) -> RenderedMail {
    let a = args(&[("org", org), ("by", by)]);
    let tr_mail = |key: &str| translate(lang, key, Some(&a));
    RenderedMail {
        kind: "org-deleted",
        subject: tr_mail("mail-org-deleted-subject"),
        body_text: with_signature(lang, tr_mail("mail-org-deleted-body")),
    }
}

/// The list of a deleted organisation's invoices, for the person who deleted it.
pub fn invoice_archive(
    lang: Lang,
    org: &str,
    invoices: &[domain::dto::InvoiceRow],
    region: &domain::datetime::Region,
    with_pdfs: bool,
) -> RenderedMail {
    let a = args(&[("org", org)]);
    let tr_mail = |key: &str| translate(lang, key, Some(&a));
    let mut lines: Vec<String> = invoices
        .iter()
        .map(|i| {
            format!(
                "{}  {}  {}",
                i.number,
                region.date(i.issued_at),
                region.money(&i.total)
            )
        })
        .collect();
    if lines.is_empty() {
        lines.push(tr_mail("mail-invoice-archive-none"));
    }
    if with_pdfs {
        lines.push(String::new());
        lines.push(tr_mail("mail-invoice-archive-attached"));
    }
    RenderedMail {
        kind: "invoice-archive",
        subject: tr_mail("mail-invoice-archive-subject"),
        body_text: with_signature(
            lang,
            format!(
                "{}\n\n{}",
                tr_mail("mail-invoice-archive-body"),
                lines.join("\n")
            ),
        ),
    }
}

/// Asks a member to become legal representative in place of `from`.
pub fn succession_asked(lang: Lang, org: &str, from: &str, link: &str) -> RenderedMail {
    let a = args(&[("org", org), ("from", from), ("link", link)]);
    let tr_mail = |key: &str| translate(lang, key, Some(&a));
    RenderedMail {
        kind: "succession-asked",
        subject: tr_mail("mail-succession-asked-subject"),
        body_text: with_signature(lang, tr_mail("mail-succession-asked-body")),
    }
}

/// Tells both people that the legal representative was replaced.
pub fn succession_done(lang: Lang, org: &str, from: &str, to: &str) -> RenderedMail {
    let a = args(&[("org", org), ("from", from), ("to", to)]);
    let tr_mail = |key: &str| translate(lang, key, Some(&a));
    RenderedMail {
        kind: "succession-done",
        subject: tr_mail("mail-succession-done-subject"),
        body_text: with_signature(lang, tr_mail("mail-succession-done-body")),
    }
}

/// A member's security settings, sent by an administrator of one of their organisations.
pub fn security_alert(
    lang: Lang,
    org: &str,
    by: &str,
    two_factor: bool,
    backup_codes: usize,
    sessions: i64,
    link: &str,
) -> RenderedMail {
    let state = {
        let tr_mail = |key: &str| translate(lang, key, None);
        if two_factor {
            tr_mail("mail-security-alert-2fa-on")
        } else {
            tr_mail("mail-security-alert-2fa-off")
        }
    };
    let (codes, sessions) = (backup_codes.to_string(), sessions.to_string());
    let a = args(&[
        ("org", org),
        ("by", by),
        ("two_factor", &state),
        ("codes", &codes),
        ("sessions", &sessions),
        ("link", link),
    ]);
    let tr_mail = |key: &str| translate(lang, key, Some(&a));
    RenderedMail {
        kind: "security-alert",
        subject: tr_mail("mail-security-alert-subject"),
        body_text: with_signature(lang, tr_mail("mail-security-alert-body")),
    }
}

/// A link to set a new password.
pub fn password_reset(lang: Lang, link: &str) -> RenderedMail {
    let a = args(&[("link", link)]);
    let tr_mail = |key: &str| translate(lang, key, Some(&a));
    RenderedMail {
        kind: "password-reset",
        subject: tr_mail("mail-password-reset-subject"),
        body_text: with_signature(lang, tr_mail("mail-password-reset-body")),
    }
}

/// The text message carrying a second-factor code.
pub fn sms_code(lang: Lang, code: &str) -> String {
    let a = args(&[("code", code)]);
    let tr_mail = |key: &str| translate(lang, key, Some(&a));
    tr_mail("sms-code")
}

/// The text message reminding the owner of a recovery phone of their login address(es).
pub fn sms_login_reminder(lang: Lang, logins: &str) -> String {
    let a = args(&[("logins", logins)]);
    let tr_mail = |key: &str| translate(lang, key, Some(&a));
    tr_mail("sms-login-reminder")
}

/// The same reminder, mailed to the recovery e-mail.
pub fn login_reminder(lang: Lang, login: &str) -> RenderedMail {
    let a = args(&[("login", login)]);
    let tr_mail = |key: &str| translate(lang, key, Some(&a));
    RenderedMail {
        kind: "login-reminder",
        subject: tr_mail("mail-login-reminder-subject"),
        body_text: with_signature(lang, tr_mail("mail-login-reminder-body")),
    }
}

/// What a security mail reports.
pub struct SecurityNotice<'a> {
    pub kind: &'a str,
    pub at: domain::datetime::UnixMillis,
    pub device: &'a domain::device::Device,
    pub place: &'a str,
    pub code: &'a str,
    /// Recent activity, where the same code is listed.
    pub activity_link: &'a str,
    /// "This wasn't me": secures the account.
    pub not_me_link: &'a str,
}

/// A security event mailed to the account's owner: what happened, when (in their time
/// zone), from which device and place, the event's code, and where to check it.
pub fn security_event(
    region: &domain::datetime::Region,
    notice: &SecurityNotice<'_>,
) -> RenderedMail {
    let SecurityNotice {
        kind,
        at,
        device,
        place,
        code,
        activity_link: link,
        not_me_link: not_me,
    } = *notice;
    let lang = region.lang;
    let unknown = translate(lang, "device-unknown", None);
    let device_text = match (&device.browser, &device.os) {
        (Some(b), Some(o)) => format!("{b}, {o}"),
        (Some(x), None) | (None, Some(x)) => x.clone(),
        (None, None) => unknown,
    };
    let when = format!("{} ({})", region.date_time(at), region.time_zone);
    let place = translate(lang, &format!("place-{place}"), None);
    let a = args(&[
        ("when", &when),
        ("device", &device_text),
        ("place", &place),
        ("code", code),
        ("link", link),
        ("not_me", not_me),
    ]);
    let tr_mail = |key: &str| translate(lang, key, Some(&a));
    let (kind_code, subject, lead) = match kind {
        "login-failed" => (
            "security-login-failed",
            tr_mail("mail-security-failed-subject"),
            tr_mail("mail-security-failed-lead"),
        ),
        "password-changed" | "password-reset" => (
            "security-password-changed",
            tr_mail("mail-security-password-subject"),
            tr_mail("mail-security-password-lead"),
        ),
        "login-new-device" => (
            "security-new-device",
            tr_mail("mail-security-new-device-subject"),
            tr_mail("mail-security-new-device-lead"),
        ),
        other => {
            let what = translate(lang, &format!("activity-{other}"), None);
            let a = args(&[("what", &what)]);
            let tr_mail = |key: &str| translate(lang, key, Some(&a));
            (
                "security-change",
                tr_mail("mail-security-change-subject"),
                tr_mail("mail-security-change-lead"),
            )
        }
    };
    RenderedMail {
        kind: kind_code,
        subject,
        body_text: with_signature(
            lang,
            format!(
                "{lead}\n\n{}\n\n{}",
                tr_mail("mail-security-details"),
                tr_mail("mail-security-not-me")
            ),
        ),
    }
}

/// Tells a member that a product's management was blocked (only administrators and legal
/// representatives may manage it now) or unblocked.
pub fn product_management_block(
    lang: Lang,
    org: &str,
    product: &str,
    blocked: bool,
    link: &str,
) -> RenderedMail {
    let a = args(&[("org", org), ("product", product), ("link", link)]);
    let tr_mail = |key: &str| translate(lang, key, Some(&a));
    if blocked {
        RenderedMail {
            kind: "product-management-blocked",
            subject: tr_mail("mail-product-blocked-subject"),
            body_text: with_signature(lang, tr_mail("mail-product-blocked-body")),
        }
    } else {
        RenderedMail {
            kind: "product-management-unblocked",
            subject: tr_mail("mail-product-unblocked-subject"),
            body_text: with_signature(lang, tr_mail("mail-product-unblocked-body")),
        }
    }
}

/// Tells a member that a mail service went into maintenance (mail still arrives, mailboxes
/// cannot be read) or came out of it.
pub fn mail_service_maintenance(
    lang: Lang,
    org: &str,
    product: &str,
    on: bool,
    link: &str,
) -> RenderedMail {
    let a = args(&[("org", org), ("product", product), ("link", link)]);
    let tr_mail = |key: &str| translate(lang, key, Some(&a));
    if on {
        RenderedMail {
            kind: "mail-service-maintenance-on",
            subject: tr_mail("mail-maintenance-on-subject"),
            body_text: with_signature(lang, tr_mail("mail-maintenance-on-body")),
        }
    } else {
        RenderedMail {
            kind: "mail-service-maintenance-off",
            subject: tr_mail("mail-maintenance-off-subject"),
            body_text: with_signature(lang, tr_mail("mail-maintenance-off-body")),
        }
    }
}

/// Reminds a member that a product's term ends in `days` days (on `ends`, written in the
/// recipient's own date format and time zone) without automatic renewal.
pub fn expiry_reminder(
    region: &domain::datetime::Region,
    org: &str,
    product: &str,
    ends: domain::datetime::UnixMillis,
    days: i64,
    link: &str,
) -> RenderedMail {
    let lang = region.lang;
    let mut a = args(&[
        ("org", org),
        ("product", product),
        ("date", &region.date(ends)),
        ("link", link),
    ]);
    a.set("days", days);
    let tr_mail = |key: &str| translate(lang, key, Some(&a));
    RenderedMail {
        kind: "product-expiry-reminder",
        subject: tr_mail("mail-expiry-reminder-subject"),
        body_text: with_signature(lang, tr_mail("mail-expiry-reminder-body")),
    }
}

/// Tells the owner of an account whose login address was deleted the temporary login name
/// to sign in with (mailed to the recovery e-mail).
pub fn login_moved(lang: Lang, login: &str, address: &str, link: &str) -> RenderedMail {
    let a = args(&[("login", login), ("address", address), ("link", link)]);
    let tr_mail = |key: &str| translate(lang, key, Some(&a));
    RenderedMail {
        kind: "login-moved",
        subject: tr_mail("mail-login-moved-subject"),
        body_text: with_signature(lang, tr_mail("mail-login-moved-body")),
    }
}

/// The same, as a text message to the recovery phone.
pub fn sms_login_moved(lang: Lang, login: &str) -> String {
    let a = args(&[("login", login)]);
    let tr_mail = |key: &str| translate(lang, key, Some(&a));
    tr_mail("sms-login-moved")
}

/// Confirms to the person who placed it that an order waits for its payment: its number,
/// total with tax (in their format) and the date it must be paid by.
pub fn order_placed(
    region: &domain::datetime::Region,
    org: &str,
    order: &domain::dto::PlacedOrder,
    link: &str,
) -> RenderedMail {
    let lang = region.lang;
    let a = args(&[
        ("org", org),
        ("number", &order.number),
        ("total", &region.money(&order.quote.gross)),
        ("date", &region.date(order.expires_at)),
        ("link", link),
    ]);
    let tr_mail = |key: &str| translate(lang, key, Some(&a));
    RenderedMail {
        kind: "order-placed",
        subject: tr_mail("mail-order-placed-subject"),
        body_text: with_signature(lang, tr_mail("mail-order-placed-body")),
    }
}

/// Tells the person who placed an order that it is paid, with its invoice's number.
pub fn order_paid(
    region: &domain::datetime::Region,
    org: &str,
    order: &domain::dto::PlacedOrder,
    invoice: &str,
    link: &str,
) -> RenderedMail {
    let lang = region.lang;
    let a = args(&[
        ("org", org),
        ("number", &order.number),
        ("total", &region.money(&order.quote.gross)),
        ("invoice", invoice),
        ("link", link),
    ]);
    let tr_mail = |key: &str| translate(lang, key, Some(&a));
    RenderedMail {
        kind: "order-paid",
        subject: tr_mail("mail-order-paid-subject"),
        body_text: with_signature(lang, tr_mail("mail-order-paid-body")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_mail_is_written_in_the_recipients_language() {
        let fr = test_mail(Lang::Fr);
        let de = test_mail(Lang::De);
        assert_ne!(fr.subject, de.subject);
        assert!(!fr.subject.starts_with("mail-"), "translated, not a key");
        assert!(de
            .body_text
            .contains(&translate(Lang::De, "mail-signature", None)));
    }

    #[test]
    fn invitation_mail_names_the_organisation_and_carries_the_link() {
        let link = "https://console.example/invitation/abc";
        for lang in Lang::ALL {
            let mail = invitation(
                lang,
                "Boulangerie Soleil",
                "Claire",
                Role::Collaborator,
                link,
            );
            assert!(mail.subject.contains("Boulangerie Soleil"), "{lang:?}");
            assert!(mail.body_text.contains(link), "{lang:?}");
            assert!(mail.body_text.contains("Claire"), "{lang:?}");
            let role = translate(lang, "role-collaborator", None);
            assert!(mail.body_text.contains(&role), "{lang:?}");
        }
        assert_ne!(
            member_removed(Lang::Fr, "X").subject,
            member_removed(Lang::It, "X").subject
        );
    }
}
