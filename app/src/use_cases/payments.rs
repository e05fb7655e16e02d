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
use domain::money::Money;
use domain::order::{self, Paying, PaymentMethod};
use domain::prepaid::Split;
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

/// Marks `order` paid by `method` and issues its invoice, in `tx`, for `received` from the
/// processor (or the bank) plus `prepaid_minor` from the prepaid balance, debited here under
/// the balance's lock. `false` when the order was not pending any more (or expired), or when
/// the balance no longer covers its part: then what was received is credited to the
/// prepaid balance, so no money is lost.
pub(super) async fn settle(
    tx: &mut Tx,
    order: &PlacedOrder,
    org: domain::OrgId,
    method: PaymentMethod,
    received: &Money,
    prepaid_minor: i64,
) -> Result<bool, AppError> {
    let number = &order.number;
    if prepaid_minor > 0 && db::payments::prepaid_balance(tx, org).await? < prepaid_minor {
        let note = format!("unfinished-payment:{number}");
        db::payments::credit_prepaid(tx, org, received, &note).await?;
        return Ok(false);
    }
    if !db::orders::mark_paid(tx, order.id).await? {
        let note = format!("late-payment:{number}");
        db::payments::credit_prepaid(tx, org, received, &note).await?;
        return Ok(false);
    }
    if prepaid_minor > 0 {
        let part = Money::new(prepaid_minor, received.currency);
        db::payments::debit_prepaid(tx, org, &part, &format!("order:{number}")).await?;
    }
    invoice(tx, order, org, method, prepaid_minor).await?;
    Ok(true)
}

