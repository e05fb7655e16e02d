//! Ordering: what the order page offers, pricing a cart (a quote) and placing it as a
//! pending order — the catalogue in force, the organisation's currency, the VAT of the
//! chosen billing address, free vouchers and a promotion code (rules: `domain::cart`,
//! `domain::order`). Placing redeems the vouchers and records the code in the order's
//! transaction, and is idempotent by the request key.

use crate::provisioning::{provisioning, Availability, ProvisioningError};
use db::orders::{Inserted, NewOrder};
use db::{Db, OrgScope};
use domain::cart::promotion::UsablePromotion;
use domain::cart::voucher::UsableVoucher;
use domain::cart::{price_cart, Cart, CartLine, LineItem, PricedCart};
use domain::catalogue::{Period, ProductKind, ValidCatalogue};
use domain::dto::{
    BillingChoice, OrderForm, OrderRequest, OrderableKind, OrderableOption, OrderablePeriod,
    PlacedOrder, Quote, QuoteItem, QuoteLine, VoucherOffer,
};
use domain::ids::OrderId;
use domain::money::Currency;
use domain::order::{self, OrderLineRequest, PaymentMethod};
use domain::product_rules::may_order;
use domain::status::{ProductStatus, Status};
use domain::tax::{Buyer, Seller};
use domain::AppError;
use domain::ProductId;

fn internal(what: &str) -> AppError {
    crate::api::ssr::internal(what)
}

