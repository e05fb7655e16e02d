//! The cart as the server priced it: each line with its price (tax excluded or included,
//! as the viewer chose and the console remembers) and its VAT, a free voucher to choose
//! beside each line one matches, the voucher and promotion lines, and the totals.

use super::order::{CartContext, ChangeAt, RefusalNote};
use crate::api::orders::set_price_display;
use crate::components::amount::Amount;
use crate::components::button::{Button, ButtonSize, ButtonVariant};
use crate::components::data_table::{cell, row_fn, Column, DataTable};
use crate::components::order_line::line_text;
use crate::components::toggle::Toggle;
use crate::i18n::{tr, use_locale};
use domain::dto::{OrderForm, QuoteItem, QuoteLine, VoucherOffer};
use domain::ids::VoucherId;
use leptos::prelude::*;

/// `8.1 %` in the viewer's number format.
fn rate_text(basis_points: u32) -> String {
    use_locale().region.with(|r| r.rate(basis_points))
}

#[component]
pub fn CartTable(ctx: CartContext, form: StoredValue<OrderForm>) -> impl IntoView {
    let remember = Action::new(move |include: &bool| {
        let include = *include;
        async move { set_price_display(include).await }
    });
    let on_tax = Callback::new(move |include: bool| {
        ctx.include_tax.set(include);
        remember.dispatch(include);
    });
    view! {
        <section class="mn-card" aria-labelledby="order-cart-title" data-testid="cart">
            <div class="mn-cart__header">
                <h2 class="mn-card__title" id="order-cart-title">{tr("order-cart-title")}</h2>
                <Toggle checked=ctx.include_tax label="order-prices-incl-tax" testid="prices-incl-tax" on_change=on_tax />
            </div>
            <RefusalNote error=ctx.refused_at(ChangeAt::Cart) testid="cart-refused" />
            {move || match ctx.quote.get() {
                None => view! { <p class="mn-table__note" data-testid="cart-empty">{tr("order-cart-empty")}</p> }.into_any(),
                Some(quote) => {
                    let include = ctx.include_tax.get();
                    let rows: Vec<(usize, QuoteLine)> = quote.lines.iter().cloned().enumerate().collect();
                    view! {
                        <DataTable
                            rows
                            columns=cart_columns(ctx, form, include)
                            testid="cart-lines"
                            id="cart"
                            row_key=row_fn(|r: &(usize, QuoteLine)| r.0)
                            row_attrs=row_fn(|r: &(usize, QuoteLine)| vec![
                                ("data-testid", row_testid(&r.1.item).to_owned()),
                                ("data-name", r.1.name.clone()),
                            ])
                            empty=ViewFn::from(|| ())
                        />
                        <dl class="mn-summary mn-cart__totals" data-testid="cart-totals">
                            <dt>{tr("order-total-excl-tax")}</dt>
                            <dd data-testid="total-net"><Amount money=quote.net.clone() /></dd>
                            <dt>{tr("order-total-vat")}</dt>
                            <dd data-testid="total-vat"><Amount money=quote.tax.clone() /></dd>
                            <dt><strong>{tr("order-total-incl-tax")}</strong></dt>
                            <dd data-testid="total-gross"><strong><Amount money=quote.gross.clone() /></strong></dd>
                        </dl>
                        {(quote.vat_treatment == "reverse-charge").then(|| view! { <p class="mn-table__note">{tr("order-reverse-charge")}</p> })}
                        {(quote.vat_treatment == "export").then(|| view! { <p class="mn-table__note">{tr("order-export")}</p> })}
                    }.into_any()
                }
            }}
        </section>
    }
}

fn row_testid(item: &QuoteItem) -> &'static str {
    match item {
        QuoteItem::Product { .. } => "cart-product",
        QuoteItem::Option { .. } => "cart-option",
        QuoteItem::RestoreFee { .. } => "cart-restore-fee",
        QuoteItem::Voucher { .. } => "cart-voucher",
        QuoteItem::Promotion { .. } => "cart-promotion",
    }
}

type Row = (usize, QuoteLine);

