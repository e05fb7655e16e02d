//! IBANs as a QR-bill needs them: Swiss or Liechtenstein, 21 characters, valid check
//! digits; a QR-IBAN is one whose institution id lies in 30000–31999.

use std::fmt;

/// A checked Swiss or Liechtenstein IBAN, kept in its electronic form (no spaces).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Iban(String);

impl Iban {
    /// Reads an IBAN as typed (spaces allowed, any case).
    pub fn parse(text: &str) -> Option<Iban> {
        let compact: String = text
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| c.to_ascii_uppercase())
            .collect();
        let country_ok = compact.starts_with("CH") || compact.starts_with("LI");
        let shape_ok = compact.len() == 21
            && compact.chars().all(|c| c.is_ascii_alphanumeric())
            && compact[2..4].chars().all(|c| c.is_ascii_digit());
        (country_ok && shape_ok && mod97(&rotated(&compact)) == Some(1)).then_some(Iban(compact))
    }

    /// The electronic form, as the code carries it.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// A QR-IBAN: its institution id (characters 5 to 9) lies in 30000–31999.
    pub fn is_qr_iban(&self) -> bool {
        self.0[4..9]
            .parse::<u32>()
            .is_ok_and(|iid| (30000..=31999).contains(&iid))
    }
}

/// Groups of four, as printed on the payment part.
impl fmt::Display for Iban {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&grouped(&self.0, 4))
    }
}

/// `text` in groups of `size` characters separated by spaces, counted from the left.
pub(crate) fn grouped(text: &str, size: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    chars
        .chunks(size)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The country and check digits moved to the end, as ISO 13616 computes them.
fn rotated(iban: &str) -> String {
    format!("{}{}", &iban[4..], &iban[..4])
}

/// The remainder modulo 97 of `text` with letters as numbers (A = 10 … Z = 35); `None`
/// for any other character. ISO 13616 and ISO 11649 share it.
pub(crate) fn mod97(text: &str) -> Option<u32> {
    let mut rest: u32 = 0;
    for c in text.chars() {
        let value = c.to_digit(36)?;
        rest = if value < 10 {
            (rest * 10 + value) % 97
        } else {
            (rest * 100 + value) % 97
        };
    }
    Some(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_valid_iban_is_read_with_spaces_and_lower_case() {
        let iban = Iban::parse("ch93 0076 2011 6238 5295 7").expect("valid");
        assert_eq!(iban.as_str(), "CH9300762011623852957");
        assert_eq!(iban.to_string(), "CH93 0076 2011 6238 5295 7");
        assert!(!iban.is_qr_iban());
    }

    #[test]
    fn a_wrong_check_digit_or_a_foreign_iban_is_refused() {
        assert!(Iban::parse("CH9400762011623852957").is_none());
        assert!(Iban::parse("DE89370400440532013000").is_none());
        assert!(Iban::parse("CH93007620116238529").is_none());
    }

    #[test]
    fn an_institution_id_from_30000_to_31999_makes_a_qr_iban() {
        let qr = Iban::parse("CH44 3199 9123 0008 8901 2").expect("valid");
        assert!(qr.is_qr_iban());
    }
}