fn require_ordering(scope: &OrgScope) -> Result<(), AppError> {
    if may_order(scope.access()) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

pub(super) async fn catalogue(db: &Db) -> Result<ValidCatalogue, AppError> {
    db::catalogue::current_at(db, db.now_ms())
        .await?
        .ok_or_else(|| internal("no catalogue in force"))
}

pub(super) async fn currency(db: &Db, scope: &OrgScope) -> Result<Currency, AppError> {
    let summary = db::orgs::summary(db, scope).await?;
    Currency::from_code(&summary.currency)
        .ok_or_else(|| internal("organisation currency is not a known code"))
}

/// The kinds sold by themselves (not options), each with its periods and prices in
/// `currency`: the catalogue's periods, then several years of the yearly one up to its
/// `max_years`. Domains have none here (priced per extension).
pub(super) fn order_form_kinds(
    catalogue: &ValidCatalogue,
    currency: Currency,
) -> Vec<OrderableKind> {
    let mut kinds = Vec::new();
    for (kind, terms) in catalogue.kinds() {
        if kind.option_of().is_some() {
            continue;
        }
        let mut periods: Vec<OrderablePeriod> = terms
            .periods
            .iter()
            .filter_map(|(period, prices)| {
                Some(OrderablePeriod {
                    period: *period,
                    price: prices.get(currency)?,
                })
            })
            .collect();
        for years in 2..=terms.max_years.unwrap_or(1) {
            let Some(period) = Period::years(years) else {
                continue;
            };
            if let Some(price) = catalogue.price(kind, None, period, currency) {
                periods.push(OrderablePeriod { period, price });
            }
        }
        if kind.priced_per_extension() || !periods.is_empty() {
            kinds.push(OrderableKind { kind, periods });
        }
    }
    kinds
}

/// What the order page offers: the kinds the catalogue sells with their periods and
/// prices in the organisation's currency, the domain options, the billing addresses, the
/// organisation's usable vouchers and the viewer's choice of showing taxes.
pub async fn order_form(db: &Db, scope: &OrgScope) -> Result<OrderForm, AppError> {
    require_ordering(scope)?;
    let catalogue = catalogue(db).await?;
    let currency = currency(db, scope).await?;
    let kinds = order_form_kinds(&catalogue, currency);
    let options = catalogue
        .kinds()
        .filter(|(kind, _)| kind.option_of().is_some())
        .filter_map(|(kind, _)| {
            Some(OrderableOption {
                kind,
                yearly_price: catalogue.price(kind, None, Period::YEAR, currency)?,
            })
        })
        .collect();
    let billing = billing_choices(db::org_settings::details(db, scope).await?);
    let vouchers = db::vouchers::available(db, scope)
        .await?
        .into_iter()
        .map(|v| VoucherOffer {
            id: v.id,
            kind: v.kind,
            extension: v.extension,
            period: v.period,
            expires_at: v.expires_at,
        })
        .collect();
    Ok(OrderForm {
        currency: currency.code().to_owned(),
        kinds,
        options,
        billing,
        vouchers,
        payment_methods: PaymentMethod::offered_in(currency),
        prices_include_tax: db::users::prices_include_tax(db, scope.user_id()).await?,
    })
}

/// A request checked against the catalogue, with what pricing it needs.
struct Prepared {
    catalogue: ValidCatalogue,
    cart: Cart,
    /// Per request line: the name as shown.
    display_names: Vec<String>,
    /// Per request line: the product it renews or adds an option to.
    targets: Vec<Option<ProductId>>,
    currency: Currency,
    buyer: Buyer,
    vouchers: Vec<UsableVoucher>,
    promotion: Option<UsablePromotion>,
}

fn line_field(line: usize) -> String {
    format!("line-{line}")
}

/// A new product's line: a domain by its name (IDN in both forms), anything else by a label.
fn new_line(
    catalogue: &ValidCatalogue,
    line: &OrderLineRequest,
    field: &str,
) -> Result<(CartLine, String), AppError> {
    let (mut cart_line, display) = if line.kind.priced_per_extension() {
        let name =
            domain::domain_name::parse(&line.name).map_err(|code| AppError::field(field, code))?;
        let cart_line = CartLine::domain(catalogue, &name.ascii, line.period)
            .map_err(|_| AppError::field(field, "domain-extension-unsold"))?;
        (cart_line, name.unicode)
    } else {
        order::check_label(&line.name).map_err(|code| AppError::field(field, code))?;
        let label = line.name.trim();
        (
            CartLine::product(line.kind, label, line.period),
            label.to_owned(),
        )
    };
    cart_line.options = line.options.clone();
    Ok((cart_line, display))
}

/// A line for a product the organisation holds: renewing it (its own kind; a domain in
/// redemption is restored, with the restore fee unless it has Renewal Warranty) or adding
/// an option it does not have yet. Named as the product is.
async fn held_line(
    db: &Db,
    scope: &OrgScope,
    catalogue: &ValidCatalogue,
    line: &OrderLineRequest,
    product: ProductId,
) -> Result<(CartLine, String, Option<String>), AppError> {
    let held = db::products::held(db, scope, product)
        .await?
        .ok_or(AppError::NotFound)?;
    if held.status.is_final() {
        return Err(AppError::conflict("product-status"));
    }
    let held_kind =
        ProductKind::from_code(&held.kind).ok_or_else(|| AppError::conflict("cart-not-sold"))?;
    if !line.options.is_empty() {
        return Err(AppError::conflict("cart-option-invalid"));
    }
    let has = |option: ProductKind| held.options.iter().any(|o| o == option.code());
    if line.kind == held_kind {
        // A renewal keeps the discount of a code that runs for several periods.
        let continuing = held.promotion.as_ref().map(|(code, _)| code.clone());
        if !held_kind.priced_per_extension() {
            return Ok((
                CartLine::product(held_kind, &held.name, line.period),
                held.name,
                continuing,
            ));
        }
        let name = domain::domain_name::parse(&held.name)
            .map_err(|_| internal("a held domain's name does not parse"))?;
        let mut cart_line = CartLine::domain(catalogue, &name.ascii, line.period)
            .map_err(|p| AppError::conflict(p.code()))?;
        if held.status == ProductStatus::InRedemption && !has(ProductKind::RenewalWarranty) {
            cart_line = cart_line.with_restore_fee();
        }
        return Ok((cart_line, name.unicode, continuing));
    }
    if line.kind.option_of() != Some(held_kind) {
        return Err(AppError::conflict("cart-option-invalid"));
    }
    if has(line.kind) {
        return Err(AppError::conflict("option-held"));
    }
    Ok((
        CartLine::product(line.kind, &held.name, line.period),
        held.name,
        None,
    ))
}

async fn prepare(db: &Db, scope: &OrgScope, request: &OrderRequest) -> Result<Prepared, AppError> {
    require_ordering(scope)?;
    if request.lines.is_empty() || request.lines.len() > order::MAX_LINES {
        return Err(AppError::BadRequest);
    }
    crate::api::ssr::limit_len(&request.vouchers, order::MAX_LINES)?;
    let catalogue = catalogue(db).await?;
    let mut cart = Cart::default();
    let mut display_names = Vec::new();
    let mut targets = Vec::new();
    // Per cart line: the code still discounting the held product it renews.
    let mut continuing: Vec<(usize, String)> = Vec::new();
    for (n, line) in request.lines.iter().enumerate() {
        let field = line_field(n);
        crate::api::ssr::limit_len(&line.options, ProductKind::ALL.len())?;
        let (cart_line, display) = match line.product {
            Some(product) => {
                if targets.contains(&Some(product)) {
                    return Err(AppError::field(&field, "product-in-cart"));
                }
                let (cart_line, display, code) =
                    held_line(db, scope, &catalogue, line, product).await?;
                if let Some(code) = code {
                    continuing.push((n, code));
                }
                (cart_line, display)
            }
            None => new_line(&catalogue, line, &field)?,
        };
        let twice = cart
            .lines
            .iter()
            .any(|l| l.kind == cart_line.kind && l.name == cart_line.name);
        if twice && cart_line.kind.priced_per_extension() {
            return Err(AppError::field(&field, "domain-in-cart"));
        }
        cart.lines.push(cart_line);
        display_names.push(display);
        targets.push(line.product);
    }
    let currency = currency(db, scope).await?;
    let details = db::org_settings::details(db, scope).await?;
    let (country, vat_number) = match request.billing_address {
        None => (details.address.country, details.vat_number),
        Some(id) => {
            let chosen = details
                .billing_addresses
                .into_iter()
                .find(|a| a.id == id)
                .ok_or(AppError::NotFound)?;
            (chosen.address.country, chosen.vat_number)
        }
    };
    let now = db.now_ms();
    let mut vouchers = Vec::new();
    for id in &request.vouchers {
        let voucher = db::vouchers::get(db, scope, *id)
            .await?
            .ok_or(AppError::NotFound)?;
        let usable = voucher
            .usable(scope.org_id(), now)
            .map_err(|refusal| AppError::conflict(refusal.code()))?;
        vouchers.push(usable);
    }
    // A code typed now replaces a continuing one (one code per order).
    let promotion = match request.promotion.as_deref().map(str::trim) {
        Some(code) if !code.is_empty() => Some(db::promotions::usable(db, scope, code).await?),
        _ => match continuing.first() {
            Some((_, code)) => db::promotions::find(db, code).await?.map(|p| {
                let lines = continuing
                    .iter()
                    .filter(|(_, c)| c == code)
                    .map(|(n, _)| *n)
                    .collect();
                p.continuing(lines)
            }),
            None => None,
        },
    };
    Ok(Prepared {
        catalogue,
        cart,
        display_names,
        targets,
        currency,
        // A billing address with a VAT number is a business's.
        buyer: Buyer {
            country,
            is_business: vat_number.is_some(),
            vat_number,
        },
        vouchers,
        promotion,
    })
}

fn priced(db: &Db, prepared: &Prepared, seller: &Seller) -> Result<PricedCart, AppError> {
    let date = chrono::DateTime::from_timestamp_millis(db.now_ms())
        .ok_or_else(|| internal("clock out of range"))?
        .date_naive();
    price_cart(
        &prepared.catalogue,
        &prepared.cart,
        prepared.currency,
        seller,
        &prepared.buyer,
        date,
        &prepared.vouchers,
        prepared.promotion.as_ref(),
    )
    .map_err(|err| {
        if err.code().is_none() {
            tracing::error!(error = %err, "a cart could not be priced");
        }
        AppError::from(err)
    })
}

/// The quote of a priced cart, each line named as the customer reads it.
fn quote_of(priced: &PricedCart, prepared: &Prepared) -> Quote {
    let display_names = &prepared.display_names;
    // The request line and name of the product line at `index` (a voucher's freed line).
    let product = |index: usize| match &priced.lines()[index].item {
        LineItem::Product {
            cart_line, name, ..
        } => (*cart_line, name.clone()),
        _ => (0, String::new()),
    };
    let lines = priced
        .lines()
        .iter()
        .map(|line| {
            let (item, name, display_name) = match &line.item {
                LineItem::Product {
                    cart_line,
                    kind,
                    name,
                    period,
                    option_of,
                    ..
                } => {
                    let item = match option_of {
                        Some(_) => QuoteItem::Option {
                            line: *cart_line,
                            kind: *kind,
                            period: *period,
                        },
                        None => QuoteItem::Product {
                            line: *cart_line,
                            kind: *kind,
                            period: *period,
                            renews: prepared.targets[*cart_line],
                        },
                    };
                    (item, name.clone(), display_names[*cart_line].clone())
                }
                LineItem::Voucher { voucher, frees } => {
                    let (line, name) = product(*frees);
                    (
                        QuoteItem::Voucher {
                            voucher: *voucher,
                            line,
                        },
                        name,
                        display_names[line].clone(),
                    )
                }
                LineItem::RestoreFee { cart_line, .. } => (
                    QuoteItem::RestoreFee { line: *cart_line },
                    prepared.cart.lines[*cart_line].name.clone(),
                    display_names[*cart_line].clone(),
                ),
                LineItem::Promotion { code, .. } => (
                    QuoteItem::Promotion { code: code.clone() },
                    code.clone(),
                    code.clone(),
                ),
            };
            QuoteLine {
                item,
                name,
                display_name,
                net: line.net().clone(),
                tax: line.vat().clone(),
                gross: line.gross().clone(),
                rate_basis_points: line.tax.rate().basis_points(),
            }
        })
        .collect();
    Quote {
        lines,
        net: priced.net().clone(),
        tax: priced.tax().clone(),
        gross: priced.gross().clone(),
        vat_treatment: priced.vat().treatment.code().to_owned(),
    }
}

/// What `request` costs now, or why it cannot be ordered.
pub async fn quote(
    db: &Db,
    scope: &OrgScope,
    seller: &Seller,
    request: &OrderRequest,
) -> Result<Quote, AppError> {
    let prepared = prepare(db, scope, request).await?;
    let priced = priced(db, &prepared, seller)?;
    Ok(quote_of(&priced, &prepared))
}

/// Every domain of the cart must still be free at the registrar.
async fn check_domains_free(prepared: &Prepared) -> Result<(), AppError> {
    let registrar = provisioning().registrar;
    for (n, line) in prepared.cart.lines.iter().enumerate() {
        // Renewing a domain the organisation holds asks no one whether it is free.
        if !line.kind.priced_per_extension() || prepared.targets[n].is_some() {
            continue;
        }
        let name = domain::domain_name::parse(&line.name)
            .map_err(|code| AppError::field(&line_field(n), code))?;
        match registrar.check(&name).await {
            Ok(Availability::Available) => {}
            Ok(Availability::Taken) => return Err(AppError::field(&line_field(n), "domain-taken")),
            Err(ProvisioningError::Unreachable) => {
                return Err(AppError::conflict("registrar-unreachable"))
            }
            Err(ProvisioningError::Refused { code }) => {
                tracing::warn!(%code, "the registrar refused an availability check");
                return Err(AppError::conflict("registrar-unreachable"));
            }
        }
    }
    Ok(())
}

/// Who to tell about a placed order, read before its transaction opens.
struct Notice {
    person: db::users::UserRecord,
    org_name: String,
}

async fn notice(db: &Db, scope: &OrgScope) -> Result<Option<Notice>, AppError> {
    let Some(person) = db::users::get(db, scope.user_id()).await? else {
        return Ok(None);
    };
    let org_name = db::orgs::summary(db, scope).await?.name;
    Ok(Some(Notice { person, org_name }))
}

/// Mails the person who placed the order its number, total and pay-by date, in their
/// language and format, in the placing transaction.
async fn tell_placed(
    tx: &mut db::Tx,
    scope: &OrgScope,
    notice: &Notice,
    order: &PlacedOrder,
) -> Result<(), AppError> {
    let link =
        crate::api::ssr::org_link(scope.org_id(), &format!("accounting/orders/{}", order.id));
    let mail = crate::mail::order_placed(&notice.person.region, &notice.org_name, order, &link);
    let person = &notice.person;
    crate::api::ssr::queue_mail_in(tx, &person.email, person.region.lang, &mail).await
}

/// Places `request` as a pending order, once per `request_key`: the same key answers the
/// order it placed. Vouchers are redeemed and the promotion code recorded in the same
/// transaction, under the database's conditions (a voucher used meanwhile, a code used up
/// meanwhile: nothing is placed).
pub async fn place(
    db: &Db,
    scope: &OrgScope,
    seller: &Seller,
    request: &OrderRequest,
    request_key: &str,
) -> Result<PlacedOrder, AppError> {
    require_ordering(scope)?;
    if !order::request_key_is_valid(request_key) {
        return Err(AppError::BadRequest);
    }
    if let Some(placed) = db::orders::by_request_key(db, scope, request_key).await? {
        return Ok(placed);
    }
    let prepared = prepare(db, scope, request).await?;
    let priced = priced(db, &prepared, seller)?;
    check_domains_free(&prepared).await?;
    let quote = quote_of(&priced, &prepared);
    if !request.payment.accepts(quote.gross.currency) {
        return Err(AppError::conflict("payment-method-unavailable"));
    }
    let id = OrderId(uuid::Uuid::now_v7());
    let notice = notice(db, scope).await?;
    let mut tx = db.begin().await?;
    let placed_at = tx.now_ms();
    let inserted = db::orders::insert(
        &mut tx,
        scope,
        NewOrder {
            id,
            request_key,
            quote: &quote,
            payment: request.payment,
            billing_address: request.billing_address,
            promotion_code: priced.promotion_code(),
            placed_by: scope.user_id(),
            placed_at,
            expires_at: placed_at + order::PAYMENT_DAYS * 86_400_000,
        },
    )
    .await?;
    if let Inserted::SameRequest = inserted {
        drop(tx);
        return db::orders::by_request_key(db, scope, request_key)
            .await?
            .ok_or_else(|| internal("an order's request key without its order"));
    }
    if let Inserted::New { number } = &inserted {
        let placed = PlacedOrder {
            id,
            number: number.clone(),
            status: domain::status::OrderStatus::Pending,
            payment: request.payment,
            quote: quote.clone(),
            placed_at,
            expires_at: placed_at + order::PAYMENT_DAYS * 86_400_000,
        };
        if let Some(notice) = &notice {
            tell_placed(&mut tx, scope, notice, &placed).await?;
        }
    }
    let order_ref = id.to_string();
    for usable in &prepared.vouchers {
        db::vouchers::redeem(&mut tx, scope, usable.voucher(), &order_ref).await?;
    }
    let typed = prepared
        .promotion
        .as_ref()
        .is_some_and(|p| !p.is_continuing());
    if let (Some(code), true) = (priced.promotion_code(), typed) {
        db::promotions::record_use(&mut tx, scope, code, &order_ref).await?;
    }
    tx.commit().await?;
    db::orders::get(db, scope, id)
        .await?
        .ok_or_else(|| internal("a placed order could not be read back"))
}

/// The organisation's billing addresses an order or a filter can name: the main one
/// (`id: None`) first, then the further ones.
pub fn billing_choices(details: domain::dto::OrgDetails) -> Vec<BillingChoice> {
    let mut choices = vec![BillingChoice {
        id: None,
        name: details.name,
        city: details.address.city,
        country: details.address.country,
    }];
    choices.extend(
        details
            .billing_addresses
            .into_iter()
            .map(|a| BillingChoice {
                id: Some(a.id),
                name: a.name,
                city: a.address.city,
                country: a.address.country,
            }),
    );
    choices
}
