//! Promotion codes: a code a customer types for a discount on some product kinds.
//!
//! A code is case-insensitive and stored normalised (upper case: `welcome10` is
//! `WELCOME10`). Its discount is a percentage (basis points: 10 % = 1 000) or a fixed
//! amount in one currency (tax excluded, like the catalogue's prices; a cart in another
//! currency is refused with `promotion-wrong-currency`). It applies to the first period
//! only (`periods` 1) or to the first `periods` periods (the order and the renewals after
//! it: stored here, read by renewals), to some kinds or all, from `valid_from` until
//! `valid_until` (exclusive), at most `max_uses` times in all and `max_per_org` times per
//! organisation. [`Promotion::check`] gives the reason a code cannot be used now; the cart
//! adds `promotion-wrong-product` and `promotion-wrong-currency` ([`super::price_cart`]).
//! The limits are checked again, under a lock, when the order records the use
//! (`db::promotions::record_use`).

use crate::catalogue::ProductKind;
use crate::ids::PromotionId;
use crate::money::{Currency, Money};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::fmt;

/// What a code takes off.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Discount {
    /// A share of the lines it applies to, in basis points (1 ..= 10 000).
    Percent { basis_points: u32 },
    /// A fixed amount, tax excluded, at most what the lines it applies to cost; only for
    /// carts in its currency.
    Amount(Money),
}

impl fmt::Display for Discount {
    /// `10 %`, `12.5 %`, `CHF 5.00` (operators' English).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Discount::Percent { basis_points } => {
                let (whole, rest) = (basis_points / 100, basis_points % 100);
                match rest {
                    0 => write!(f, "{whole} %"),
                    r if r % 10 == 0 => write!(f, "{whole}.{} %", r / 10),
                    r => write!(f, "{whole}.{r:02} %"),
                }
            }
            Discount::Amount(money) => write!(
                f,
                "{} {}",
                money.currency,
                crate::catalogue::decimal_text(money)
            ),
        }
    }
}

/// A promotion code, as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Promotion {
    pub id: PromotionId,
    /// Normalised ([`normalise_code`]).
    pub code: String,
    pub discount: Discount,
    /// How many periods it applies to: 1 is the first period only (the order); `n` the
    /// order and the `n − 1` renewals after it.
    pub periods: u32,
    /// The kinds it applies to; `None`: every kind.
    pub kinds: Option<BTreeSet<ProductKind>>,
    /// Usable from this instant (Unix ms) …
    pub valid_from: i64,
    /// … strictly before this one; `None`: no end.
    pub valid_until: Option<i64>,
    /// Uses in all; `None`: no limit.
    pub max_uses: Option<u32>,
    /// Uses per organisation; `None`: no limit.
    pub max_per_org: Option<u32>,
    /// Uses recorded so far (all organisations).
    pub used_count: u32,
    pub created_at: i64,
    /// Who created it (`operator:alice`).
    pub created_by: String,
}

/// Why a code cannot be used. Each is an `AppError::conflict` reason.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PromotionRefusal {
    /// No such code (or not a well-formed one).
    Unknown,
    /// Its validity starts later.
    NotYetValid,
    /// Its validity has ended.
    Expired,
    /// Its total number of uses is reached.
    UsedUp,
    /// This organisation used it as often as it may.
    AlreadyUsed,
    /// No line of the cart is of a kind it applies to (or each such line is free already).
    WrongProduct,
    /// A fixed amount in another currency than the cart's.
    WrongCurrency,
}

impl PromotionRefusal {
    pub const ALL: [PromotionRefusal; 7] = [
        PromotionRefusal::Unknown,
        PromotionRefusal::NotYetValid,
        PromotionRefusal::Expired,
        PromotionRefusal::UsedUp,
        PromotionRefusal::AlreadyUsed,
        PromotionRefusal::WrongProduct,
        PromotionRefusal::WrongCurrency,
    ];

    /// The conflict reason (`error-conflict-<code>`).
    pub const fn code(self) -> &'static str {
        match self {
            PromotionRefusal::Unknown => "promotion-unknown",
            PromotionRefusal::NotYetValid => "promotion-not-yet-valid",
            PromotionRefusal::Expired => "promotion-expired",
            PromotionRefusal::UsedUp => "promotion-used-up",
            PromotionRefusal::AlreadyUsed => "promotion-already-used",
            PromotionRefusal::WrongProduct => "promotion-wrong-product",
            PromotionRefusal::WrongCurrency => "promotion-wrong-currency",
        }
    }
}

