//! An order's lines as they were priced when it was placed: each with its VAT, tax
//! excluded and included, then the totals.

use crate::components::amount::Amount;
use crate::components::data_table::{cell, row_fn, Column, DataTable};
use crate::components::order_line::line_text;
use crate::i18n::tr;
use domain::dto::{Quote, QuoteLine};
use leptos::prelude::*;

type Row = (usize, QuoteLine);

fn columns() -> Vec<Column<Row>> {
    vec![
        Column::new(
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
        ),
        Column::new(
            "order-price-excl-tax",
            cell(|(_, line): &Row| view! { <Amount money=line.net.clone() /> }.into_any()),
        )
        .with_class("mn-num"),
        Column::new(
            "order-cart-vat",
            cell(|(_, line): &Row| view! { <Amount money=line.tax.clone() /> }.into_any()),
        )
        .with_class("mn-num"),
        Column::new(
            "order-price-incl-tax",
            cell(|(_, line): &Row| view! { <Amount money=line.gross.clone() /> }.into_any()),
        )
        .with_class("mn-num"),
    ]
}

#[component]
pub fn OrderLines(quote: Quote) -> impl IntoView {
    let rows: Vec<Row> = quote.lines.iter().cloned().enumerate().collect();
    view! {
        <DataTable
            rows
            columns=columns()
            testid="order-lines"
            id="order-lines"
            row_key=row_fn(|r: &Row| r.0)
            empty=ViewFn::from(|| ())
        />
        <dl class="mn-summary mn-cart__totals" data-testid="order-totals">
            <dt>{tr("order-total-excl-tax")}</dt>
            <dd><Amount money=quote.net.clone() /></dd>
            <dt>{tr("order-total-vat")}</dt>
            <dd><Amount money=quote.tax.clone() /></dd>
            <dt><strong>{tr("order-total-incl-tax")}</strong></dt>
            <dd data-testid="order-gross"><strong><Amount money=quote.gross.clone() /></strong></dd>
        </dl>
    }
}
