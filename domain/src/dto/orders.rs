//! Ordering: what the order page offers, a priced cart (a quote) and a placed order.

use crate::catalogue::{Period, ProductKind};
use crate::datetime::UnixMillis;
use crate::ids::{BillingAddressId, OrderId, PaymentId, ProductId, VoucherId};
use crate::money::Money;
use crate::order::{OrderLineRequest, PaymentMethod};
use crate::status::{OrderStatus, PaymentStatus};
use serde::{Deserialize, Serialize};

/// What the customer asks to order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderRequest {
    pub lines: Vec<OrderLineRequest>,
    /// Free vouchers chosen beside their lines.
    #[serde(default)]
    pub vouchers: Vec<VoucherId>,
    /// A promotion code as typed; blank counts as none.
    #[serde(default)]
    pub promotion: Option<String>,
    /// `None`: the organisation's main billing address.
    #[serde(default)]
    pub billing_address: Option<BillingAddressId>,
    pub payment: PaymentMethod,
}

/// A period the customer can choose for a kind, with its price tax excluded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderablePeriod {
    pub period: Period,
    pub price: Money,
}

/// A kind the catalogue sells by itself (not an option), with its periods.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderableKind {
    pub kind: ProductKind,
    /// Empty for domains, priced per extension (the domain check gives the price).
    pub periods: Vec<OrderablePeriod>,
}

/// An option of a domain, with its yearly price tax excluded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderableOption {
    pub kind: ProductKind,
    pub yearly_price: Money,
}

/// A billing address the order can be addressed to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BillingChoice {
    /// `None`: the main address.
    pub id: Option<BillingAddressId>,
    pub name: String,
    pub city: String,
    pub country: String,
}

/// A free voucher the organisation may use, shown beside the lines it matches.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VoucherOffer {
    pub id: VoucherId,
    pub kind: ProductKind,
    /// For domains: the one extension it is for; `None`: any.
    pub extension: Option<String>,
    pub period: Period,
    pub expires_at: UnixMillis,
}

impl VoucherOffer {
    /// Whether it can free a line of `kind`, for the domain (or label) `name`, for `period`.
    pub fn matches(&self, kind: ProductKind, name: &str, period: Period) -> bool {
        self.kind == kind
            && self.period == period
            && self
                .extension
                .as_deref()
                .is_none_or(|ext| name.to_lowercase().ends_with(ext))
    }
}

/// Everything the order page offers the organisation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderForm {
    pub currency: String,
    pub kinds: Vec<OrderableKind>,
    pub options: Vec<OrderableOption>,
    pub billing: Vec<BillingChoice>,
    pub vouchers: Vec<VoucherOffer>,
    pub payment_methods: Vec<PaymentMethod>,
    /// The viewer's remembered choice of showing prices with their tax.
    pub prices_include_tax: bool,
}

/// What a quoted line is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "item", rename_all = "kebab-case")]
pub enum QuoteItem {
    /// A product of the request's line `line`.
    Product {
        line: usize,
        kind: ProductKind,
        period: Period,
        /// The product it renews or adds an option to; `None`: a new product.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        renews: Option<ProductId>,
    },
    /// The restore fee of the domain in redemption that line `line` renews.
    RestoreFee { line: usize },
    /// An option of the request's line `line`.
    Option {
        line: usize,
        kind: ProductKind,
        period: Period,
    },
    /// A free voucher making the request's line `line` free.
    Voucher { voucher: VoucherId, line: usize },
    /// A promotion code's discount.
    Promotion { code: String },
}

/// One line of a quote or an order: tax excluded, its VAT, tax included (negative for
/// vouchers and discounts).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteLine {
    #[serde(flatten)]
    pub item: QuoteItem,
    /// The domain name as registered (ASCII form), the label, or the promotion code.
    pub name: String,
    /// As shown: the domain name in its Unicode form (else as `name`).
    pub display_name: String,
    pub net: Money,
    pub tax: Money,
    pub gross: Money,
    /// The VAT rate in basis points (810: 8.1 %).
    pub rate_basis_points: u32,
}

/// A priced cart: what the order would cost now.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    pub lines: Vec<QuoteLine>,
    pub net: Money,
    pub tax: Money,
    pub gross: Money,
    /// `domestic`, `buyer-country`, `reverse-charge` or `export`.
    pub vat_treatment: String,
}

/// A placed order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlacedOrder {
    pub id: OrderId,
    pub number: String,
    pub status: OrderStatus,
    pub payment: PaymentMethod,
    pub quote: Quote,
    pub placed_at: UnixMillis,
    /// Unpaid until this instant, it expires.
    pub expires_at: UnixMillis,
}

/// One attempt to pay an order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaymentRow {
    pub id: PaymentId,
    pub method: PaymentMethod,
    pub status: PaymentStatus,
    pub amount: Money,
    pub created_at: UnixMillis,
}

/// Where paying goes on: the processor's page to send the payer to, or (the prepaid
/// account) already paid.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaymentStarted {
    pub payment: PaymentRow,
    /// The processor's hosted page; `None` when nothing is left for the payer to do.
    pub redirect: Option<String>,
}

/// A product a paid order set up.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderProduct {
    pub id: ProductId,
    pub name: String,
}

/// An order with what became of it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderDetail {
    pub order: PlacedOrder,
    pub payments: Vec<PaymentRow>,
    /// The products set up so far.
    pub products: Vec<OrderProduct>,
    /// Product lines paid for and not set up yet (retried by a job).
    pub setting_up: usize,
    /// The organisation's prepaid balance, to offer paying from it.
    pub prepaid_balance: Money,
    pub invoice_number: Option<String>,
}

