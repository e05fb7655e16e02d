//! Paying an order: by card through the payment processor (its hosted page, then its signed
//! callback), or from the organisation's prepaid balance at once. A payment, the order
//! becoming paid and its invoice commit together; what was paid for is then set up
//! (`fulfilment`). Money is never taken twice for one order: starting a payment is
//! idempotent by the interface's key, a repeated callback changes nothing, and money that
//! arrives for an order paid meanwhile goes to the prepaid balance instead of being lost.

use crate::payments::{payments, Checkout, Event, Outcome};
use db::payments::{Found, NewPayment};
use db::{Db, OrgScope, SystemScope, Tx};
use domain::dto::{PaymentStarted, PlacedOrder};
use domain::ids::{OrderId, PaymentId};
use domain::order::{self, PaymentMethod};
use domain::status::{OrderStatus, PaymentStatus};
use domain::AppError;

/// Whether an order in `currency` can be paid with `method` here: through the processor's
/// page (PostFinance Card in Swiss francs only) or from the prepaid balance. Bank transfers
/// are paid against the pro forma's QR-bill and recorded from the bank's notification.
pub fn payable_by(method: PaymentMethod, currency: domain::money::Currency) -> bool {
    method.accepts(currency)
        && (method.through_processor() || method == PaymentMethod::PrepaidAccount)
}

fn started(found: Found) -> PaymentStarted {
    let redirect = (found.row.status == PaymentStatus::Pending && found.processor != PREPAID)
        .then(|| payments().cards.page(&found.processor_ref));
    PaymentStarted {
        payment: found.row,
        redirect,
    }
}

/// The processor label of payments from the prepaid balance.
const PREPAID: &str = "prepaid";

/// Marks `order` paid and issues its invoice, in `tx`; `false` when the order was not
/// pending any more (or expired): then the money is credited to the prepaid balance.
pub(super) async fn settle(
    tx: &mut Tx,
    order: &PlacedOrder,
    org: domain::OrgId,
    method: PaymentMethod,
) -> Result<bool, AppError> {
    if db::orders::mark_paid(tx, order.id).await? {
        invoice(tx, order, org, method).await?;
        Ok(true)
    } else {
        let note = format!("late-payment:{}", order.number);
        db::payments::credit_prepaid(tx, org, &order.quote.gross, &note).await?;
        Ok(false)
    }
}

/// Issues the invoice of an order just paid by `method` and tells the person who placed it.
async fn invoice(
    tx: &mut Tx,
    order: &PlacedOrder,
    org: domain::OrgId,
    method: PaymentMethod,
) -> Result<(), AppError> {
    let seller = &crate::seller::seller().party;
    let (invoice, number) =
        db::invoices::issue_paid_for_order(tx, order.id, method, seller).await?;
    db::orders::set_invoice(tx, order.id, invoice).await?;
    tell_paid(tx, order, org, &number).await
}

/// Mails the person who placed the order that it is paid, in their language, in the
/// payment's transaction.
async fn tell_paid(
    tx: &mut Tx,
    order: &PlacedOrder,
    org: domain::OrgId,
    invoice: &str,
) -> Result<(), AppError> {
    let Some(by) = db::orders::placed_by(tx, order.id).await? else {
        return Ok(());
    };
    let Some(person) = db::users::get_in(tx, by).await? else {
        return Ok(());
    };
    let org_name = db::orgs::name_in(tx, org).await?.unwrap_or_default();
    let link = crate::api::ssr::org_link(org, &format!("accounting/orders/{}", order.id));
    let mail = crate::mail::order_paid(&person.region, &org_name, order, invoice, &link);
    crate::api::ssr::queue_mail_in(tx, &person.email, person.region.lang, &mail).await
}

