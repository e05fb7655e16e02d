//! What happens to a product as its end date comes and goes, decided on calendar dates in
//! the organisation's time zone (a product ending "on 1 November" ends on that day for the
//! organisation, whatever the UTC offset or a daylight-saving change in between).
//!
//! The rules, for products that have an end date:
//! - **Expiring soon** from [`EXPIRING_SOON_DAYS`] calendar days before the end date when
//!   automatic renewal is off; back to active when it is switched on again.
//! - **Reminders** 30, 14, 7 and 1 days before the end date while automatic renewal is
//!   off, each at most once per term; a run that was missed sends only the most urgent one
//!   due (never a burst of old ones).
//! - **Expired** from the end date on. An expired product can still be renewed at its
//!   normal price for [`RENEWAL_GRACE_DAYS`] days.
//! - After that, a **domain** whose extension has a redemption period goes **into
//!   redemption** for that many days (restoring it costs the extension's restore fee) and
//!   is then **released**; an extension without one is released at once. Other products
//!   stay expired (the accounting jobs terminate them).

use crate::datetime::UnixMillis;
use crate::status::ProductStatus;
use chrono::{NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;

pub const EXPIRING_SOON_DAYS: i64 = 30;
pub const REMINDER_DAYS: [i64; 4] = [30, 14, 7, 1];
pub const RENEWAL_GRACE_DAYS: i64 = 7;
/// The product kind that has redemption.
pub const DOMAIN: &str = "domain";

/// The calendar date of an instant in `tz`.
pub fn local_date(at: UnixMillis, tz: Tz) -> Option<NaiveDate> {
    Some(
        Utc.timestamp_millis_opt(at)
            .single()?
            .with_timezone(&tz)
            .date_naive(),
    )
}

/// The first instant of a calendar date in `tz` (the earliest one when a daylight-saving
/// change makes midnight ambiguous or skips it).
pub fn start_of(date: NaiveDate, tz: Tz) -> Option<UnixMillis> {
    let midnight = date.and_hms_opt(0, 0, 0)?;
    let local = tz
        .from_local_datetime(&midnight)
        .earliest()
        // Midnight skipped by a change: the day starts one hour later.
        .or_else(|| {
            tz.from_local_datetime(&(midnight + chrono::Duration::hours(1)))
                .earliest()
        })?;
    Some(local.timestamp_millis())
}

/// Calendar days from `now`'s date to `expires_at`'s date in `tz` (0 on the end date itself,
/// negative after it).
pub fn days_until(expires_at: UnixMillis, now: UnixMillis, tz: Tz) -> Option<i64> {
    Some((local_date(expires_at, tz)? - local_date(now, tz)?).num_days())
}

/// A product as the lifecycle sees it.
#[derive(Clone, Copy, Debug)]
pub struct Term<'a> {
    pub kind: &'a str,
    pub status: ProductStatus,
    pub expires_at: UnixMillis,
    pub auto_renew: bool,
    /// When an ongoing redemption ends.
    pub redemption_until: Option<UnixMillis>,
}

/// The change the lifecycle makes now, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// To `status`; entering redemption also says until when.
    To {
        status: ProductStatus,
        redemption_until: Option<UnixMillis>,
    },
}

