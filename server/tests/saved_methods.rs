//! Saved payment methods over HTTP on both databases, through the sandbox processor: a
//! payment that asks to keep its card or TWINT profile saves it masked once it succeeds
//! (the same card twice is kept once, a declined or unsaved payment keeps nothing), the
//! first is the default, another can be made the default, and removing the default hands
//! it to the one left.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use serde_json::{json, Value};
use support::paying::{detail, place, submit_checkout};
use support::{sign_up, Client, TestServer};

/// Starts paying `order` with `method`, asking to keep it when `save`; answers the
/// processor's page.
fn pay_keeping(
    anna: &mut Client,
    org: &str,
    order: &str,
    method: &str,
    save: bool,
    key: &str,
) -> String {
    let r = anna.call(
        "/api/orders/pay_order",
        &[
            ("org", org),
            ("order", order),
            ("method", method),
            ("use_prepaid", "false"),
            ("save", if save { "true" } else { "false" }),
            ("key", key),
        ],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    r.json()["redirect"].as_str().unwrap().to_owned()
}

fn saved(anna: &mut Client, org: &str) -> Vec<Value> {
    let r = anna.call("/api/orders/list_saved_methods", &[("org", org)]);
    assert_eq!(r.status, 200, "{}", r.body);
    r.json().as_array().unwrap().clone()
}

fn labels(rows: &[Value]) -> Vec<(String, bool)> {
    rows.iter()
        .map(|r| {
            (
                r["label"].as_str().unwrap().to_owned(),
                r["is_default"].as_bool().unwrap(),
            )
        })
        .collect()
}

fn order(anna: &mut Client, org: &str, name: &str) -> String {
    let placed = place(
        anna,
        org,
        json!([{"kind": "web-hosting", "name": name, "period": 1}]),
        &format!("order-{name}"),
    );
    placed["id"].as_str().unwrap().to_owned()
}

fn payments_keep_what_the_payer_asked_to_keep(server: &TestServer) {
    let mut anna = server.client();
    let org = sign_up(&mut anna, "Anna", "anna@example.ch", "Anna AG", "CH");
    assert!(saved(&mut anna, &org).is_empty());

    // Declined: nothing kept. Then paid with the good card: kept, masked, the default.
    let first = order(&mut anna, &org, "Shop");
    let page = pay_keeping(&mut anna, &org, &first, "card", true, "keep-1");
    let shown = ureq::get(&page).call().unwrap().into_string().unwrap();
    assert!(shown.contains("sandbox-keeps"), "{shown}");
    submit_checkout(server, &page, "4000 0000 0000 0002", "pay");
    assert!(
        saved(&mut anna, &org).is_empty(),
        "a declined card is not kept"
    );
    let page = pay_keeping(&mut anna, &org, &first, "card", true, "keep-2");
    assert_eq!(
        submit_checkout(server, &page, "4242 4242 4242 4242", "pay").status(),
        303
    );
    assert_eq!(
        detail(&mut anna, &org, &first)["order"]["status"],
        "completed"
    );
    let rows = saved(&mut anna, &org);
    assert_eq!(labels(&rows), [("Visa •••• 4242".to_owned(), true)]);
    assert_eq!(rows[0]["method"], "card");
    assert_eq!(rows[0]["expires"], "2030-12");
    assert!(
        !rows[0].to_string().contains("sbx_alias"),
        "the token stays on the server"
    );

    // The same card again is kept once; a payment that does not ask keeps nothing.
    let second = order(&mut anna, &org, "Blog");
    let page = pay_keeping(&mut anna, &org, &second, "card", true, "keep-3");
    submit_checkout(server, &page, "4242424242424242", "pay");
    let third = order(&mut anna, &org, "Wiki");
    let page = pay_keeping(&mut anna, &org, &third, "twint", false, "keep-4");
    submit_checkout(server, &page, "", "approve");
    assert_eq!(saved(&mut anna, &org).len(), 1);

    // A TWINT profile, kept beside the card; the card stays the default.
    let fourth = order(&mut anna, &org, "Mail");
    let page = pay_keeping(&mut anna, &org, &fourth, "twint", true, "keep-5");
    submit_checkout(server, &page, "", "approve");
    let rows = saved(&mut anna, &org);
    assert_eq!(
        labels(&rows),
        [
            ("Visa •••• 4242".to_owned(), true),
            ("TWINT (sandbox profile)".to_owned(), false)
        ]
    );
    assert_eq!(rows[1]["expires"], Value::Null);

    // TWINT becomes the default; removing it hands the default back to the card.
    let twint = rows[1]["id"].as_str().unwrap().to_owned();
    let r = anna.call(
        "/api/orders/set_default_method",
        &[("org", org.as_str()), ("method", twint.as_str())],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(
        labels(&saved(&mut anna, &org)),
        [
            ("TWINT (sandbox profile)".to_owned(), true),
            ("Visa •••• 4242".to_owned(), false)
        ]
    );
    let r = anna.call(
        "/api/orders/remove_saved_method",
        &[("org", org.as_str()), ("method", twint.as_str())],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(
        labels(&saved(&mut anna, &org)),
        [("Visa •••• 4242".to_owned(), true)]
    );
    let again = anna.call(
        "/api/orders/remove_saved_method",
        &[("org", org.as_str()), ("method", twint.as_str())],
    );
    assert_eq!(again.code(), "not-found", "{}", again.body);

    // A card past its month is flagged.
    assert_eq!(saved(&mut anna, &org)[0]["expired"], false);
    server.db.db.block_on_test_execute(
        "UPDATE saved_methods SET expires = '2020-01' WHERE org_id = $1",
        &org,
    );
    assert_eq!(saved(&mut anna, &org)[0]["expired"], true);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn saved_methods() {
    support::on_each_backend(payments_keep_what_the_payer_asked_to_keep).await;
}