impl fmt::Display for PromotionRefusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The longest code accepted.
pub const MAX_CODE_LEN: usize = 32;
/// The most periods a code may apply to (ten years of monthly renewals).
pub const MAX_PERIODS: u32 = 120;

/// A code as stored: trimmed and in upper case, 3 to 32 ASCII letters, digits, `-` or `_`.
/// `None` when `text` cannot be a code (which a customer is told as `promotion-unknown`).
pub fn normalise_code(text: &str) -> Option<String> {
    let code = text.trim().to_ascii_uppercase();
    let well_formed = (3..=MAX_CODE_LEN).contains(&code.len())
        && code
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
    well_formed.then_some(code)
}

/// Digits with an optional point and at most `decimals` decimals → the integer scaled by
/// `10^decimals` (`"12.5"`, 2 → 1250). No sign, spaces, separators or exponent.
fn parse_fixed(text: &str, decimals: u32) -> Option<i64> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty()
        || !digits(whole)
        || !digits(fraction)
        || fraction.len() > decimals as usize
        || (text.contains('.') && fraction.is_empty())
    {
        return None;
    }
    let padded = fraction
        .bytes()
        .chain(std::iter::repeat(b'0'))
        .take(decimals as usize);
    whole.bytes().chain(padded).try_fold(0_i64, |n, b| {
        n.checked_mul(10)?.checked_add(i64::from(b - b'0'))
    })
}

/// `"10"` → 1 000 basis points, `"12.5"` → 1 250, `"0.01"` → 1; `None` unless above 0 and
/// at most 100 with at most two decimals.
pub fn parse_percent(text: &str) -> Option<u32> {
    let bp = parse_fixed(text.trim(), 2)?;
    u32::try_from(bp)
        .ok()
        .filter(|bp| (1..=10_000).contains(bp))
}

/// `"5.00"` → CHF 5.00; `None` unless a positive amount with at most the currency's
/// decimals.
pub fn parse_amount(text: &str, currency: Currency) -> Option<Money> {
    let minor = parse_fixed(text.trim(), currency.exponent())?;
    (minor > 0).then(|| Money::new(minor, currency))
}

impl Promotion {
    /// Whether an organisation that used it `org_uses` times may use it at `now_ms`:
    /// valid from, not expired, total uses left, its own uses left — in that order.
    pub fn check(&self, org_uses: u32, now_ms: i64) -> Result<(), PromotionRefusal> {
        if now_ms < self.valid_from {
            return Err(PromotionRefusal::NotYetValid);
        }
        if self.valid_until.is_some_and(|until| now_ms >= until) {
            return Err(PromotionRefusal::Expired);
        }
        if self.max_uses.is_some_and(|max| self.used_count >= max) {
            return Err(PromotionRefusal::UsedUp);
        }
        if self.max_per_org.is_some_and(|max| org_uses >= max) {
            return Err(PromotionRefusal::AlreadyUsed);
        }
        Ok(())
    }

    /// Whether it applies to lines of `kind`.
    pub fn applies_to(&self, kind: ProductKind) -> bool {
        self.kinds
            .as_ref()
            .is_none_or(|kinds| kinds.contains(&kind))
    }

    /// A fixed amount applies only to carts in its currency.
    pub fn check_currency(&self, currency: Currency) -> Result<(), PromotionRefusal> {
        match &self.discount {
            Discount::Amount(money) if money.currency != currency => {
                Err(PromotionRefusal::WrongCurrency)
            }
            _ => Ok(()),
        }
    }

    /// The code as one a cart may use, once [`Promotion::check`] passed.
    pub fn usable(self, org_uses: u32, now_ms: i64) -> Result<UsablePromotion, PromotionRefusal> {
        self.check(org_uses, now_ms)?;
        Ok(UsablePromotion {
            promotion: self,
            lines: None,
        })
    }

    /// The code for a later period of products first ordered with it, while its `periods`
    /// last: its dates and limits were checked when it was used, so they are not checked
    /// again (nor is a new use recorded), and it applies only to the cart lines `lines` —
    /// the renewals of those products.
    pub fn continuing(self, lines: Vec<usize>) -> UsablePromotion {
        UsablePromotion {
            promotion: self,
            lines: Some(lines),
        }
    }
}

