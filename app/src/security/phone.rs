//! Phone numbers for SMS codes and account recovery: only Swiss, French, Belgian and German
//! numbers are accepted (where codes can be delivered), checked against libphonenumber's
//! numbering plans and stored in E.164 form.

use phonenumber::country::Id;
use phonenumber::Mode;

/// Countries whose numbers are accepted, by calling code.
const CALLING_CODES: &[u16] = &[41, 33, 32, 49];

/// The E.164 form of `input`, read as a number of `home_country` (ISO code) when it has no
/// international prefix. Error codes: `phone-invalid`, `phone-country`.
pub fn normalise(input: &str, home_country: &str) -> Result<String, &'static str> {
    let input = input.trim();
    if input.is_empty() || input.len() > 32 {
        return Err("phone-invalid");
    }
    let home = match home_country {
        "CH" => Some(Id::CH),
        "FR" => Some(Id::FR),
        "BE" => Some(Id::BE),
        "DE" => Some(Id::DE),
        // Elsewhere a national number cannot be placed: the international form is needed.
        _ => None,
    };
    let number = phonenumber::parse(home, input).map_err(|_| "phone-invalid")?;
    if !CALLING_CODES.contains(&number.code().value()) {
        return Err("phone-country");
    }
    if !phonenumber::is_valid(&number) {
        return Err("phone-invalid");
    }
    Ok(number.format().mode(Mode::E164).to_string())
}

/// How a stored number is shown: international format with spaces.
pub fn display(e164: &str) -> String {
    phonenumber::parse(None, e164)
        .map(|n| n.format().mode(Mode::International).to_string())
        .unwrap_or_else(|_| e164.to_owned())
}

/// Only the last two digits, for the sign-in page ("•• 67").
pub fn masked(e164: &str) -> String {
    let digits: Vec<char> = e164.chars().filter(char::is_ascii_digit).collect();
    let tail: String = digits[digits.len().saturating_sub(2)..].iter().collect();
    format!("•••• {tail}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn national_numbers_are_read_in_the_home_country() {
        assert_eq!(normalise("079 123 45 67", "CH"), Ok("+41791234567".into()));
        assert_eq!(normalise("06 12 34 56 78", "FR"), Ok("+33612345678".into()));
        assert_eq!(normalise("0470 12 34 56", "BE"), Ok("+32470123456".into()));
        assert_eq!(
            normalise("01512 3456789", "DE"),
            Ok("+4915123456789".into())
        );
    }

    #[test]
    fn international_numbers_of_the_four_countries_are_accepted_from_anywhere() {
        assert_eq!(
            normalise("+41 79 123 45 67", "IT"),
            Ok("+41791234567".into())
        );
        assert_eq!(
            normalise("+33 6 12 34 56 78", "US"),
            Ok("+33612345678".into())
        );
    }

    #[test]
    fn other_countries_and_nonsense_are_refused() {
        assert_eq!(normalise("+39 312 345 6789", "CH"), Err("phone-country"));
        assert_eq!(normalise("+1 415 555 2671", "CH"), Err("phone-country"));
        assert_eq!(normalise("12", "CH"), Err("phone-invalid"));
        assert_eq!(normalise("not a number", "CH"), Err("phone-invalid"));
        assert_eq!(normalise("", "CH"), Err("phone-invalid"));
        // A national number without a home country to place it in.
        assert_eq!(normalise("079 123 45 67", "IT"), Err("phone-invalid"));
    }

    #[test]
    fn numbers_are_shown_spaced_or_masked() {
        assert_eq!(display("+41791234567"), "+41 79 123 45 67");
        assert_eq!(masked("+41791234567"), "•••• 67");
    }
}
