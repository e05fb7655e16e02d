//! E-mail texts, rendered in the recipient's language from the `mail-*` Fluent messages when
//! a mail is queued.

use crate::i18n::translate;
use domain::Lang;

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
}