/// The next change for `term` at `now`; `redemption_days` is the extension's period for a
/// domain (`None` or 0: released at once).
pub fn next_step(
    term: Term<'_>,
    now: UnixMillis,
    tz: Tz,
    redemption_days: Option<u32>,
) -> Option<Step> {
    use ProductStatus::*;
    let days = days_until(term.expires_at, now, tz)?;
    let to = |status| {
        Some(Step::To {
            status,
            redemption_until: None,
        })
    };
    match term.status {
        Active | ExpiringSoon | InMaintenance if days <= 0 => to(Expired),
        Active if days <= EXPIRING_SOON_DAYS && !term.auto_renew => to(ExpiringSoon),
        ExpiringSoon if term.auto_renew => to(Active),
        Expired if term.kind == DOMAIN && -days >= RENEWAL_GRACE_DAYS => {
            match redemption_days.filter(|d| *d > 0) {
                Some(period) => {
                    let grace_end = local_date(term.expires_at, tz)?
                        + chrono::Duration::days(RENEWAL_GRACE_DAYS + i64::from(period));
                    Some(Step::To {
                        status: InRedemption,
                        redemption_until: start_of(grace_end, tz),
                    })
                }
                None => to(Released),
            }
        }
        InRedemption => match term.redemption_until {
            Some(until) if now >= until => to(Released),
            // Entered by hand (demo data, an import) without an end: the extension's period
            // counted from the end of the grace period.
            None => {
                let end = local_date(term.expires_at, tz)?
                    + chrono::Duration::days(
                        RENEWAL_GRACE_DAYS + i64::from(redemption_days.unwrap_or(0)),
                    );
                (now >= start_of(end, tz)?).then_some(Step::To {
                    status: Released,
                    redemption_until: None,
                })
            }
            Some(_) => None,
        },
        _ => None,
    }
}

