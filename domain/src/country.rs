//! Countries offered for profiles and billing addresses, the currency a billing country
//! implies and a sensible default time zone for each.

use crate::money::Currency;

/// ISO 3166-1 alpha-2 codes offered in the console. Names are translated through
/// `country-<code lower-case>`.
pub const COUNTRIES: &[&str] = &[
    "AT", "BE", "BG", "CA", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB", "GR", "HR",
    "HU", "IE", "IT", "LI", "LT", "LU", "LV", "MC", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI",
    "SK", "US",
];

/// Euro-area members (and Monaco, which uses the euro).
const EURO: &[&str] = &[
    "AT", "BE", "CY", "DE", "EE", "ES", "FI", "FR", "GR", "HR", "IE", "IT", "LT", "LU", "LV", "MC",
    "MT", "NL", "PT", "SI", "SK",
];

pub fn is_known(code: &str) -> bool {
    COUNTRIES.contains(&code)
}

/// Normalises user input (`ch` → `CH`) and checks it is offered.
pub fn parse(code: &str) -> Result<String, &'static str> {
    let upper = code.trim().to_ascii_uppercase();
    if upper.is_empty() {
        Err("required")
    } else if is_known(&upper) {
        Ok(upper)
    } else {
        Err("country-unknown")
    }
}

/// The currency an organisation billed in `country` pays in. The catalogue is priced in
/// CHF and EUR only, so every country outside Switzerland/Liechtenstein is billed in EUR.
pub fn currency_for(country: &str) -> Currency {
    match country {
        "CH" | "LI" => Currency::Chf,
        _ => Currency::Eur,
    }
}

pub fn is_euro_country(country: &str) -> bool {
    EURO.contains(&country)
}

/// Fluent key of a country's name.
pub fn label_key(code: &str) -> String {
    format!("country-{}", code.to_ascii_lowercase())
}

/// Default IANA zone offered when a user picks a country.
pub fn default_time_zone(country: &str) -> &'static str {
    match country {
        "CH" => "Europe/Zurich",
        "LI" => "Europe/Vaduz",
        "FR" => "Europe/Paris",
        "DE" => "Europe/Berlin",
        "AT" => "Europe/Vienna",
        "IT" => "Europe/Rome",
        "ES" => "Europe/Madrid",
        "BE" => "Europe/Brussels",
        "LU" => "Europe/Luxembourg",
        "NL" => "Europe/Amsterdam",
        "GB" => "Europe/London",
        "IE" => "Europe/Dublin",
        "PT" => "Europe/Lisbon",
        "US" => "America/New_York",
        "CA" => "America/Toronto",
        _ => "Europe/Zurich",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn switzerland_and_liechtenstein_pay_in_francs() {
        assert_eq!(currency_for("CH"), Currency::Chf);
        assert_eq!(currency_for("LI"), Currency::Chf);
        assert_eq!(currency_for("FR"), Currency::Eur);
        assert_eq!(currency_for("DE"), Currency::Eur);
    }

    #[test]
    fn parses_known_countries_only() {
        assert_eq!(parse(" ch "), Ok("CH".into()));
        assert_eq!(parse("XX"), Err("country-unknown"));
        assert_eq!(parse(""), Err("required"));
        assert!(COUNTRIES.iter().all(|c| c.len() == 2));
        assert!(EURO.iter().all(|c| is_known(c)));
    }

    #[test]
    fn default_zones_are_valid_iana_names() {
        for c in COUNTRIES {
            let tz = default_time_zone(c);
            assert!(tz.parse::<chrono_tz::Tz>().is_ok(), "{tz}");
        }
    }
}
