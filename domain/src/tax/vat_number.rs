//! VAT identification numbers: format checks only, per billing country, without any
//! outside service (VIES, the Swiss UID register) and without check digits. A number that
//! passes is well-formed, not proven to exist.
//!
//! Input is normalised first: upper case, spaces, dots and dashes removed, and the Swiss
//! language suffix (`MWST`/`TVA`/`IVA`) or Norwegian `MVA` dropped. The prefix must be
//! the billing country's: a German address needs `DE…`, Greece uses `EL`, Monaco French
//! numbers (`FR…`). Liechtenstein numbers are five digits without an official prefix;
//! `LI`/`FL` are accepted and the stored form is `LI12345`.

use std::fmt;

/// A well-formed VAT number in compact form (`CHE123456789`, `DE123456789`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct VatNumber(String);

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum VatNumberError {
    #[error("empty VAT number")]
    Empty,
    #[error("no VAT number format known for {0}")]
    UnsupportedCountry(String),
    #[error("VAT number must start with {expected}")]
    WrongPrefix { expected: &'static str },
    #[error("malformed VAT number")]
    BadFormat,
}

/// Pattern letters: `d` digit, `l` letter, `x` letter or digit, `y` letter, `+` or `*`;
/// anything else (upper case, digits) must appear as written.
struct Format {
    country: &'static str,
    /// Accepted prefixes; the first is the stored one. `""` means none is required.
    prefixes: &'static [&'static str],
    suffixes: &'static [&'static str],
    patterns: &'static [&'static str],
}

const fn f(
    country: &'static str,
    prefixes: &'static [&'static str],
    patterns: &'static [&'static str],
) -> Format {
    Format {
        country,
        prefixes,
        suffixes: &[],
        patterns,
    }
}

const FR: &[&str] = &["xxddddddddd"];
const D8: &[&str] = &["dddddddd"];
const D9: &[&str] = &["ddddddddd"];
/// Romania: 2 to 10 digits.
const RO: &[&str] = &[
    "dd",
    "ddd",
    "dddd",
    "ddddd",
    "dddddd",
    "ddddddd",
    "dddddddd",
    "ddddddddd",
    "dddddddddd",
];

const FORMATS: &[Format] = &[
    Format {
        country: "CH",
        prefixes: &["CH"],
        suffixes: &["MWST", "TVA", "IVA"],
        patterns: &["Eddddddddd"],
    },
    f("LI", &["LI", "FL", ""], &["ddddd"]),
    f("AT", &["AT"], &["Udddddddd"]),
    f("BE", &["BE"], &["0ddddddddd", "1ddddddddd"]),
    f("BG", &["BG"], &["ddddddddd", "dddddddddd"]),
    f("CY", &["CY"], &["ddddddddl"]),
    f("CZ", &["CZ"], &["dddddddd", "ddddddddd", "dddddddddd"]),
    f("DE", &["DE"], D9),
    f("DK", &["DK"], D8),
    f("EE", &["EE"], D9),
    f("ES", &["ES"], &["ldddddddx", "ddddddddl"]),
    f("FI", &["FI"], D8),
    f("FR", &["FR"], FR),
    f("MC", &["FR"], FR),
    f("GR", &["EL"], D9),
    f("HR", &["HR"], &["ddddddddddd"]),
    f("HU", &["HU"], D8),
    f("IE", &["IE"], &["dddddddl", "dddddddll", "dydddddl"]),
    f("IT", &["IT"], &["ddddddddddd"]),
    f("LT", &["LT"], &["ddddddddd", "dddddddddddd"]),
    f("LU", &["LU"], D8),
    f("LV", &["LV"], &["ddddddddddd"]),
    f("MT", &["MT"], D8),
    f("NL", &["NL"], &["dddddddddBdd"]),
    f("PL", &["PL"], &["dddddddddd"]),
    f("PT", &["PT"], D9),
    f("RO", &["RO"], RO),
    f("SE", &["SE"], &["dddddddddd01"]),
    f("SI", &["SI"], D8),
    f("SK", &["SK"], &["dddddddddd"]),
    f(
        "GB",
        &["GB"],
        &["ddddddddd", "dddddddddddd", "GDddd", "HAddd"],
    ),
    Format {
        country: "NO",
        prefixes: &["NO"],
        suffixes: &["MVA"],
        patterns: D9,
    },
];

fn matches(body: &str, pattern: &str) -> bool {
    body.len() == pattern.len()
        && body.bytes().zip(pattern.bytes()).all(|(c, p)| match p {
            b'd' => c.is_ascii_digit(),
            b'l' => c.is_ascii_uppercase(),
            b'x' => c.is_ascii_uppercase() || c.is_ascii_digit(),
            b'y' => c.is_ascii_uppercase() || c == b'+' || c == b'*',
            literal => c == literal,
        })
}

/// Upper case without spaces, dots and dashes.
fn normalise(input: &str) -> String {
    input
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '.' | '-'))
        .flat_map(char::to_uppercase)
        .collect()
}

/// Whether a VAT number format is known for `country`.
pub fn is_supported(country: &str) -> bool {
    FORMATS.iter().any(|f| f.country == country)
}

