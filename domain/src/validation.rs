//! Input rules shared by the forms (instant feedback) and the server (the authority).
//! Each rule returns a field-error code; the client translates `field-error-<code>`.

use crate::error::{AppError, FieldError};

pub const PASSWORD_MIN_CHARS: usize = 12;
pub const PASSWORD_MAX_CHARS: usize = 128;
pub const NAME_MAX_CHARS: usize = 100;
pub const EMAIL_MAX_CHARS: usize = 254;

/// Every field-error code (each has `field-error-<code>`).
pub const FIELD_ERROR_CODES: &[&str] = &[
    "required",
    "too-long",
    "invalid-characters",
    "email-invalid",
    "email-taken",
    "password-too-short",
    "password-too-long",
    "country-unknown",
    "time-zone-unknown",
    "language-unknown",
    "already-member",
    "already-invited",
    "team-name-taken",
    "password-wrong",
    "logo-type",
    "logo-too-large",
    "logo-not-horizontal",
    "code-wrong",
    "phone-invalid",
    "phone-country",
    "recovery-same-as-login",
    "email-unchanged",
    "choice-invalid",
    "security-key-refused",
    "security-key-cancelled",
    "domain-invalid",
    "domain-incomplete",
    "domain-extension-unsold",
    "address-taken",
    "label-invalid",
    "domain-in-cart",
    "domain-taken",
    "product-in-cart",
    "amount-invalid",
    "amount-out-of-range",
    "vat-number-invalid",
];

/// Collects field errors, so one submission reports every problem at once.
#[derive(Default, Debug)]
pub struct Checks {
    fields: Vec<FieldError>,
}

impl Checks {
    pub fn new() -> Self {
        Self::default()
    }

    /// Records `result`'s error (if any) against `field` and returns the cleaned value.
    pub fn check<T: Default>(&mut self, field: &str, result: Result<T, &'static str>) -> T {
        match result {
            Ok(v) => v,
            Err(code) => {
                self.fields.push(FieldError::new(field, code));
                T::default()
            }
        }
    }

    pub fn finish(self) -> Result<(), AppError> {
        if self.fields.is_empty() {
            Ok(())
        } else {
            Err(AppError::Validation {
                fields: self.fields,
            })
        }
    }
}

/// Trims and lower-cases an e-mail address and checks its syntax (one `@`, a non-empty
/// local part, a dotted domain of letters, digits and hyphens, no spaces).
pub fn email(input: &str) -> Result<String, &'static str> {
    let value = input.trim().to_lowercase();
    if value.is_empty() {
        return Err("required");
    }
    if value.chars().count() > EMAIL_MAX_CHARS {
        return Err("too-long");
    }
    let Some((local, domain)) = value.split_once('@') else {
        return Err("email-invalid");
    };
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_alphanumeric() || "!#$%&'*+/=?^_`{|}~.-".contains(c));
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && labels.last().is_some_and(|tld| {
            tld.chars().count() >= 2 && !tld.chars().all(|c| c.is_ascii_digit())
        });
    if local_ok && domain_ok {
        Ok(value)
    } else {
        Err("email-invalid")
    }
}

/// Passwords are kept exactly as typed (spaces allowed: passphrases welcome).
pub fn new_password(input: &str) -> Result<String, &'static str> {
    let chars = input.chars().count();
    if chars == 0 {
        Err("required")
    } else if chars < PASSWORD_MIN_CHARS {
        Err("password-too-short")
    } else if chars > PASSWORD_MAX_CHARS {
        Err("password-too-long")
    } else {
        Ok(input.to_owned())
    }
}

/// A person's or organisation's name: trimmed, inner whitespace collapsed, 1–100 chars, no
/// control characters.
pub fn name(input: &str) -> Result<String, &'static str> {
    let value = input.split_whitespace().collect::<Vec<_>>().join(" ");
    if value.is_empty() {
        Err("required")
    } else if value.chars().count() > NAME_MAX_CHARS {
        Err("too-long")
    } else if value.chars().any(char::is_control) {
        Err("invalid-characters")
    } else {
        Ok(value)
    }
}

/// One line of a postal address (street, city, postal code): trimmed, inner whitespace
/// collapsed, required, at most `max` characters, no control characters.
pub fn address_line(input: &str, max: usize) -> Result<String, &'static str> {
    let value = input.split_whitespace().collect::<Vec<_>>().join(" ");
    if value.is_empty() {
        Err("required")
    } else if value.chars().count() > max {
        Err("too-long")
    } else if value.chars().any(char::is_control) {
        Err("invalid-characters")
    } else {
        Ok(value)
    }
}

