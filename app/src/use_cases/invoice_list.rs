//! What Accounting → Invoices can be filtered by: the calendar years that have invoices,
//! in the reader's time zone, and the organisation's billing addresses.

use chrono::NaiveDate;
use chrono_tz::Tz;
use db::{Db, OrgScope};
use domain::dto::{AddressChoice, AddressOption};
use domain::product_lifecycle::{local_date, start_of};
use domain::AppError;

/// The first instant of `year` and of the next one in `zone`; `None` for a year no
/// calendar holds.
pub fn year_bounds(year: i32, zone: Tz) -> Option<(i64, i64)> {
    let start = start_of(NaiveDate::from_ymd_opt(year, 1, 1)?, zone)?;
    let end = start_of(NaiveDate::from_ymd_opt(year.checked_add(1)?, 1, 1)?, zone)?;
    Some((start, end))
}

/// The years from the organisation's first invoice to now, newest first; none without
/// invoices.
pub async fn years(db: &Db, scope: &OrgScope, zone: Tz) -> Result<Vec<i32>, AppError> {
    let Some(first) = db::invoices::first_issued_at(db, scope).await? else {
        return Ok(Vec::new());
    };
    let year_of = |at| local_date(at, zone).map(|d| chrono::Datelike::year(&d));
    let (Some(first), Some(now)) = (year_of(first), year_of(db.now_ms())) else {
        return Ok(Vec::new());
    };
    Ok((first..=now.max(first)).rev().collect())
}

/// The main address and the further billing addresses, each as `name, city` (the name
/// alone while the city is not filled in).
pub async fn addresses(db: &Db, scope: &OrgScope) -> Result<Vec<AddressOption>, AppError> {
    let details = db::org_settings::details(db, scope).await?;
    Ok(super::ordering::billing_choices(details)
        .into_iter()
        .map(|c| AddressOption {
            choice: c.id.map_or(AddressChoice::Main, AddressChoice::Other),
            label: match c.city.trim() {
                "" => c.name,
                city => format!("{}, {city}", c.name),
            },
        })
        .collect())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_year_starts_at_midnight_in_the_readers_zone() {
        let (start, end) = year_bounds(2026, chrono_tz::Europe::Zurich).unwrap();
        // 2026-01-01 00:00 in Zurich is 2025-12-31 23:00 UTC.
        assert_eq!(start, 1_767_222_000_000);
        assert_eq!(end - start, 365 * 86_400_000);
        let (utc_start, _) = year_bounds(2026, chrono_tz::UTC).unwrap();
        assert_eq!(utc_start - start, 3_600_000);
        assert_eq!(year_bounds(i32::MAX, chrono_tz::UTC), None);
    }
}
