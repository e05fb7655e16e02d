//! Payment references: the QR reference (27 digits, the last a recursive modulo-10 check
//! digit), which needs a QR-IBAN, and the ISO 11649 creditor reference (`RF`, two check
//! digits modulo 97), which needs an ordinary IBAN. Both are derived from the digits of an
//! order's number, so a bank notification's reference finds the order again.

use super::iban::{grouped, mod97};

/// How the payer's bank reports the payment back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reference {
    /// `QRR`: 27 digits.
    Qr(String),
    /// `SCOR`: `RF`, two check digits and up to 21 letters or digits.
    Creditor(String),
}

/// The recursive modulo-10 table of the QR reference (and the former ISR reference).
const TABLE: [usize; 10] = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5];

fn mod10_check_digit(digits: &str) -> Option<char> {
    let mut carry = 0usize;
    for c in digits.chars() {
        let d = c.to_digit(10)? as usize;
        carry = TABLE[(carry + d) % 10];
    }
    char::from_digit(((10 - carry) % 10) as u32, 10)
}

impl Reference {
    /// The QR reference of `digits` (at most 26), zero-padded on the left.
    pub fn qr_of(digits: &str) -> Option<Reference> {
        if digits.is_empty() || digits.len() > 26 || !digits.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let body = format!("{digits:0>26}");
        let check = mod10_check_digit(&body)?;
        Some(Reference::Qr(format!("{body}{check}")))
    }

    /// The creditor reference of `body` (1 to 21 letters or digits).
    pub fn creditor_of(body: &str) -> Option<Reference> {
        let body = body.to_ascii_uppercase();
        if body.is_empty() || body.len() > 21 || !body.chars().all(|c| c.is_ascii_alphanumeric()) {
            return None;
        }
        let rest = mod97(&format!("{body}RF00"))?;
        Some(Reference::Creditor(format!("RF{:02}{body}", 98 - rest)))
    }

    /// Reads a reference as printed or as a bank reports it; `None` when its check digits
    /// are wrong.
    pub fn parse(text: &str) -> Option<Reference> {
        let compact: String = text
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| c.to_ascii_uppercase())
            .collect();
        if compact.starts_with("RF") {
            let ok = (5..=25).contains(&compact.len())
                && compact.chars().all(|c| c.is_ascii_alphanumeric())
                && mod97(&format!("{}{}", &compact[4..], &compact[..4])) == Some(1);
            ok.then_some(Reference::Creditor(compact))
        } else {
            let ok = compact.len() == 27
                && compact.chars().all(|c| c.is_ascii_digit())
                && mod10_check_digit(&compact[..26]) == compact.chars().last();
            ok.then_some(Reference::Qr(compact))
        }
    }

    /// `QRR` or `SCOR`, the code's reference type.
    pub fn kind_code(&self) -> &'static str {
        match self {
            Reference::Qr(_) => "QRR",
            Reference::Creditor(_) => "SCOR",
        }
    }

    /// The electronic form.
    pub fn as_str(&self) -> &str {
        match self {
            Reference::Qr(r) | Reference::Creditor(r) => r,
        }
    }

    /// As printed: a QR reference in blocks of five from the right (the first block
    /// shorter), a creditor reference in blocks of four.
    pub fn printed(&self) -> String {
        match self {
            Reference::Qr(r) => {
                let head = r.len() % 5;
                let (first, rest) = r.split_at(head);
                let blocks = grouped(rest, 5);
                if first.is_empty() {
                    blocks
                } else {
                    format!("{first} {blocks}")
                }
            }
            Reference::Creditor(r) => grouped(r, 4),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_qr_reference_carries_the_recursive_modulo_10_check_digit() {
        // The standard's own example reference.
        let r = Reference::qr_of("21000000000313947143000901").expect("26 digits");
        assert_eq!(r.as_str(), "210000000003139471430009017");
        assert_eq!(r.printed(), "21 00000 00003 13947 14300 09017");
        assert_eq!(
            Reference::parse("21 00000 00003 13947 14300 09017"),
            Some(r)
        );
        assert_eq!(Reference::parse("210000000003139471430009018"), None);
    }

    #[test]
    fn the_creditor_reference_carries_iso_11649_check_digits() {
        // ISO 11649's example.
        let r = Reference::creditor_of("539007547034").expect("short enough");
        assert_eq!(r.as_str(), "RF18539007547034");
        assert_eq!(r.printed(), "RF18 5390 0754 7034");
        assert_eq!(Reference::parse("rf18 5390 0754 7034"), Some(r));
        assert_eq!(Reference::parse("RF19539007547034"), None);
    }

    #[test]
    fn bodies_too_long_or_not_alphanumeric_are_refused() {
        assert!(Reference::qr_of(&"1".repeat(27)).is_none());
        assert!(Reference::qr_of("12a").is_none());
        assert!(Reference::creditor_of(&"A".repeat(22)).is_none());
        assert!(Reference::creditor_of("AB-12").is_none());
    }
}