/// A billing address's VAT number, optional: blank is none; for Switzerland and the EU it
/// must be well formed for the address's country (stored compact, `CHE123456789`,
/// `DE123456789`) — a typo must not turn a reverse-charge sale into a taxed one; elsewhere it
/// is kept as typed (at most 30 characters), as it changes no tax.
pub fn vat_number(country: &str, input: &str) -> Result<Option<String>, &'static str> {
    let typed = input.split_whitespace().collect::<Vec<_>>().join(" ");
    if typed.is_empty() {
        return Ok(None);
    }
    if crate::tax::vat_number::is_supported(country) {
        return crate::tax::VatNumber::parse(country, &typed)
            .map(|n| Some(n.as_str().to_owned()))
            .map_err(|_| "vat-number-invalid");
    }
    if typed.chars().count() > 30 {
        Err("too-long")
    } else if typed.chars().any(char::is_control) {
        Err("invalid-characters")
    } else {
        Ok(Some(typed))
    }
}

/// Like [`name`], but empty means "not given".
pub fn optional_name(input: &str) -> Result<Option<String>, &'static str> {
    if input.trim().is_empty() {
        Ok(None)
    } else {
        name(input).map(Some)
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn vat_numbers_are_checked_for_the_addresses_country() {
        assert_eq!(
            vat_number("DE", " de 123 456 789 "),
            Ok(Some("DE123456789".into()))
        );
        assert_eq!(
            vat_number("CH", "CHE-123.456.789 MWST"),
            Ok(Some("CHE123456789".into()))
        );
        assert_eq!(vat_number("DE", "12345"), Err("vat-number-invalid"));
        assert_eq!(vat_number("FR", ""), Ok(None));
        assert_eq!(
            vat_number("US", "12-3456789"),
            Ok(Some("12-3456789".into()))
        );
        assert_eq!(vat_number("US", &"9".repeat(31)), Err("too-long"));
    }

    use super::*;

    #[test]
    fn accepts_ordinary_addresses_and_normalises_them() {
        assert_eq!(
            email("  Anna.Muster@Example.CH "),
            Ok("anna.muster@example.ch".into())
        );
        assert!(email("first+tag@sub.domain.example").is_ok());
        assert!(email("élise@exemple.fr").is_ok());
    }

    #[test]
    fn rejects_malformed_addresses() {
        for bad in [
            "", "plain", "a@b", "a@@b.ch", "a b@c.ch", ".a@b.ch", "a@-b.ch", "a@b.1", "a@b..ch",
        ] {
            assert!(email(bad).is_err(), "{bad:?} should be rejected");
        }
        assert_eq!(email(""), Err("required"));
        assert_eq!(email("nope"), Err("email-invalid"));
    }

    #[test]
    fn password_length_is_counted_in_characters() {
        assert_eq!(new_password("short"), Err("password-too-short"));
        assert_eq!(new_password(&"é".repeat(11)), Err("password-too-short"));
        assert!(new_password(&"é".repeat(12)).is_ok());
        assert!(new_password("correct horse battery staple").is_ok());
        assert!(new_password(&"x".repeat(128)).is_ok());
        assert_eq!(new_password(&"x".repeat(129)), Err("password-too-long"));
    }

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(name("  Anna   Muster "), Ok("Anna Muster".into()));
        assert_eq!(name("   "), Err("required"));
        assert_eq!(name(&"a".repeat(101)), Err("too-long"));
        assert_eq!(optional_name("  "), Ok(None));
    }

    #[test]
    fn address_lines_are_required_and_bounded() {
        assert_eq!(
            address_line(" Rue du Lac  12 ", 200),
            Ok("Rue du Lac 12".into())
        );
        assert_eq!(address_line("", 16), Err("required"));
        assert_eq!(address_line("12345678901234567", 16), Err("too-long"));
    }

    #[test]
    fn checks_report_every_field_at_once() {
        let mut checks = Checks::new();
        let _ = checks.check("email", email("bad"));
        let _ = checks.check("password", new_password("short"));
        let err = checks.finish().unwrap_err();
        assert_eq!(err.field_code("email"), Some("email-invalid"));
        assert_eq!(err.field_code("password"), Some("password-too-short"));
    }
}