impl VatNumber {
    /// Checks `input` as a VAT number of a buyer billed in `country`.
    pub fn parse(country: &str, input: &str) -> Result<VatNumber, VatNumberError> {
        let format = FORMATS
            .iter()
            .find(|f| f.country == country)
            .ok_or_else(|| VatNumberError::UnsupportedCountry(country.to_owned()))?;
        let compact = normalise(input);
        if compact.is_empty() {
            return Err(VatNumberError::Empty);
        }
        let compact = format
            .suffixes
            .iter()
            .find_map(|s| compact.strip_suffix(s))
            .unwrap_or(&compact);
        let mut prefixed = false;
        for prefix in format.prefixes {
            if let Some(body) = compact.strip_prefix(prefix) {
                prefixed |= !prefix.is_empty();
                if format.patterns.iter().any(|p| matches(body, p)) {
                    let stored = format.prefixes.first().copied().unwrap_or_default();
                    return Ok(VatNumber(format!("{stored}{body}")));
                }
            }
        }
        match format.prefixes.first() {
            Some(expected) if !prefixed && !format.prefixes.contains(&"") => {
                Err(VatNumberError::WrongPrefix { expected })
            }
            _ => Err(VatNumberError::BadFormat),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for VatNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(country: &str, input: &str) -> String {
        match VatNumber::parse(country, input) {
            Ok(n) => n.to_string(),
            Err(e) => panic!("{country} {input}: {e}"),
        }
    }

    #[test]
    fn swiss_uid_with_or_without_separators_and_suffix() {
        for input in [
            "CHE-123.456.789 MWST",
            "CHE-123.456.789 TVA",
            "che 123 456 789 iva",
            "CHE123456789",
        ] {
            assert_eq!(ok("CH", input), "CHE123456789", "{input}");
        }
        assert_eq!(
            VatNumber::parse("CH", "CHE-123.456.78 MWST"),
            Err(VatNumberError::BadFormat)
        );
        assert_eq!(
            VatNumber::parse("CH", "DE123456789"),
            Err(VatNumberError::WrongPrefix { expected: "CH" })
        );
    }

    #[test]
    fn eu_numbers_of_the_main_markets() {
        assert_eq!(ok("DE", "DE 123 456 789"), "DE123456789");
        assert_eq!(ok("FR", "FR 40 303 265 045"), "FR40303265045");
        assert_eq!(ok("FR", "FRXX999999999"), "FRXX999999999");
        assert_eq!(ok("IT", "IT12345678901"), "IT12345678901");
        assert_eq!(ok("ES", "ESB12345678"), "ESB12345678");
        assert_eq!(ok("ES", "ES12345678Z"), "ES12345678Z");
        assert_eq!(ok("ES", "ESX1234567Y"), "ESX1234567Y");
        assert_eq!(ok("BE", "BE 0123.456.789"), "BE0123456789");
        assert_eq!(ok("BE", "BE1234567890"), "BE1234567890");
        assert_eq!(ok("AT", "ATU12345678"), "ATU12345678");
        assert_eq!(ok("NL", "NL123456789B01"), "NL123456789B01");
        assert_eq!(ok("GR", "EL123456789"), "EL123456789");
        assert_eq!(ok("MC", "FR12345678901"), "FR12345678901");
        assert_eq!(ok("IE", "IE1234567T"), "IE1234567T");
        assert_eq!(ok("IE", "IE1234567WA"), "IE1234567WA");
        assert_eq!(ok("IE", "IE8Z49289F"), "IE8Z49289F");
        assert_eq!(ok("SE", "SE123456789001"), "SE123456789001");
        assert_eq!(ok("RO", "RO18547290"), "RO18547290");
        assert_eq!(ok("LI", "12345"), "LI12345");
        assert_eq!(ok("LI", "FL-12345"), "LI12345");
        assert_eq!(ok("NO", "NO 123 456 789 MVA"), "NO123456789");
        assert_eq!(ok("GB", "GB 123 4567 89"), "GB123456789");
    }

    #[test]
    fn malformed_numbers_are_refused() {
        use VatNumberError::*;
        let cases = [
            ("DE", "DE12345678", BadFormat),
            ("DE", "DE1234567890", BadFormat),
            ("DE", "123456789", WrongPrefix { expected: "DE" }),
            ("DE", "ATU12345678", WrongPrefix { expected: "DE" }),
            ("FR", "FR1234567890", BadFormat),
            ("IT", "IT1234567890", BadFormat),
            ("ES", "ES123456789", BadFormat),
            ("BE", "BE2123456789", BadFormat),
            ("BE", "BE123456789", BadFormat),
            ("AT", "AT12345678", BadFormat),
            ("AT", "ATU1234567", BadFormat),
            ("GR", "GR123456789", WrongPrefix { expected: "EL" }),
            ("LI", "123456", BadFormat),
            ("NL", "NL123456789X01", BadFormat),
            ("DE", " - . ", Empty),
        ];
        for (country, input, error) in cases {
            assert_eq!(
                VatNumber::parse(country, input),
                Err(error),
                "{country} {input}"
            );
        }
        assert_eq!(
            VatNumber::parse("US", "123"),
            Err(UnsupportedCountry("US".into()))
        );
        assert!(!is_supported("US"));
    }

    #[test]
    fn every_eu_member_has_a_format() {
        for member in crate::tax::rates::EU_MEMBERS {
            assert!(is_supported(member), "{member}");
        }
    }
}