/// A code that was valid and within its limits for the ordering organisation when
/// checked: what [`super::price_cart`] takes. Recording the use checks the limits again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UsablePromotion {
    promotion: Promotion,
    /// For a continuing code: the only cart lines it applies to.
    lines: Option<Vec<usize>>,
}

impl UsablePromotion {
    pub fn promotion(&self) -> &Promotion {
        &self.promotion
    }

    pub fn into_promotion(self) -> Promotion {
        self.promotion
    }

    /// A later period of products first ordered with it ([`Promotion::continuing`]).
    pub fn is_continuing(&self) -> bool {
        self.lines.is_some()
    }

    /// Whether it may apply to the cart's line `cart_line`.
    pub fn covers_line(&self, cart_line: usize) -> bool {
        self.lines
            .as_ref()
            .is_none_or(|lines| lines.contains(&cart_line))
    }
}

/// What an operator creates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewPromotion {
    /// As typed; normalised by [`NewPromotion::check`].
    pub code: String,
    pub discount: Discount,
    pub periods: u32,
    pub kinds: Option<BTreeSet<ProductKind>>,
    pub valid_from: i64,
    pub valid_until: Option<i64>,
    pub max_uses: Option<u32>,
    pub max_per_org: Option<u32>,
}

/// Why a new code is refused, for the operator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PromotionProblem {
    CodeMalformed,
    PercentOutOfRange,
    AmountNotPositive,
    PeriodsOutOfRange,
    /// `kinds` given but empty.
    NoKinds,
    /// The validity ends before or when it starts.
    EndsBeforeStart,
    /// The validity ends before `now`: it could never be used.
    EndsInThePast,
    ZeroLimit,
    /// More uses per organisation than in all.
    PerOrgAboveTotal,
}

impl fmt::Display for PromotionProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            PromotionProblem::CodeMalformed => {
                "a code is 3 to 32 letters, digits, - or _ (case does not matter)"
            }
            PromotionProblem::PercentOutOfRange => "a percentage is above 0 and at most 100",
            PromotionProblem::AmountNotPositive => "an amount must be above zero",
            PromotionProblem::PeriodsOutOfRange => "--periods is 1 to 120",
            PromotionProblem::NoKinds => "--kinds needs at least one product kind",
            PromotionProblem::EndsBeforeStart => "--until must be after --from",
            PromotionProblem::EndsInThePast => {
                "--until is in the past: the code could never be used"
            }
            PromotionProblem::ZeroLimit => "a use limit is at least 1",
            PromotionProblem::PerOrgAboveTotal => "--max-per-org cannot be above --max-uses",
        })
    }
}

impl NewPromotion {
    /// Checks every field and returns the code normalised.
    pub fn check(mut self, now_ms: i64) -> Result<NewPromotion, PromotionProblem> {
        self.code = normalise_code(&self.code).ok_or(PromotionProblem::CodeMalformed)?;
        match &self.discount {
            Discount::Percent { basis_points } if !(1..=10_000).contains(basis_points) => {
                return Err(PromotionProblem::PercentOutOfRange)
            }
            Discount::Amount(money) if money.minor <= 0 => {
                return Err(PromotionProblem::AmountNotPositive)
            }
            _ => {}
        }
        if !(1..=MAX_PERIODS).contains(&self.periods) {
            return Err(PromotionProblem::PeriodsOutOfRange);
        }
        if self.kinds.as_ref().is_some_and(BTreeSet::is_empty) {
            return Err(PromotionProblem::NoKinds);
        }
        if let Some(until) = self.valid_until {
            if until <= now_ms {
                return Err(PromotionProblem::EndsInThePast);
            }
            if until <= self.valid_from {
                return Err(PromotionProblem::EndsBeforeStart);
            }
        }
        if self.max_uses == Some(0) || self.max_per_org == Some(0) {
            return Err(PromotionProblem::ZeroLimit);
        }
        if let (Some(total), Some(per_org)) = (self.max_uses, self.max_per_org) {
            if per_org > total {
                return Err(PromotionProblem::PerOrgAboveTotal);
            }
        }
        Ok(self)
    }
}