/// Starts paying `order` with `method`, once per `key`: the same key answers the payment it
/// started (and its page, while it is open).
pub async fn pay_order(
    db: &Db,
    scope: &OrgScope,
    order: OrderId,
    method: PaymentMethod,
    key: &str,
) -> Result<PaymentStarted, AppError> {
    if !order::request_key_is_valid(key) {
        return Err(AppError::BadRequest);
    }
    if let Some(found) = db::payments::by_key(db, scope, key).await? {
        if found.order != Some(order) || found.row.method != method {
            return Err(AppError::conflict("idempotency-key-reused"));
        }
        return Ok(started(found));
    }
    let placed = db::orders::get(db, scope, order)
        .await?
        .ok_or(AppError::NotFound)?;
    if placed.status != OrderStatus::Pending || placed.expires_at <= db.now_ms() {
        return Err(AppError::conflict("order-not-payable"));
    }
    if !payable_by(method, placed.quote.gross.currency) {
        return Err(AppError::conflict("payment-method-unavailable"));
    }
    let id = PaymentId(uuid::Uuid::now_v7());
    let mut tx = db.begin().await?;
    let (processor, processor_ref) = match method {
        PaymentMethod::PrepaidAccount => (PREPAID.to_owned(), id.to_string()),
        _ => {
            let cards = payments().cards;
            let opened = cards
                .open(&Checkout {
                    payment: id.to_string(),
                    amount: placed.quote.gross.clone(),
                    description: placed.number.clone(),
                    return_url: crate::api::ssr::org_link(
                        scope.org_id(),
                        &format!("accounting/orders/{order}"),
                    ),
                })
                .map_err(|reason| {
                    tracing::warn!(%reason, "the payment processor refused a checkout");
                    AppError::conflict("payment-processor-unreachable")
                })?;
            (cards.label().to_owned(), opened.processor_ref)
        }
    };
    let new = NewPayment {
        id,
        order: Some(order),
        method,
        amount: &placed.quote.gross,
        processor: &processor,
        processor_ref: &processor_ref,
        idempotency_key: key,
        created_by: scope.user_id(),
    };
    if !db::payments::insert(&mut tx, scope, new).await? {
        drop(tx);
        let found = db::payments::by_key(db, scope, key)
            .await?
            .ok_or_else(|| crate::api::ssr::internal("a payment key without its payment"))?;
        return Ok(started(found));
    }
    let mut paid = false;
    if method == PaymentMethod::PrepaidAccount {
        let balance = db::payments::prepaid_balance(&mut tx, scope.org_id()).await?;
        if balance < placed.quote.gross.minor {
            return Err(AppError::conflict("prepaid-insufficient"));
        }
        // Under the lock: an order paid meanwhile (another tab, another method) is refused
        // before anything is taken.
        if !db::orders::mark_paid(&mut tx, placed.id).await? {
            return Err(AppError::conflict("order-not-payable"));
        }
        let note = format!("order:{}", placed.number);
        db::payments::debit_prepaid(&mut tx, scope.org_id(), &placed.quote.gross, &note).await?;
        db::payments::complete(&mut tx, id, PaymentStatus::Succeeded).await?;
        invoice(&mut tx, &placed, scope.org_id(), method).await?;
        paid = true;
    }
    tx.commit().await?;
    if paid {
        let system = SystemScope::payment_processor(PREPAID);
        super::fulfilment::run(db, &system, Some(order)).await;
    }
    let found = db::payments::by_key(db, scope, key)
        .await?
        .ok_or_else(|| crate::api::ssr::internal("a started payment could not be read back"))?;
    Ok(started(found))
}