/// Issues the invoice of an order just paid by `method` and tells the person who placed it.
async fn invoice(
    tx: &mut Tx,
    order: &PlacedOrder,
    org: domain::OrgId,
    method: PaymentMethod,
    prepaid_minor: i64,
) -> Result<(), AppError> {
    let seller = &crate::seller::seller().party;
    let (invoice, number) =
        db::invoices::issue_paid_for_order(tx, order.id, method, prepaid_minor, seller).await?;
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

/// Starts paying `order` as `paying` says, once per `key`: the same key answers the payment
/// it started (and its page, while it is open). With `use_prepaid`, the prepaid balance pays
/// what it covers and the method the rest, in one checkout (the balance is debited when the
/// processor's payment succeeds); a balance that covers everything pays alone. With `save`,
/// the processor keeps what the payer pays with (`saved_methods`).
pub async fn pay_order(
    db: &Db,
    scope: &OrgScope,
    order: OrderId,
    paying: Paying,
    key: &str,
) -> Result<PaymentStarted, AppError> {
    let Paying {
        method,
        use_prepaid,
        save,
    } = paying;
    if !order::request_key_is_valid(key) {
        return Err(AppError::BadRequest);
    }
    if let Some(found) = db::payments::by_key(db, scope, key).await? {
        let same_method = found.row.method == method
            || (use_prepaid && found.row.method == PaymentMethod::PrepaidAccount);
        if found.order != Some(order) || !same_method || (found.prepaid_minor > 0 && !use_prepaid) {
            return Err(AppError::conflict("idempotency-key-reused"));
        }
        return Ok(started(found));
    }
    let save = save && method.through_processor();
    let placed = db::orders::get(db, scope, order)
        .await?
        .ok_or(AppError::NotFound)?;
    if placed.status != OrderStatus::Pending || placed.expires_at <= db.now_ms() {
        return Err(AppError::conflict("order-not-payable"));
    }
    if !payable_by(method, placed.quote.gross.currency) {
        return Err(AppError::conflict("payment-method-unavailable"));
    }
    let split = if use_prepaid && method != PaymentMethod::PrepaidAccount {
        Split::of(
            &placed.quote.gross,
            db::payments::prepaid_balance_now(db, scope).await?,
        )
    } else {
        Split::of(&placed.quote.gross, 0)
    };
    if method == PaymentMethod::PrepaidAccount || split.covered() {
        return pay_from_balance(db, scope, &placed, key).await;
    }
    let id = PaymentId(uuid::Uuid::now_v7());
    let cards = payments().cards;
    let opened = cards
        .open(&Checkout {
            payment: id.to_string(),
            amount: split.rest.clone(),
            method,
            description: placed.number.clone(),
            return_url: crate::api::ssr::org_link(
                scope.org_id(),
                &format!("accounting/orders/{order}"),
            ),
            save,
        })
        .await
        .map_err(|reason| {
            tracing::warn!(%reason, "the payment processor refused a checkout");
            AppError::conflict("payment-processor-unreachable")
        })?;
    let new = NewPayment {
        id,
        order: Some(order),
        method,
        amount: &split.rest,
        prepaid_minor: split.prepaid.minor,
        save,
        processor: cards.label(),
        processor_ref: &opened.processor_ref,
        idempotency_key: key,
        created_by: scope.user_id(),
    };
    let mut tx = db.begin().await?;
    if db::payments::insert(&mut tx, scope, new).await? {
        tx.commit().await?;
    } else {
        drop(tx);
    }
    answer_of(db, scope, key).await
}

/// Pays `placed` wholly from the prepaid balance, at once, once per `key`.
async fn pay_from_balance(
    db: &Db,
    scope: &OrgScope,
    placed: &PlacedOrder,
    key: &str,
) -> Result<PaymentStarted, AppError> {
    let id = PaymentId(uuid::Uuid::now_v7());
    let gross = &placed.quote.gross;
    let mut tx = db.begin().await?;
    let new = NewPayment {
        id,
        order: Some(placed.id),
        method: PaymentMethod::PrepaidAccount,
        amount: gross,
        prepaid_minor: 0,
        save: false,
        processor: PREPAID,
        processor_ref: &id.to_string(),
        idempotency_key: key,
        created_by: scope.user_id(),
    };
    if !db::payments::insert(&mut tx, scope, new).await? {
        drop(tx);
        return answer_of(db, scope, key).await;
    }
    let balance = db::payments::prepaid_balance(&mut tx, scope.org_id()).await?;
    if balance < gross.minor {
        return Err(AppError::conflict("prepaid-insufficient"));
    }
    // Under the lock: an order paid meanwhile (another tab, another method) is refused
    // before anything is taken.
    if !db::orders::mark_paid(&mut tx, placed.id).await? {
        return Err(AppError::conflict("order-not-payable"));
    }
    let note = format!("order:{}", placed.number);
    db::payments::debit_prepaid(&mut tx, scope.org_id(), gross, &note).await?;
    db::payments::complete(&mut tx, id, PaymentStatus::Succeeded).await?;
    invoice(
        &mut tx,
        placed,
        scope.org_id(),
        PaymentMethod::PrepaidAccount,
        0,
    )
    .await?;
    tx.commit().await?;
    let system = SystemScope::payment_processor(PREPAID);
    super::fulfilment::run(db, &system, Some(placed.id)).await;
    answer_of(db, scope, key).await
}

/// The payment started with `key`, as the payer's next step.
async fn answer_of(db: &Db, scope: &OrgScope, key: &str) -> Result<PaymentStarted, AppError> {
    let found = db::payments::by_key(db, scope, key)
        .await?
        .ok_or_else(|| crate::api::ssr::internal("a started payment could not be read back"))?;
    Ok(started(found))
}

/// Starts a deposit of `amount` (as typed) to the prepaid account by `method`, once per
/// `key`: the answer is the processor's page. 0.10 to 9 999.00 in the organisation's
/// currency.
pub async fn deposit(
    db: &Db,
    scope: &OrgScope,
    amount: &str,
    method: PaymentMethod,
    key: &str,
) -> Result<PaymentStarted, AppError> {
    if !order::request_key_is_valid(key) {
        return Err(AppError::BadRequest);
    }
    let currency = super::ordering::currency(db, scope).await?;
    if !domain::prepaid::deposit_methods(currency).contains(&method) {
        return Err(AppError::conflict("payment-method-unavailable"));
    }
    let amount = domain::prepaid::deposit_amount(amount, currency)
        .map_err(|code| AppError::field("amount", code))?;
    if let Some(found) = db::payments::by_key(db, scope, key).await? {
        if found.order.is_some() || found.row.amount != amount || found.row.method != method {
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
            method,
            description: "deposit".into(),
            return_url: crate::api::ssr::org_link(scope.org_id(), "accounting/prepaid"),
            save: false,
        })
        .await
        .map_err(|reason| {
            tracing::warn!(%reason, "the payment processor refused a checkout");
            AppError::conflict("payment-processor-unreachable")
        })?;
    let mut tx = db.begin().await?;
    let new = NewPayment {
        id,
        order: None,
        method,
        amount: &amount,
        prepaid_minor: 0,
        save: false,
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
    if let (PaymentStatus::Succeeded, true, Some(saved)) = (status, found.save_method, &event.saved)
    {
        let remembered = db::saved_methods::Remembered {
            method: found.row.method,
            processor,
            token: &saved.token,
            label: &saved.label,
            expires: saved.expires.as_deref(),
        };
        db::saved_methods::remember(&mut tx, found.org, &remembered).await?;
    }
    if status == PaymentStatus::Succeeded {
        applied = match &order {
            Some(order)
                if settle(
                    &mut tx,
                    order,
                    found.org,
                    found.row.method,
                    &found.row.amount,
                    found.prepaid_minor,
                )
                .await? =>
            {
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