fn cart_columns(ctx: CartContext, form: StoredValue<OrderForm>, include: bool) -> Vec<Column<Row>> {
    let what = Column::new(
        "order-cart-product",
        cell(|(_, line): &Row| {
            let (what, detail) = line_text(line);
            view! {
                <div>
                    <strong>{what}</strong>
                    {(!detail.is_empty()).then(|| view! { <div class="mn-table__note">{detail}</div> })}
                </div>
            }
            .into_any()
        }),
    );
    let vat = Column::new(
        "order-cart-vat",
        cell(|(_, line): &Row| {
            view! {
                <span data-testid="line-vat">
                    <Amount money=line.tax.clone() /> " "
                    <span class="mn-table__note">{rate_text(line.rate_basis_points)}</span>
                </span>
            }
            .into_any()
        }),
    )
    .with_class("mn-num");
    let price_cell = cell(move |(_, line): &Row| {
        let money = if include {
            line.gross.clone()
        } else {
            line.net.clone()
        };
        view! { <span data-testid="line-price"><Amount money /></span> }.into_any()
    });
    let price = if include {
        Column::new("order-price-incl-tax", price_cell)
    } else {
        Column::new("order-price-excl-tax", price_cell)
    }
    .with_class("mn-num");
    let actions = Column::actions(
        "order-cart-actions",
        cell(move |(_, line): &Row| line_actions(ctx, form, line)),
    );
    vec![what, vat, price, actions]
}

/// A product line's voucher choice (when a voucher matches it) and its removal.
fn line_actions(ctx: CartContext, form: StoredValue<OrderForm>, line: &QuoteLine) -> AnyView {
    let QuoteItem::Product {
        line: index,
        kind,
        period,
        ..
    } = &line.item
    else {
        return ().into_any();
    };
    let index = *index;
    let offers: Vec<VoucherOffer> = form.with_value(|f| {
        f.vouchers
            .iter()
            .filter(|o| o.matches(*kind, &line.name, *period))
            .cloned()
            .collect()
    });
    view! {
        <div class="mn-table__actions">
            {(!offers.is_empty()).then(|| view! { <VoucherChoice ctx offers /> })}
            <Button variant=ButtonVariant::GhostDanger size=ButtonSize::Small attr:data-testid="cart-remove"
                on:click=move |_| {
                    let offers = form.with_value(|f| f.vouchers.clone());
                    let next = ctx.state.with_untracked(|s| s.without_line(index, &offers));
                    ctx.propose(next, ChangeAt::Cart);
                }>
                {tr("order-remove")}
            </Button>
        </div>
    }
    .into_any()
}

/// The vouchers that match one line: none chosen, or one of them.
#[component]
fn VoucherChoice(ctx: CartContext, offers: Vec<VoucherOffer>) -> impl IntoView {
    let locale = use_locale();
    let ids: Vec<VoucherId> = offers.iter().map(|o| o.id).collect();
    let chosen = {
        let ids = ids.clone();
        Memo::new(move |_| {
            ctx.state
                .with(|s| s.vouchers.iter().find(|v| ids.contains(v)).copied())
        })
    };
    let choose = move |ev| {
        let value = event_target_value(&ev);
        let mut next = ctx.state.get_untracked();
        next.vouchers.retain(|v| !ids.contains(v));
        if let Ok(id) = value.parse::<VoucherId>() {
            next.vouchers.push(id);
        }
        ctx.propose(next, ChangeAt::Cart);
    };
    view! {
        <select class="mn-input mn-select mn-cart__voucher" data-testid="voucher-choice" on:change=choose
            aria-label=tr("order-voucher-choose")>
            <option value="" selected=move || chosen.get().is_none()>{tr("order-voucher-none")}</option>
            {offers.into_iter().map(|offer| {
                let id = offer.id;
                view! {
                    <option value=id.to_string() selected=move || chosen.get() == Some(id)>
                        {tr("order-voucher-free")} " · " {tr("order-voucher-until")} " " {locale.date(offer.expires_at)}
                    </option>
                }
            }).collect_view()}
        </select>
    }
}