/// Starts a deposit of `amount` (as typed) to the prepaid account by card, once per `key`:
/// the answer is the processor's page. 0.10 to 9 999.00 in the organisation's currency.
pub async fn deposit(
    db: &Db,
    scope: &OrgScope,
    amount: &str,
    key: &str,
) -> Result<PaymentStarted, AppError> {
    if !order::request_key_is_valid(key) {
        return Err(AppError::BadRequest);
    }
    let currency = super::ordering::currency(db, scope).await?;
    let amount = domain::prepaid::deposit_amount(amount, currency)
        .map_err(|code| AppError::field("amount", code))?;
    if let Some(found) = db::payments::by_key(db, scope, key).await? {
        if found.order.is_some() || found.row.amount != amount {
            return Err(AppError::conflict("idempotency-key-reused"));
        }
        return Ok(started(found));
    }
    let id = PaymentId(uuid::Uuid::now_v7());
    let cards = payments().cards;
    let opened = cards
        .open(&Checkout {
            payment: id.to_string(),
            amount: amount.clone(),
            description: "deposit".into(),
            return_url: crate::api::ssr::org_link(scope.org_id(), "accounting/prepaid"),
        })
        .map_err(|reason| {
            tracing::warn!(%reason, "the payment processor refused a checkout");
            AppError::conflict("payment-processor-unreachable")
        })?;
    let mut tx = db.begin().await?;
    let new = NewPayment {
        id,
        order: None,
        method: PaymentMethod::Card,
        amount: &amount,
        processor: cards.label(),
        processor_ref: &opened.processor_ref,
        idempotency_key: key,
        created_by: scope.user_id(),
    };
    let inserted = db::payments::insert(&mut tx, scope, new).await?;
    if inserted {
        tx.commit().await?;
    } else {
        drop(tx);
    }
    let found = db::payments::by_key(db, scope, key)
        .await?
        .ok_or_else(|| crate::api::ssr::internal("a started deposit could not be read back"))?;
    Ok(started(found))
}

/// What a processor's callback changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Applied {
    /// The order is paid (and being set up).
    Paid,
    /// The payment failed or was cancelled; the order still waits.
    NotPaid,
    /// Seen before, for a payment already final, or for no payment of ours: nothing changed.
    Nothing,
}

/// Applies a verified callback of `processor` in one transaction.
pub async fn apply_event(
    db: &Db,
    processor: &'static str,
    event: &Event,
) -> Result<Applied, AppError> {
    let scope = SystemScope::payment_processor(processor);
    // Read first: the transaction below never waits for a second connection of the pool.
    let found = db::payments::by_processor_ref(db, &scope, processor, &event.processor_ref).await?;
    let order = match found.as_ref().and_then(|f| f.order.map(|o| (f.org, o))) {
        Some((org, order)) => db::orders::for_system(db, &scope, org, order).await?,
        None => None,
    };
    let mut tx = db.begin().await?;
    if !db::payments::take_event(&mut tx, &scope, processor, &event.id).await? {
        return Ok(Applied::Nothing);
    }
    let Some(found) = found.filter(|f| f.order.is_none() || order.is_some()) else {
        tracing::warn!(event = %event.id, "a payment callback for no payment of ours");
        tx.commit().await?;
        return Ok(Applied::Nothing);
    };
    let status = match event.outcome {
        Outcome::Succeeded => PaymentStatus::Succeeded,
        Outcome::Failed => PaymentStatus::Failed,
        Outcome::Cancelled => PaymentStatus::Cancelled,
    };
    if !db::payments::complete(&mut tx, found.row.id, status).await? {
        tx.commit().await?;
        return Ok(Applied::Nothing);
    }
    let mut applied = Applied::NotPaid;
    if status == PaymentStatus::Succeeded {
        applied = match &order {
            Some(order) if settle(&mut tx, order, found.org, found.row.method).await? => {
                Applied::Paid
            }
            Some(_) => Applied::NotPaid,
            // A deposit: the money is on the prepaid balance.
            None => {
                db::payments::credit_prepaid(&mut tx, found.org, &found.row.amount, "deposit")
                    .await?;
                Applied::Paid
            }
        };
    }
    tx.commit().await?;
    if let (Applied::Paid, Some(order)) = (applied, found.order) {
        super::fulfilment::run(db, &scope, Some(order)).await;
    }
    Ok(applied)
}