/// One row of Accounting → Orders.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderRow {
    pub id: OrderId,
    pub number: String,
    pub status: OrderStatus,
    pub gross: Money,
    pub placed_at: UnixMillis,
    pub expires_at: UnixMillis,
    /// The first product's name, and how many more there are.
    pub first_product: String,
    pub more_products: usize,
}

/// A product whose renewal is due, with what renewing it costs per period (tax excluded).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RenewalDue {
    pub product: ProductId,
    pub name: String,
    pub kind: ProductKind,
    pub status: crate::status::ProductStatus,
    pub expires_at: Option<UnixMillis>,
    pub auto_renew: bool,
    /// The first is one period.
    pub periods: Vec<OrderablePeriod>,
    /// A domain in redemption: renewing restores it.
    pub restore: bool,
}

/// Accounting → To pay.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ToPay {
    pub renewals: Vec<RenewalDue>,
    /// How many days ahead it looks unless `show_all`.
    pub days: i64,
    pub show_all: bool,
}

/// What moved the prepaid balance.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PrepaidMovement {
    /// Money paid in.
    Deposit,
    /// Money paid back out.
    Refund,
    /// An order paid from the balance.
    Order,
    /// Money that arrived for an order already settled, kept here.
    LatePayment,
    /// Money a processor took for the rest of an order whose prepaid part the balance no
    /// longer covered when the payment came back, kept here (the order still waits).
    UnfinishedPayment,
}

impl PrepaidMovement {
    pub const ALL: [PrepaidMovement; 5] = [
        PrepaidMovement::Deposit,
        PrepaidMovement::Refund,
        PrepaidMovement::Order,
        PrepaidMovement::LatePayment,
        PrepaidMovement::UnfinishedPayment,
    ];

    /// Fluent key of its description.
    pub fn label_key(self) -> String {
        let code = match self {
            PrepaidMovement::Deposit => "deposit",
            PrepaidMovement::Refund => "refund",
            PrepaidMovement::Order => "order",
            PrepaidMovement::LatePayment => "late-payment",
            PrepaidMovement::UnfinishedPayment => "unfinished-payment",
        };
        format!("prepaid-movement-{code}")
    }

    /// Reads a stored note: `order:<number>`, `late-payment:<number>`,
    /// `unfinished-payment:<number>`, `refund[:<invoice number>]`, or a
    /// deposit (`top-up`, `deposit`, anything else).
    pub fn of_note(note: &str) -> (PrepaidMovement, Option<String>) {
        match note.split_once(':') {
            Some(("order", number)) => (PrepaidMovement::Order, Some(number.to_owned())),
            Some(("late-payment", number)) => {
                (PrepaidMovement::LatePayment, Some(number.to_owned()))
            }
            Some(("unfinished-payment", number)) => {
                (PrepaidMovement::UnfinishedPayment, Some(number.to_owned()))
            }
            Some(("refund", invoice)) => (PrepaidMovement::Refund, Some(invoice.to_owned())),
            _ if note == "refund" => (PrepaidMovement::Refund, None),
            _ => (PrepaidMovement::Deposit, None),
        }
    }
}

/// One movement of the prepaid balance.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrepaidEntry {
    /// Positive: credited.
    pub amount: Money,
    pub movement: PrepaidMovement,
    /// The order it is about, when it is about one (for a refund: the invoice credited).
    pub order_number: Option<String>,
    pub at: UnixMillis,
}

/// The prepaid account: its balance and one page of its history, newest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrepaidAccount {
    pub balance: Money,
    pub entries: Vec<PrepaidEntry>,
    pub total: u64,
}

/// The top bar's reminders of what waits in Accounting, for members who may order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountingCounts {
    /// Renewals due within To pay's default window.
    pub to_pay: usize,
    pub pending_orders: i64,
}

/// A payment method saved at the payment service provider, as Accounting → Payment methods
/// shows it: never the number, only its masked label.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedMethod {
    pub id: crate::ids::SavedMethodId,
    pub method: PaymentMethod,
    /// e.g. `Visa •••• 4242`, `TWINT +41 79 ••• •• 12`.
    pub label: String,
    /// `YYYY-MM` for cards; `None` for profiles that do not expire.
    pub expires: Option<String>,
    /// The one automatic renewals use.
    pub is_default: bool,
    pub created_at: UnixMillis,
    /// A card past its expiry month: it can no longer be charged.
    #[serde(default)]
    pub expired: bool,
}

/// Whether a card valid through `expires` (`YYYY-MM`) has expired by `today` (`YYYY-MM-DD`
/// or `YYYY-MM`): a card is good until the end of its month.
pub fn card_expired(expires: &str, today: &str) -> bool {
    match (expires.get(..7), today.get(..7)) {
        (Some(expires), Some(month)) => month > expires,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::card_expired;

    #[test]
    fn a_card_is_good_until_the_end_of_its_month() {
        assert!(!card_expired("2026-12", "2026-12-31"));
        assert!(card_expired("2026-11", "2026-12-01"));
        assert!(!card_expired("2030-01", "2026-12"));
        assert!(card_expired("2025-12", "2026-01-01"));
        assert!(
            !card_expired("soon", "2026-12-08"),
            "not a month: not flagged"
        );
    }
}
