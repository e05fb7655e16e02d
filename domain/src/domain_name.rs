//! Domain names as a customer types them: internationalised names are allowed (`bäckerei.ch`)
//! and registered in their ASCII form (`xn--bckerei-5wa.ch`), which the console shows beside
//! the Unicode one. The checks of the ASCII form are here; the Unicode → ASCII mapping
//! (UTS #46) runs on the server (`idna` feature), which answers both forms.

use serde::{Deserialize, Serialize};

/// A checked domain name in both forms.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DomainName {
    /// What is registered: lowercase ASCII, internationalised labels as `xn--…`.
    pub ascii: String,
    /// What people read.
    pub unicode: String,
}

impl DomainName {
    /// Whether the name has internationalised labels (then both forms are shown).
    pub fn is_internationalised(&self) -> bool {
        self.ascii != self.unicode
    }
}

/// Checks an ASCII name: at least two labels, 253 characters at most, labels of 1 to 63
/// letters, digits and inner hyphens. The code says what is wrong (`field-error-<code>`).
pub fn check_ascii(name: &str) -> Result<(), &'static str> {
    if name.is_empty() {
        return Err("required");
    }
    if name.len() > 253 {
        return Err("too-long");
    }
    let labels: Vec<&str> = name.split('.').collect();
    if labels.len() < 2 {
        return Err("domain-incomplete");
    }
    for label in labels {
        if label.is_empty() || label.len() > 63 {
            return Err("domain-invalid");
        }
        let allowed = label
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !allowed || label.starts_with('-') || label.ends_with('-') {
            return Err("domain-invalid");
        }
    }
    Ok(())
}

/// Reads a name as typed (spaces around, capitals, a trailing dot, Unicode letters).
#[cfg(feature = "idna")]
pub fn parse(input: &str) -> Result<DomainName, &'static str> {
    let trimmed = input.trim().trim_end_matches('.');
    if trimmed.is_empty() {
        return Err("required");
    }
    if trimmed.chars().count() > 253 {
        return Err("too-long");
    }
    let ascii = idna::domain_to_ascii(trimmed).map_err(|_| "domain-invalid")?;
    check_ascii(&ascii)?;
    let (unicode, decoded) = idna::domain_to_unicode(&ascii);
    decoded.map_err(|_| "domain-invalid")?;
    Ok(DomainName { ascii, unicode })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_names_follow_the_label_rules() {
        assert_eq!(check_ascii("shop.example.ch"), Ok(()));
        assert_eq!(check_ascii("xn--bckerei-5wa.ch"), Ok(()));
        assert_eq!(check_ascii(""), Err("required"));
        assert_eq!(check_ascii("localhost"), Err("domain-incomplete"));
        assert_eq!(check_ascii("-shop.ch"), Err("domain-invalid"));
        assert_eq!(check_ascii("shop-.ch"), Err("domain-invalid"));
        assert_eq!(check_ascii("sh_op.ch"), Err("domain-invalid"));
        assert_eq!(check_ascii("shop..ch"), Err("domain-invalid"));
        assert_eq!(
            check_ascii(&format!("{}.ch", "a".repeat(64))),
            Err("domain-invalid")
        );
        assert_eq!(
            check_ascii(&format!("{}.ch", "a.".repeat(130))),
            Err("too-long")
        );
    }

    #[cfg(feature = "idna")]
    #[test]
    fn typed_names_are_normalised_and_shown_in_both_forms() {
        let name = parse("  Bäckerei-Müller.CH. ").unwrap();
        assert_eq!(name.ascii, "xn--bckerei-mller-bfb28a.ch");
        assert_eq!(name.unicode, "bäckerei-müller.ch");
        assert!(name.is_internationalised());
        let plain = parse("Shop.ch").unwrap();
        assert_eq!(
            (plain.ascii.as_str(), plain.is_internationalised()),
            ("shop.ch", false)
        );
        assert_eq!(parse("shop ch.ch"), Err("domain-invalid"));
        assert_eq!(parse("   "), Err("required"));
        assert_eq!(parse("ch"), Err("domain-incomplete"));
    }
}
