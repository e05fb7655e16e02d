//! The one clock every time rule and every repository write reads. Production runs on the
//! system clock; tests move time forward instead of rewriting rows; a demo may run shifted
//! (e.g. 20 days ahead, to see a renewal fall due) or accelerated, but only when the operator
//! explicitly allows it (`server::config`).

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

/// A cheap handle (clones share one clock).
#[derive(Clone, Debug)]
pub struct Clock(Arc<Inner>);

#[derive(Debug)]
struct Inner {
    /// Added to the reading; moved by [`Clock::advance`].
    offset_ms: AtomicI64,
    /// How many clock milliseconds pass per real millisecond (1 = real time).
    speed: i64,
    /// The real instant speed is measured from.
    started_ms: i64,
    /// `Some(t)`: the clock stands still at `t` (plus the offset) instead of following the
    /// system clock — for tests that need exact instants.
    frozen_ms: Option<i64>,
}

impl Clock {
    /// The system clock.
    pub fn system() -> Clock {
        Clock::shifted(0, 1)
    }

    /// The system clock moved by `offset_ms` and running `speed` times as fast from now on.
    pub fn shifted(offset_ms: i64, speed: i64) -> Clock {
        Clock(Arc::new(Inner {
            offset_ms: AtomicI64::new(offset_ms),
            speed: speed.max(1),
            started_ms: system_ms(),
            frozen_ms: None,
        }))
    }

    /// A clock that stands at `at_ms` until advanced.
    pub fn frozen(at_ms: i64) -> Clock {
        Clock(Arc::new(Inner {
            offset_ms: AtomicI64::new(0),
            speed: 1,
            started_ms: 0,
            frozen_ms: Some(at_ms),
        }))
    }

    /// The current instant as Unix milliseconds, UTC.
    pub fn now_ms(&self) -> i64 {
        let offset = self.0.offset_ms.load(Ordering::Relaxed);
        match self.0.frozen_ms {
            Some(at) => at + offset,
            None => {
                let real = system_ms();
                let elapsed = real - self.0.started_ms;
                self.0.started_ms + elapsed.saturating_mul(self.0.speed) + offset
            }
        }
    }

    /// How long `clock_ms` of this clock's time lasts in real time (shorter when it runs
    /// faster): for waits measured in real time, such as renewing a lease.
    pub fn real_duration(&self, clock_ms: i64) -> std::time::Duration {
        let ms = clock_ms.max(0) / self.0.speed;
        std::time::Duration::from_millis(u64::try_from(ms).unwrap_or(0))
    }

    /// Moves the clock forward by `ms` for every holder of this clock (tests and demos).
    pub fn advance(&self, ms: i64) {
        self.0.offset_ms.fetch_add(ms, Ordering::Relaxed);
    }

    /// Whether this clock differs from the system clock (shown by operators' commands).
    pub fn is_shifted(&self) -> bool {
        self.0.frozen_ms.is_some()
            || self.0.speed != 1
            || self.0.offset_ms.load(Ordering::Relaxed) != 0
    }
}

fn system_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_frozen_clock_moves_only_when_advanced() {
        let clock = Clock::frozen(1_000);
        assert_eq!(clock.now_ms(), 1_000);
        clock.clone().advance(500);
        assert_eq!(clock.now_ms(), 1_500);
    }

    #[test]
    fn a_shifted_clock_reads_ahead_of_the_system() {
        let clock = Clock::shifted(86_400_000, 1);
        let ahead = clock.now_ms() - system_ms();
        assert!((86_399_000..=86_401_000).contains(&ahead), "{ahead}");
        assert!(clock.is_shifted());
        assert!(!Clock::system().is_shifted());
    }

    #[test]
    fn an_accelerated_clock_runs_faster() {
        let clock = Clock::shifted(0, 1_000);
        let before = clock.now_ms();
        std::thread::sleep(std::time::Duration::from_millis(20));
        assert!(clock.now_ms() - before >= 19_000);
    }
}