/// The reminder due at `now`, if one is: the most urgent of [`REMINDER_DAYS`] whose day
/// has come, while the term is still running and automatic renewal is off. Whether it was
/// already sent is the caller's record.
pub fn reminder_due(term: Term<'_>, now: UnixMillis, tz: Tz) -> Option<i64> {
    use ProductStatus::*;
    if term.auto_renew || !matches!(term.status, Active | ExpiringSoon | InMaintenance) {
        return None;
    }
    let days = days_until(term.expires_at, now, tz)?;
    REMINDER_DAYS
        .iter()
        .copied()
        .filter(|d| days >= 1 && days <= *d)
        .min()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDateTime;

    const ZURICH: Tz = chrono_tz::Europe::Zurich;

    /// An instant given as Zurich wall-clock time.
    fn zurich(text: &str) -> UnixMillis {
        let local = NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap();
        ZURICH
            .from_local_datetime(&local)
            .earliest()
            .unwrap()
            .timestamp_millis()
    }

    fn domain(status: ProductStatus, expires_at: UnixMillis) -> Term<'static> {
        Term {
            kind: DOMAIN,
            status,
            expires_at,
            auto_renew: false,
            redemption_until: None,
        }
    }

    #[test]
    fn days_are_counted_on_the_calendar_across_daylight_saving_changes() {
        // 25 October 2026: the clocks go back, the day has 25 hours.
        let end = zurich("2026-10-26 00:30");
        assert_eq!(days_until(end, zurich("2026-10-25 00:10"), ZURICH), Some(1));
        assert_eq!(days_until(end, zurich("2026-10-25 23:59"), ZURICH), Some(1));
        assert_eq!(days_until(end, zurich("2026-10-26 00:00"), ZURICH), Some(0));
        // 29 March 2026: 23 hours; 23:50 to 00:10 two days later is less than a day of time.
        assert_eq!(
            days_until(
                zurich("2026-03-30 00:10"),
                zurich("2026-03-28 23:50"),
                ZURICH
            ),
            Some(2)
        );
        // The same instant is another day in another zone.
        let late = zurich("2026-10-31 23:30");
        assert_eq!(
            local_date(late, chrono_tz::Europe::London)
                .unwrap()
                .to_string(),
            "2026-10-31"
        );
        assert_eq!(
            local_date(late, chrono_tz::Asia::Tokyo)
                .unwrap()
                .to_string(),
            "2026-11-01"
        );
        assert_eq!(
            start_of(NaiveDate::from_ymd_opt(2026, 10, 25).unwrap(), ZURICH),
            Some(zurich("2026-10-25 00:00"))
        );
    }

    #[test]
    fn a_domain_expires_then_waits_then_goes_into_redemption_and_is_released() {
        let end = zurich("2026-11-01 12:00");
        let step = |term, now| next_step(term, now, ZURICH, Some(30));
        let active = domain(ProductStatus::Active, end);
        assert_eq!(
            step(active, zurich("2026-10-01 23:00")),
            None,
            "31 days before"
        );
        assert_eq!(
            step(active, zurich("2026-10-02 00:00")),
            Some(Step::To {
                status: ProductStatus::ExpiringSoon,
                redemption_until: None
            })
        );
        let soon = domain(ProductStatus::ExpiringSoon, end);
        assert_eq!(step(soon, zurich("2026-10-31 23:59")), None);
        assert_eq!(
            step(soon, zurich("2026-11-01 00:00")),
            Some(Step::To {
                status: ProductStatus::Expired,
                redemption_until: None
            }),
            "on the end date, even before its hour"
        );
        let expired = domain(ProductStatus::Expired, end);
        assert_eq!(
            step(expired, zurich("2026-11-07 23:59")),
            None,
            "grace period"
        );
        assert_eq!(
            step(expired, zurich("2026-11-08 00:00")),
            Some(Step::To {
                status: ProductStatus::InRedemption,
                redemption_until: Some(zurich("2026-12-08 00:00"))
            })
        );
        let redemption = Term {
            redemption_until: Some(zurich("2026-12-08 00:00")),
            ..domain(ProductStatus::InRedemption, end)
        };
        assert_eq!(step(redemption, zurich("2026-12-07 23:59")), None);
        assert_eq!(
            step(redemption, zurich("2026-12-08 00:00")),
            Some(Step::To {
                status: ProductStatus::Released,
                redemption_until: None
            })
        );
        // Without redemption the name goes as soon as the grace period ends.
        assert_eq!(
            next_step(expired, zurich("2026-11-08 00:00"), ZURICH, None),
            Some(Step::To {
                status: ProductStatus::Released,
                redemption_until: None
            })
        );
    }

    #[test]
    fn other_products_stay_expired_and_auto_renewal_keeps_them_active() {
        let end = zurich("2026-11-01 12:00");
        let hosting = Term {
            kind: "web-hosting",
            ..domain(ProductStatus::Expired, end)
        };
        assert_eq!(
            next_step(hosting, zurich("2027-01-01 00:00"), ZURICH, Some(30)),
            None
        );
        let renewing = Term {
            auto_renew: true,
            ..domain(ProductStatus::Active, end)
        };
        assert_eq!(
            next_step(renewing, zurich("2026-10-20 00:00"), ZURICH, None),
            None
        );
        assert_eq!(
            reminder_due(renewing, zurich("2026-10-20 00:00"), ZURICH),
            None
        );
        let switched_on = Term {
            auto_renew: true,
            ..domain(ProductStatus::ExpiringSoon, end)
        };
        assert_eq!(
            next_step(switched_on, zurich("2026-10-20 00:00"), ZURICH, None),
            Some(Step::To {
                status: ProductStatus::Active,
                redemption_until: None
            })
        );
    }

    #[test]
    fn the_most_urgent_reminder_due_is_named() {
        let term = domain(ProductStatus::ExpiringSoon, zurich("2026-11-01 12:00"));
        let due = |now| reminder_due(term, zurich(now), ZURICH);
        assert_eq!(due("2026-10-01 23:00"), None);
        assert_eq!(due("2026-10-02 00:00"), Some(30));
        assert_eq!(due("2026-10-17 23:00"), Some(30));
        assert_eq!(due("2026-10-18 00:00"), Some(14));
        // A missed run: 10 days before, only the 14-day one is due.
        assert_eq!(due("2026-10-22 08:00"), Some(14));
        assert_eq!(due("2026-10-25 00:00"), Some(7));
        assert_eq!(due("2026-10-31 00:00"), Some(1));
        assert_eq!(due("2026-11-01 00:00"), None, "the end date itself");
    }
}
