//! A cart of products to order and its price: per line the price tax excluded, its VAT and
//! the price tax included, free vouchers and a promotion code as lines of their own, and
//! the totals.
//!
//! Rules, and why:
//! - **The catalogue decides what can be ordered.** A line is a product kind, a name (the
//!   domain name, or a label), for domains the extension the catalogue finds in the name
//!   ([`ValidCatalogue::extension_of`]), a [`Period`] and options ([`ProductKind::option_of`]:
//!   Domain Privacy and Renewal Warranty for a domain). A kind or extension not sold, a
//!   period the catalogue does not list, more years than its `max_years` or an option that
//!   is not one of the line's kind are refused with a code per line ([`CartProblem`]). An
//!   option runs with its domain's period and is priced as its own line.
//! - **One VAT decision per cart** ([`tax::decide`]: seller, buyer, date): every line is an
//!   electronic service sold to the same buyer on the same day, so every line has the
//!   same rate, and each line's tax is rounded from its own amount ([`TaxLine::from_net`]).
//! - **A voucher frees one line** by a negative line of exactly the freed line's price at
//!   the same rate: the tax it takes off is exactly the tax of the line (rounding is
//!   symmetric), so a free line costs exactly zero.
//! - **A promotion is one negative line** with its own tax at the cart's rate: the discount
//!   is computed on the sum of the lines it applies to (those of its kinds not made free by
//!   a voucher), as a percentage rounded half away from zero to the minor unit
//!   ([`Money::percentage`]) or as its fixed amount, never more than those lines cost; its
//!   tax is rounded from its own amount. A discount of everything those lines cost (100 %,
//!   or an amount at least their total) is their exact opposite instead, net, tax and
//!   gross, so they cost exactly zero whatever their taxes' rounding.
//! - **Totals are the [`TaxSummary`] of all lines**: gross = Σ bases + Σ taxes, exactly,
//!   and equal to the sum of the lines' gross amounts.

pub mod promotion;
pub mod voucher;

use crate::catalogue::{normalise_extension, Period, ProductKind, ValidCatalogue};
use crate::ids::VoucherId;
use crate::money::{Currency, Money, MoneyError};
use crate::tax::{self, Buyer, Seller, TaxError, TaxLine, TaxSummary, VatDecision};
use crate::AppError;
use chrono::NaiveDate;
use promotion::{Discount, PromotionRefusal, UsablePromotion};
use serde::{Deserialize, Serialize};
use std::fmt;
use voucher::{UsableVoucher, VoucherRefusal};

/// What a customer wants to order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cart {
    pub lines: Vec<CartLine>,
}

/// One product to order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CartLine {
    pub kind: ProductKind,
    /// The domain name (ASCII form) for domains; a label for other kinds. For an option
    /// ordered alone, the domain it is for (the caller checks the organisation holds it).
    pub name: String,
    /// For domains: the catalogue's extension of `name` (`.ch`); `None` for other kinds.
    /// Pricing finds it again in the catalogue it prices with and refuses a line whose
    /// extension that catalogue no longer sells or finds differently.
    pub extension: Option<String>,
    pub period: Period,
    /// Options of this line's kind, each at most once.
    #[serde(default)]
    pub options: Vec<ProductKind>,
    /// The line renews a domain in redemption and the extension's restore fee is charged,
    /// as a line of its own (the caller decides: Renewal Warranty waives it).
    #[serde(default)]
    pub restore_fee: bool,
}

impl CartLine {
    /// A domain for `period`, its extension found in `catalogue`.
    pub fn domain(
        catalogue: &ValidCatalogue,
        name: &str,
        period: Period,
    ) -> Result<CartLine, CartProblem> {
        let extension = catalogue
            .extension_of(name)
            .ok_or(CartProblem::ExtensionNotSold)?;
        Ok(CartLine {
            kind: ProductKind::Domain,
            name: name.trim().trim_end_matches('.').to_lowercase(),
            extension: Some(extension.to_owned()),
            period,
            options: Vec::new(),
            restore_fee: false,
        })
    }

    /// A product of a kind not priced per extension, named `label`.
    pub fn product(kind: ProductKind, label: &str, period: Period) -> CartLine {
        CartLine {
            kind,
            name: label.trim().to_owned(),
            extension: None,
            period,
            options: Vec::new(),
            restore_fee: false,
        }
    }

    /// This line with `option` added.
    pub fn with_option(mut self, option: ProductKind) -> CartLine {
        self.options.push(option);
        self
    }

    /// This line with the restore fee of its domain's extension.
    pub fn with_restore_fee(mut self) -> CartLine {
        self.restore_fee = true;
        self
    }
}

