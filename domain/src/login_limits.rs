//! How hard the console makes guessing passwords: every attempt counts (before its password
//! is checked), per account and per source address, in hourly windows. The first attempts are
//! free, later ones wait longer and longer, and past the hourly limit the account (or address)
//! is refused until the window ends. Nobody is locked out for longer than that hour.

/// Failed attempts per account per hour (ASVS 2.2.1: at most 100).
pub const ACCOUNT_LIMIT: i64 = 100;
/// Attempts per source address per hour, over all accounts.
pub const ADDRESS_LIMIT: i64 = 300;
/// Attempts answered without delay.
pub const FREE_ATTEMPTS: i64 = 5;
/// The longest delay before an attempt is answered.
pub const MAX_DELAY_MS: u64 = 8_000;

/// What to do with an attempt, given the counts including it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Check the password after waiting this long.
    Proceed { delay_ms: u64 },
    /// Refuse without checking.
    Refuse,
}

pub fn verdict(account_attempts: i64, address_attempts: i64) -> Verdict {
    if account_attempts > ACCOUNT_LIMIT || address_attempts > ADDRESS_LIMIT {
        return Verdict::Refuse;
    }
    // Addresses get three times the free attempts: an office shares one.
    let pressure = account_attempts.max(address_attempts / 3);
    let over = pressure - FREE_ATTEMPTS;
    let delay_ms = if over <= 0 {
        0
    } else {
        (250u64 << (over - 1).min(10) as u32).min(MAX_DELAY_MS)
    };
    Verdict::Proceed { delay_ms }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_grow_then_the_hour_is_refused() {
        assert_eq!(verdict(1, 1), Verdict::Proceed { delay_ms: 0 });
        assert_eq!(verdict(5, 5), Verdict::Proceed { delay_ms: 0 });
        assert_eq!(verdict(6, 6), Verdict::Proceed { delay_ms: 250 });
        assert_eq!(verdict(7, 7), Verdict::Proceed { delay_ms: 500 });
        assert_eq!(
            verdict(40, 1),
            Verdict::Proceed {
                delay_ms: MAX_DELAY_MS
            }
        );
        assert_eq!(
            verdict(100, 1),
            Verdict::Proceed {
                delay_ms: MAX_DELAY_MS
            }
        );
        assert_eq!(verdict(101, 1), Verdict::Refuse);
        assert_eq!(verdict(1, 301), Verdict::Refuse);
        assert_eq!(
            verdict(1, 15),
            Verdict::Proceed { delay_ms: 0 },
            "an office of several people"
        );
    }
}
