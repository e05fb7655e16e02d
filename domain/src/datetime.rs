//! Date and time display in the viewer's time zone and regional format. The same code runs
//! during server rendering and in the browser, so hydration sees identical text.

use crate::lang::Lang;
use chrono::{DateTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

/// Instants travel as milliseconds since the Unix epoch, UTC.
pub type UnixMillis = i64;

/// Everything needed to show a date, a time, a number or an amount the way a viewer reads
/// them: language, region (country) and IANA time zone.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Region {
    pub lang: Lang,
    pub country: String,
    pub time_zone: String,
}

impl Default for Region {
    fn default() -> Self {
        Self {
            lang: Lang::En,
            country: "CH".into(),
            time_zone: "Europe/Zurich".into(),
        }
    }
}

/// Checks an IANA zone name such as `Europe/Zurich`.
pub fn parse_time_zone(name: &str) -> Result<String, &'static str> {
    let name = name.trim();
    if name.is_empty() {
        return Err("required");
    }
    name.parse::<Tz>()
        .map(|tz| tz.name().to_owned())
        .map_err(|_| "time-zone-unknown")
}

/// The zone named `name`, UTC for a name that is not one (stored names were checked with
/// [`parse_time_zone`]).
pub fn zone(name: &str) -> Tz {
    name.parse().unwrap_or(Tz::UTC)
}

/// All IANA zone names, for the searchable time-zone picker.
pub fn time_zone_names() -> impl Iterator<Item = &'static str> {
    chrono_tz::TZ_VARIANTS.iter().map(|tz| tz.name())
}

impl Region {
    fn tz(&self) -> Tz {
        zone(&self.time_zone)
    }

    fn local(&self, at: UnixMillis) -> Option<DateTime<Tz>> {
        let utc = Utc.timestamp_millis_opt(at).single()?;
        Some(utc.with_timezone(&self.tz()))
    }

    /// Day-month-year order and separator: dots in German-speaking and Swiss usage, slashes
    /// elsewhere, month first only for US English.
    fn date_pattern(&self) -> &'static str {
        match (self.lang, self.country.as_str()) {
            (Lang::En, "US") => "%m/%d/%Y",
            (Lang::De, _) | (_, "CH" | "LI" | "AT") => "%d.%m.%Y",
            _ => "%d/%m/%Y",
        }
    }

    fn time_pattern(&self) -> &'static str {
        match (self.lang, self.country.as_str()) {
            (Lang::En, "US" | "CA") => "%-I:%M %p",
            _ => "%H:%M",
        }
    }

    /// e.g. `31.03.2027` for a de-CH viewer.
    pub fn date(&self, at: UnixMillis) -> String {
        self.local(at)
            .map(|d| d.format(self.date_pattern()).to_string())
            .unwrap_or_default()
    }

    /// e.g. `31.03.2027 14:05` for a de-CH viewer.
    pub fn date_time(&self, at: UnixMillis) -> String {
        self.local(at)
            .map(|d| {
                format!(
                    "{} {}",
                    d.format(self.date_pattern()),
                    d.format(self.time_pattern())
                )
            })
            .unwrap_or_default()
    }

    /// Zone abbreviation or offset in effect at `at` (e.g. `CEST`), shown beside times.
    pub fn zone_abbreviation(&self, at: UnixMillis) -> String {
        self.local(at)
            .map(|d| d.format("%Z").to_string())
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn region(lang: Lang, country: &str, tz: &str) -> Region {
        Region {
            lang,
            country: country.into(),
            time_zone: tz.into(),
        }
    }

    fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> UnixMillis {
        Utc.with_ymd_and_hms(y, m, d, h, min, 0)
            .unwrap()
            .timestamp_millis()
    }

    #[test]
    fn swiss_german_viewer_sees_dotted_date_and_24h_time() {
        let r = region(Lang::De, "CH", "Europe/Zurich");
        // 12:05 UTC is 14:05 in Zurich on 31 March 2027 (summer time).
        assert_eq!(r.date_time(utc(2027, 3, 31, 12, 5)), "31.03.2027 14:05");
    }

    #[test]
    fn formats_follow_language_and_region() {
        let at = utc(2027, 1, 5, 18, 30);
        assert_eq!(
            region(Lang::Fr, "FR", "Europe/Paris").date_time(at),
            "05/01/2027 19:30"
        );
        assert_eq!(
            region(Lang::En, "US", "America/New_York").date_time(at),
            "01/05/2027 1:30 PM"
        );
        assert_eq!(
            region(Lang::It, "CH", "Europe/Zurich").date(at),
            "05.01.2027"
        );
        assert_eq!(
            region(Lang::Es, "ES", "Europe/Madrid").date(at),
            "05/01/2027"
        );
    }

    #[test]
    fn zurich_spring_forward_skips_the_two_oclock_hour() {
        // Last Sunday of March 2027 is the 28th: 01:00 UTC is 03:00 CEST, one minute
        // earlier it was 01:59 CET.
        let r = region(Lang::De, "CH", "Europe/Zurich");
        assert_eq!(r.date_time(utc(2027, 3, 28, 0, 59)), "28.03.2027 01:59");
        assert_eq!(r.date_time(utc(2027, 3, 28, 1, 0)), "28.03.2027 03:00");
        assert_eq!(r.zone_abbreviation(utc(2027, 3, 28, 0, 59)), "CET");
        assert_eq!(r.zone_abbreviation(utc(2027, 3, 28, 1, 0)), "CEST");
    }

    #[test]
    fn zurich_fall_back_shows_two_oclock_twice() {
        // Last Sunday of October 2027 is the 31st: 00:30 and 01:30 UTC both read 02:30.
        let r = region(Lang::De, "CH", "Europe/Zurich");
        assert_eq!(r.date_time(utc(2027, 10, 31, 0, 30)), "31.10.2027 02:30");
        assert_eq!(r.date_time(utc(2027, 10, 31, 1, 30)), "31.10.2027 02:30");
        assert_eq!(r.zone_abbreviation(utc(2027, 10, 31, 0, 30)), "CEST");
        assert_eq!(r.zone_abbreviation(utc(2027, 10, 31, 1, 30)), "CET");
    }

    #[test]
    fn the_same_instant_reads_differently_across_zones() {
        let at = utc(2027, 6, 1, 22, 0);
        assert_eq!(
            region(Lang::En, "GB", "Europe/London").date_time(at),
            "01/06/2027 23:00"
        );
        assert_eq!(
            region(Lang::De, "CH", "Europe/Zurich").date_time(at),
            "02.06.2027 00:00"
        );
    }

    #[test]
    fn time_zone_names_are_validated() {
        assert_eq!(
            parse_time_zone(" Europe/Zurich "),
            Ok("Europe/Zurich".into())
        );
        assert_eq!(parse_time_zone("Mars/Olympus"), Err("time-zone-unknown"));
        assert!(time_zone_names().any(|n| n == "America/Argentina/Buenos_Aires"));
    }
}