/// Why a line cannot be ordered. Each is an `AppError::conflict` reason.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CartProblem {
    /// The catalogue does not sell this kind.
    NotSold,
    /// The domain name ends in no extension the catalogue sells (or the line names
    /// another extension than the catalogue finds in it).
    ExtensionNotSold,
    /// The kind (extension) is not sold for this period.
    PeriodNotOffered,
    /// More years than one order may cover.
    TooManyYears { max: u32 },
    /// Not an option of the line's kind, or listed twice.
    OptionInvalid,
    /// A restore fee for a line that is not a domain, or whose extension has none.
    NoRestoreFee,
}

impl CartProblem {
    /// Every code, in a fixed order.
    pub const CODES: [&'static str; 6] = [
        "cart-not-sold",
        "cart-extension-not-sold",
        "cart-period-not-offered",
        "cart-too-many-years",
        "cart-option-invalid",
        "cart-no-restore-fee",
    ];

    pub const fn code(self) -> &'static str {
        match self {
            CartProblem::NotSold => Self::CODES[0],
            CartProblem::ExtensionNotSold => Self::CODES[1],
            CartProblem::PeriodNotOffered => Self::CODES[2],
            CartProblem::TooManyYears { .. } => Self::CODES[3],
            CartProblem::OptionInvalid => Self::CODES[4],
            CartProblem::NoRestoreFee => Self::CODES[5],
        }
    }
}

/// Why a cart cannot be priced.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CartError {
    /// Line `line` (index in [`Cart::lines`]) cannot be ordered; `option` names the option
    /// at fault, if it is one.
    #[error("line {line}: {}", .problem.code())]
    Line {
        line: usize,
        option: Option<ProductKind>,
        problem: CartProblem,
    },
    #[error("voucher {voucher}: {refusal}")]
    Voucher {
        voucher: VoucherId,
        refusal: VoucherRefusal,
    },
    #[error("{0}")]
    Promotion(PromotionRefusal),
    /// The VAT could not be decided (no rate for the date, a malformed VAT number).
    #[error(transparent)]
    Tax(#[from] TaxError),
    #[error(transparent)]
    Money(#[from] MoneyError),
}

impl CartError {
    /// The refusal's code; `None` for tax and amount failures, which are the server's.
    pub fn code(&self) -> Option<&'static str> {
        match self {
            CartError::Line { problem, .. } => Some(problem.code()),
            CartError::Voucher { refusal, .. } => Some(refusal.code()),
            CartError::Promotion(refusal) => Some(refusal.code()),
            CartError::Tax(_) | CartError::Money(_) => None,
        }
    }
}

impl From<CartError> for AppError {
    /// Refusals become `conflict` with their code. Tax and amount failures are internal:
    /// the server logs the error before converting it (the reference says which kind).
    fn from(err: CartError) -> AppError {
        match err.code() {
            Some(code) => AppError::conflict(code),
            None => AppError::Internal {
                reference: match err {
                    CartError::Tax(_) => "cart-tax".into(),
                    _ => "cart-amount".into(),
                },
            },
        }
    }
}

/// What a priced line is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LineItem {
    /// A product of the cart, or an option of one.
    Product {
        /// Its line in [`Cart::lines`].
        cart_line: usize,
        kind: ProductKind,
        name: String,
        /// For domains, the extension (`.ch`).
        extension: Option<String>,
        period: Period,
        /// For an option: the index (in [`PricedCart::lines`]) of the line it belongs to.
        option_of: Option<usize>,
    },
    /// The restore fee of a domain in redemption that the line `cart_line` renews.
    RestoreFee { cart_line: usize, extension: String },
    /// A free voucher: the negative of the line it frees.
    Voucher {
        voucher: VoucherId,
        /// The index (in [`PricedCart::lines`]) of the line it makes free.
        frees: usize,
    },
    /// A promotion code's discount, negative.
    Promotion {
        code: String,
        discount: Discount,
        /// The indexes (in [`PricedCart::lines`]) of the lines it was computed on.
        applies_to: Vec<usize>,
    },
}

/// One line with its amounts: `tax.net()` tax excluded, `tax.tax()` its VAT, `tax.gross()`
/// tax included (negative for vouchers and discounts).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PricedLine {
    pub item: LineItem,
    pub tax: TaxLine,
}

impl PricedLine {
    /// Tax excluded.
    pub fn net(&self) -> &Money {
        self.tax.net()
    }

    /// The line's VAT.
    pub fn vat(&self) -> &Money {
        self.tax.tax()
    }

    /// Tax included.
    pub fn gross(&self) -> &Money {
        self.tax.gross()
    }
}

/// A cart with its prices; only [`price_cart`] makes one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PricedCart {
    currency: Currency,
    vat: VatDecision,
    lines: Vec<PricedLine>,
    summary: TaxSummary,
}

impl PricedCart {
    pub fn currency(&self) -> Currency {
        self.currency
    }

