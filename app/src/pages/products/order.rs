//! Ordering: find a domain name or choose another product, collect them in a cart priced
//! by the server (each line with its VAT, free vouchers beside the lines they match, a
//! promotion code at the end), choose the billing address and how to pay, and place the
//! order once confirmed. Every change is priced before it is kept: a change the server
//! refuses shows its reason where it was made and leaves the cart as it was.

use super::order_add::{AddDomain, AddProduct};
use super::order_cart::CartTable;
use super::order_checkout::{Checkout, PlacedNote};
use crate::api::orders::{get_order_form, quote_order};
use crate::components::feedback::{error_key, error_view, Skeleton};
use crate::components::icon::{Icon, IconName};
use crate::components::page::PageHeader;
use crate::i18n::{tr, tr_dyn};
use crate::layout::use_org_param;
use crate::routes::org_section;
use domain::dto::{OrderForm, OrderRequest, PlacedOrder, Quote, VoucherOffer};
use domain::ids::VoucherId;
use domain::order::{OrderLineRequest, PaymentMethod};
use domain::{AppError, BillingAddressId, OrgId};
use leptos::prelude::*;
use leptos_router::components::A;

/// What the customer has chosen so far.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CartState {
    pub lines: Vec<OrderLineRequest>,
    pub vouchers: Vec<VoucherId>,
    pub promotion: Option<String>,
    pub billing: Option<BillingAddressId>,
    pub payment: Option<PaymentMethod>,
}

impl CartState {
    /// The request to price or place (the payment method does not change the price).
    pub fn request(&self) -> OrderRequest {
        OrderRequest {
            lines: self.lines.clone(),
            vouchers: self.vouchers.clone(),
            promotion: self.promotion.clone(),
            billing_address: self.billing,
            payment: self.payment.unwrap_or(PaymentMethod::Card),
        }
    }

    /// Without line `index`, and without the chosen vouchers no remaining line matches.
    pub fn without_line(&self, index: usize, offers: &[VoucherOffer]) -> CartState {
        let mut next = self.clone();
        next.lines.remove(index);
        let lines = next.lines.clone();
        next.vouchers.retain(|id| {
            offers
                .iter()
                .any(|o| o.id == *id && lines.iter().any(|l| o.matches(l.kind, &l.name, l.period)))
        });
        next
    }
}

/// Where a change was made, to show its refusal there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangeAt {
    AddDomain,
    AddProduct,
    Cart,
    Promotion,
    Billing,
}

/// A proposed cart, where it was changed, and its price (`None`: empty) or refusal.
type PricedChange = (CartState, ChangeAt, Result<Option<Quote>, AppError>);

/// The cart, its price and the pending change, shared by the page's parts.
#[derive(Clone, Copy)]
pub struct CartContext {
    pub org: OrgId,
    pub state: RwSignal<CartState>,
    pub quote: RwSignal<Option<Quote>>,
    /// The last refused change and why.
    pub refused: RwSignal<Option<(ChangeAt, AppError)>>,
    pub include_tax: RwSignal<bool>,
    pub placed: RwSignal<Option<PlacedOrder>>,
    try_change: Action<(CartState, ChangeAt), PricedChange>,
}

impl CartContext {
    /// Prices `next` and keeps it if the server accepts it.
    pub fn propose(&self, next: CartState, at: ChangeAt) {
        self.try_change.dispatch((next, at));
    }

    pub fn pending(&self) -> Signal<bool> {
        self.try_change.pending().into()
    }

    /// The refusal of a change made at `at`.
    pub fn refused_at(&self, at: ChangeAt) -> Signal<Option<AppError>> {
        let refused = self.refused;
        Signal::derive(move || {
            refused.with(|r| r.as_ref().filter(|(a, _)| *a == at).map(|(_, e)| e.clone()))
        })
    }
}

fn cart_context(org: OrgId, form: &OrderForm) -> CartContext {
    let try_change = Action::new(move |(next, at): &(CartState, ChangeAt)| {
        let (next, at) = (next.clone(), *at);
        async move {
            let priced = if next.lines.is_empty() {
                Ok(None)
            } else {
                quote_order(org, next.request()).await.map(Some)
            };
            (next, at, priced)
        }
    });
    let ctx = CartContext {
        org,
        state: RwSignal::new(CartState::default()),
        quote: RwSignal::new(None),
        refused: RwSignal::new(None),
        include_tax: RwSignal::new(form.prices_include_tax),
        placed: RwSignal::new(None),
        try_change,
    };
    Effect::new(move |_| {
        if let Some((next, at, priced)) = try_change.value().get() {
            match priced {
                Ok(quote) => {
                    ctx.state.set(next);
                    ctx.quote.set(quote);
                    ctx.refused.set(None);
                }
                Err(err) => ctx.refused.set(Some((at, err))),
            }
        }
    });
    // Kept across reloads until placed; a saved cart is priced again before it shows.
    Effect::new(move |first: Option<()>| {
        let state = ctx.state.get();
        if first.is_none() {
            if let Some(saved) = super::order_saved::load(org) {
                ctx.propose(saved, ChangeAt::Cart);
            }
        } else {
            super::order_saved::save(org, &state);
        }
    });
    Effect::new(move |_| {
        if ctx.placed.with(Option::is_some) {
            super::order_saved::save(org, &CartState::default());
        }
    });
    ctx
}

#[component]
pub fn OrderPage() -> impl IntoView {
    let org = use_org_param();
    let form = Resource::new(
        move || org.get(),
        |org| async move {
            match org {
                Some(org) => get_order_form(org).await.map(|f| (org, f)),
                None => Err(AppError::NotFound),
            }
        },
    );
    view! {
        <Transition fallback=|| view! { <Skeleton rows=6 /> }>
            {move || Suspend::new(async move {
                match form.await {
                    Ok((org, form)) => view! { <OrderBody org form /> }.into_any(),
                    Err(err) => error_view(err),
                }
            })}
        </Transition>
    }
}

#[component]
fn OrderBody(org: OrgId, form: OrderForm) -> impl IntoView {
    let ctx = cart_context(org, &form);
    let form = StoredValue::new(form);
    view! {
        <p><A href=org_section(org, "products") attr:class="mn-back"><Icon name=IconName::ArrowLeft />{tr("products-back")}</A></p>
        <PageHeader title="order-title" lead="order-lead" />
        {move || match ctx.placed.get() {
            Some(order) => view! { <PlacedNote org order /> }.into_any(),
            None => view! {
                <div class="mn-order" data-testid="order-page">
                    <div class="mn-order__choose">
                        <AddDomain ctx form />
                        <AddProduct ctx form />
                    </div>
                    <CartTable ctx form />
                    <Checkout ctx form />
                </div>
            }.into_any(),
        }}
    }
}

/// Why a change was refused, in the user's language: a field's code (a line's name) or the
/// conflict's reason.
#[component]
pub fn RefusalNote(
    #[prop(into)] error: Signal<Option<AppError>>,
    testid: &'static str,
) -> impl IntoView {
    move || {
        error.get().map(|err| {
            let key = match &err {
                AppError::Validation { fields } => fields
                    .first()
                    .map(|f| format!("field-error-{}", f.code))
                    .unwrap_or_else(|| error_key(&err)),
                other => error_key(other),
            };
            view! {
                <p class="mn-alert mn-alert--danger" role="alert" data-testid=testid data-error=err.code()>
                    {tr_dyn(key)}
                </p>
            }
        })
    }
}
