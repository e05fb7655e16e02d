//! Paying an order part from the prepaid balance and the rest by card in one checkout, on
//! both databases: the card is charged the rest only, the balance is debited when the card
//! payment succeeds (once, however often the processor calls back), the invoice says how it
//! was paid; a balance spent meanwhile keeps the card's money on the balance and the order
//! waits; the same key for another way of paying is refused.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use serde_json::{json, Value};
use support::paying::{balance, count, deposit, detail, pay, pay_using, place, submit_checkout};
use support::pdf::{assert_has, text_of};
use support::{sign_up, TestServer};

const GOOD_CARD: &str = "4242424242424242";

fn movements(account: &Value) -> Vec<(String, i64)> {
    account["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["movement"].as_str().unwrap().to_owned(),
                e["amount"]["minor"].as_i64().unwrap(),
            )
        })
        .collect()
}

fn a_selection_is_paid_part_from_the_balance_and_the_rest_by_card(server: &TestServer) {
    let mut anna = server.client();
    let org = sign_up(&mut anna, "Anna", "anna@example.ch", "Anna AG", "CH");
    let order = place(
        &mut anna,
        &org,
        json!([
            {"kind": "domain", "name": "anna-atelier.ch", "period": 24},
            {"kind": "web-hosting", "name": "Shop", "period": 12},
            {"kind": "web-hosting", "name": "Blog", "period": 1},
        ]),
        "three-lines",
    );
    let id = order["id"].as_str().unwrap().to_owned();
    let gross = order["quote"]["gross"]["minor"].as_i64().unwrap();
    let part = gross / 3;
    deposit(server, &org, part);

    let started = pay_using(&mut anna, &org, &id, "card", true, "split-1");
    assert_eq!(started.status, 200, "{}", started.body);
    let started = started.json();
    assert_eq!(
        started["payment"]["amount"]["minor"],
        gross - part,
        "the card is charged the rest"
    );
    assert_eq!(
        balance(server, &org),
        part,
        "nothing is taken before the card pays"
    );
    let other_way = pay(&mut anna, &org, &id, "card", "split-1");
    assert!(
        other_way.body.contains("idempotency-key-reused"),
        "{}",
        other_way.body
    );
    let again = pay_using(&mut anna, &org, &id, "card", true, "split-1").json();
    assert_eq!(again, started, "the same key answers the same payment");

    let page = started["redirect"].as_str().unwrap();
    assert_eq!(
        submit_checkout(server, page, GOOD_CARD, "pay").status(),
        303
    );
    let seen = detail(&mut anna, &org, &id);
    assert_eq!(seen["order"]["status"], "completed", "{seen}");
    assert_eq!(
        seen["prepaid_balance"]["minor"], 0,
        "the part was debited once"
    );
    let paid: Vec<_> = seen["products"].as_array().unwrap().iter().collect();
    assert_eq!(paid.len(), 3, "{seen}");
    assert_eq!(
        count(
            server,
            "SELECT COUNT(*) FROM invoices WHERE org_id = $1",
            &org
        ),
        1
    );
    assert_eq!(
        count(
            server,
            "SELECT prepaid_minor FROM invoices WHERE org_id = $1",
            &org
        ),
        part,
        "the invoice keeps the part paid from the balance"
    );
    let account = anna
        .call(
            "/api/orders/get_prepaid_account",
            &[("org", &org), ("page", "1")],
        )
        .json();
    assert_eq!(
        movements(&account),
        [("order".to_owned(), -part), ("deposit".to_owned(), part)]
    );
    // The invoice says how it was paid.
    let invoice = anna
        .call(
            "/api/invoices/list_invoices",
            &[("org", org.as_str()), ("page", "1")],
        )
        .json()["rows"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let (status, _, pdf) = anna.get_bytes(&format!("/media/invoices/{org}/{invoice}"));
    assert_eq!(status, 200);
    if let Ok(dir) = std::env::var("MANDANT_DOCUMENTS_OUT") {
        std::fs::write(format!("{dir}/invoice-part-prepaid.pdf"), &pdf).unwrap();
    }
    let text = text_of(&pdf);
    assert_has(&text, &["from the prepaid account", "Payment card"]);
}

fn a_balance_spent_meanwhile_keeps_the_cards_money_and_the_order_waits(server: &TestServer) {
    let mut anna = server.client();
    let org = sign_up(&mut anna, "Anna", "anna@example.ch", "Anna AG", "CH");
    let order = place(
        &mut anna,
        &org,
        json!([{"kind": "web-hosting", "name": "Shop", "period": 12}]),
        "shop",
    );
    let small = place(
        &mut anna,
        &org,
        json!([{"kind": "web-hosting", "name": "Blog", "period": 1}]),
        "blog",
    );
    let id = order["id"].as_str().unwrap().to_owned();
    let gross = order["quote"]["gross"]["minor"].as_i64().unwrap();
    let part = small["quote"]["gross"]["minor"].as_i64().unwrap();
    assert!(part < gross, "the test needs a smaller second order");
    deposit(server, &org, part);
    let started = pay_using(&mut anna, &org, &id, "card", true, "split-2").json();
    let rest = started["payment"]["amount"]["minor"].as_i64().unwrap();
    assert_eq!(rest, gross - part);

    // Another tab spends the balance on the smaller order before the card is paid.
    let small_id = small["id"].as_str().unwrap();
    let spent = pay(&mut anna, &org, small_id, "prepaid-account", "blog-pay");
    assert_eq!(spent.status, 200, "{}", spent.body);
    assert_eq!(balance(server, &org), 0);

    let page = started["redirect"].as_str().unwrap();
    assert_eq!(
        submit_checkout(server, page, GOOD_CARD, "pay").status(),
        303
    );
    let seen = detail(&mut anna, &org, &id);
    assert_eq!(seen["order"]["status"], "pending", "{seen}");
    assert_eq!(
        seen["prepaid_balance"]["minor"], rest,
        "the card's money is kept on the balance"
    );
    assert_eq!(
        count(
            server,
            "SELECT COUNT(*) FROM invoices WHERE org_id = $1",
            &org
        ),
        1,
        "only the small order is invoiced"
    );
    let account = anna
        .call(
            "/api/orders/get_prepaid_account",
            &[("org", &org), ("page", "1")],
        )
        .json();
    assert_eq!(account["entries"][0]["movement"], "unfinished-payment");
    assert_eq!(account["entries"][0]["order_number"], order["number"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn part_prepaid_part_card() {
    support::on_each_backend(a_selection_is_paid_part_from_the_balance_and_the_rest_by_card).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_balance_spent_meanwhile() {
    support::on_each_backend(a_balance_spent_meanwhile_keeps_the_cards_money_and_the_order_waits)
        .await;
}