    /// Why the cart carries the VAT it does (treatment, rate, buyer's VAT number).
    pub fn vat(&self) -> &VatDecision {
        &self.vat
    }

    /// Products and options in cart order, then vouchers, then the promotion.
    pub fn lines(&self) -> &[PricedLine] {
        &self.lines
    }

    /// Bases and taxes per rate, and the totals.
    pub fn summary(&self) -> &TaxSummary {
        &self.summary
    }

    /// Total tax excluded.
    pub fn net(&self) -> &Money {
        self.summary.net()
    }

    /// Total VAT.
    pub fn tax(&self) -> &Money {
        self.summary.tax()
    }

    /// Total tax included: what the order costs.
    pub fn gross(&self) -> &Money {
        self.summary.gross()
    }

    /// The vouchers the cart uses, to redeem with the order.
    pub fn vouchers(&self) -> Vec<VoucherId> {
        self.lines
            .iter()
            .filter_map(|l| match &l.item {
                LineItem::Voucher { voucher, .. } => Some(*voucher),
                _ => None,
            })
            .collect()
    }

    /// The promotion code the cart uses, to record with the order.
    pub fn promotion_code(&self) -> Option<&str> {
        self.lines.iter().find_map(|l| match &l.item {
            LineItem::Promotion { code, .. } => Some(code.as_str()),
            _ => None,
        })
    }
}

/// The price of one order of `kind` (of `extension`) for `period`, or why it cannot be
/// ordered.
fn line_price(
    catalogue: &ValidCatalogue,
    kind: ProductKind,
    extension: Option<&str>,
    period: Period,
    currency: Currency,
) -> Result<Money, CartProblem> {
    let terms = catalogue.kind(kind).ok_or(CartProblem::NotSold)?;
    let max_years = if kind.priced_per_extension() {
        let ext = extension
            .and_then(|e| catalogue.extension(e))
            .ok_or(CartProblem::ExtensionNotSold)?;
        Some(ext.max_years)
    } else if terms.periods.contains_key(&period) {
        None
    } else {
        match period.whole_years() {
            Some(years) if years > 1 => Some(terms.max_years.ok_or(CartProblem::PeriodNotOffered)?),
            _ => return Err(CartProblem::PeriodNotOffered),
        }
    };
    if let (Some(max), Some(years)) = (max_years, period.whole_years()) {
        if years > max {
            return Err(CartProblem::TooManyYears { max });
        }
    }
    catalogue
        .price(kind, extension, period, currency)
        .ok_or(CartProblem::PeriodNotOffered)
}

/// Checks a line's extension against `catalogue`: the one it finds in the name, which the
/// line must not contradict.
fn line_extension(
    catalogue: &ValidCatalogue,
    line: &CartLine,
) -> Result<Option<String>, CartProblem> {
    if !line.kind.priced_per_extension() {
        return Ok(None);
    }
    let found = catalogue
        .extension_of(&line.name)
        .ok_or(CartProblem::ExtensionNotSold)?;
    match &line.extension {
        Some(given) if normalise_extension(given) != found => Err(CartProblem::ExtensionNotSold),
        _ => Ok(Some(found.to_owned())),
    }
}

/// Prices `cart` in `currency` by `catalogue` (the one in force for the order), with the
/// VAT `seller` charges `buyer` on `date`, the vouchers the customer chose (each must free
/// a line) and a promotion code (it must apply to a line). See the module documentation
/// for the rules. Vouchers and codes come checked for the organisation and the instant
/// ([`voucher::Voucher::usable`], [`promotion::Promotion::usable`]); the order's
/// transaction redeems and records them again under the database's conditions.
#[allow(clippy::too_many_arguments)]
pub fn price_cart(
    catalogue: &ValidCatalogue,
    cart: &Cart,
    currency: Currency,
    seller: &Seller,
    buyer: &Buyer,
    date: NaiveDate,
    vouchers: &[UsableVoucher],
    promotion: Option<&UsablePromotion>,
) -> Result<PricedCart, CartError> {
    let vat = tax::decide(seller, buyer, date)?;
    let rate = vat.rate;
    let mut lines: Vec<PricedLine> = Vec::new();

    for (index, line) in cart.lines.iter().enumerate() {
        let refuse = |option, problem| CartError::Line {
            line: index,
            option,
            problem,
        };
        let extension = line_extension(catalogue, line).map_err(|p| refuse(None, p))?;
        let price = line_price(
            catalogue,
            line.kind,
            extension.as_deref(),
            line.period,
            currency,
        )
        .map_err(|p| refuse(None, p))?;
        let parent = lines.len();
        lines.push(PricedLine {
            item: LineItem::Product {
                cart_line: index,
                kind: line.kind,
                name: line.name.clone(),
                extension: extension.clone(),
                period: line.period,
                option_of: None,
            },
            tax: TaxLine::from_net(price, 1, rate)?,
        });
        if line.restore_fee {
            let extension = extension.ok_or_else(|| refuse(None, CartProblem::NoRestoreFee))?;
            let fee = catalogue
                .restore_fee(&extension, currency)
                .ok_or_else(|| refuse(None, CartProblem::NoRestoreFee))?;
            lines.push(PricedLine {
                item: LineItem::RestoreFee {
                    cart_line: index,
                    extension,
                },
                tax: TaxLine::from_net(fee, 1, rate)?,
            });
        }
        for (n, option) in line.options.iter().enumerate() {
            let twice = line.options[..n].contains(option);
            if option.option_of() != Some(line.kind) || twice {
                return Err(refuse(Some(*option), CartProblem::OptionInvalid));
            }
            let price = line_price(catalogue, *option, None, line.period, currency)
                .map_err(|p| refuse(Some(*option), p))?;
            lines.push(PricedLine {
                item: LineItem::Product {
                    cart_line: index,
                    kind: *option,
                    name: line.name.clone(),
                    extension: None,
                    period: line.period,
                    option_of: Some(parent),
                },
                tax: TaxLine::from_net(price, 1, rate)?,
            });
        }
    }
    let products = lines.len();

    // Each voucher frees the first product line it applies to that no earlier voucher freed.
    let mut freed: Vec<usize> = Vec::new();
    for (n, usable) in vouchers.iter().enumerate() {
        let v = usable.voucher();
        let refuse = |refusal| CartError::Voucher {
            voucher: v.id,
            refusal,
        };
        if vouchers[..n].iter().any(|u| u.voucher().id == v.id) {
            return Err(refuse(VoucherRefusal::Used));
        }
        let target = (0..products).find(|i| {
            !freed.contains(i)
                && match &lines[*i].item {
                    LineItem::Product {
                        kind,
                        extension,
                        period,
                        ..
                    } => v.applies_to(*kind, extension.as_deref(), *period),
                    _ => false,
                }
        });
        let target = target.ok_or_else(|| refuse(VoucherRefusal::WrongProduct))?;
        freed.push(target);
        let unit = lines[target].tax.unit_price().clone();
        lines.push(PricedLine {
            item: LineItem::Voucher {
                voucher: v.id,
                frees: target,
            },
            tax: TaxLine::from_net(unit, -1, rate)?,
        });
    }

    if let Some(usable) = promotion {
        let p = usable.promotion();
        p.check_currency(currency).map_err(CartError::Promotion)?;
        let applies_to: Vec<usize> = (0..products)
            .filter(|i| {
                !freed.contains(i)
                    && !lines[*i].net().is_zero()
                    && matches!(&lines[*i].item, LineItem::Product { kind, cart_line, .. }
                        if p.applies_to(*kind) && usable.covers_line(*cart_line))
            })
            .collect();
        if applies_to.is_empty() {
            return Err(CartError::Promotion(PromotionRefusal::WrongProduct));
        }
        let base = Money::sum(currency, applies_to.iter().map(|i| lines[*i].net()))?;
        let discount = match &p.discount {
            Discount::Percent { basis_points } => base.percentage(*basis_points)?,
            Discount::Amount(amount) if amount.minor < base.minor => amount.clone(),
            Discount::Amount(_) => base.clone(),
        };
        // Everything off: the exact opposite of those lines, whose taxes were rounded one by
        // one (a tax on the sum could differ by a minor unit and leave them at ±0.01).
        let full = if discount == base {
            let covered: Vec<&TaxLine> = applies_to.iter().map(|i| &lines[*i].tax).collect();
            TaxLine::reversal_of(&covered)?
        } else {
            None
        };
        let tax = match full {
            Some(reversal) => reversal,
            None => TaxLine::from_net(discount, -1, rate)?,
        };
        lines.push(PricedLine {
            item: LineItem::Promotion {
                code: p.code.clone(),
                discount: p.discount.clone(),
                applies_to,
            },
            tax,
        });
    }

    let summary = TaxSummary::of(currency, lines.iter().map(|l| &l.tax))?;
    Ok(PricedCart {
        currency,
        vat,
        lines,
        summary,
    })
}

impl fmt::Display for CartProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Every conflict reason of carts, vouchers and promotion codes (all in
/// `AppError::CONFLICT_REASONS`).
pub fn conflict_reasons() -> Vec<&'static str> {
    let mut out: Vec<&'static str> = CartProblem::CODES.to_vec();
    out.extend(VoucherRefusal::ALL.iter().map(|r| r.code()));
    out.extend(PromotionRefusal::ALL.iter().map(|r| r.code()));
    out
}

#[cfg(test)]
mod tests;
