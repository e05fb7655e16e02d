//! Paying orders over HTTP on both databases: by card through the sandbox processor's page
//! and its signed callbacks (declined, then paid; repeated and forged callbacks change
//! nothing), from the prepaid balance, the invoice issued once, and the products set up —
//! at once, or by the fulfilment job once the adapter answers.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use serde_json::{json, Value};
use support::paying::{balance, count, deposit, detail, pay, place, submit_checkout};
use support::{sign_up, Client, TestServer};

fn webhook(server: &TestServer, signature: &str, body: &str) -> u16 {
    match ureq::post(&format!("{}/webhooks/payments/sandbox", server.base))
        .set("mandant-signature", signature)
        .send_string(body)
    {
        Ok(r) => r.status(),
        Err(ureq::Error::Status(code, _)) => code,
        Err(e) => panic!("{e}"),
    }
}

fn card_payments_settle_once_and_set_the_products_up(server: &TestServer) {
    let mut anna = server.client();
    let org = sign_up(&mut anna, "Anna", "anna@example.ch", "Anna AG", "CH");
    let order = place(
        &mut anna,
        &org,
        json!([
            {"kind": "domain", "name": "bäckerei-anna.ch", "period": 24, "options": ["domain-privacy"]},
            {"kind": "web-hosting", "name": "Shop", "period": 12},
        ]),
        "checkout-1",
    );
    let id = order["id"].as_str().unwrap().to_owned();
    let gross = order["quote"]["gross"]["minor"].as_i64().unwrap();

    // Declined first: the order still waits.
    let started = pay(&mut anna, &org, &id, "card", "pay-1");
    assert_eq!(started.status, 200, "{}", started.body);
    let started = started.json();
    assert_eq!(started["payment"]["status"], "pending");
    assert_eq!(started["payment"]["amount"]["minor"], gross);
    let page = started["redirect"].as_str().unwrap().to_owned();
    assert!(
        page.starts_with(&format!("{}/sandbox/checkout/sbx_", server.base)),
        "{page}"
    );
    let again = pay(&mut anna, &org, &id, "card", "pay-1").json();
    assert_eq!(again, started, "the same key answers the same payment");
    let shown = ureq::get(&page).call().unwrap().into_string().unwrap();
    assert!(
        shown.contains("Sandbox payment processor")
            && shown.contains(&order["number"].as_str().unwrap().to_owned())
    );
    let wrong = submit_checkout(server, &page, "1234 5678", "pay");
    assert_eq!(wrong.status(), 422, "not a test card");
    let declined = submit_checkout(server, &page, "4000 0000 0000 0002", "pay");
    assert_eq!(declined.status(), 303);
    assert_eq!(
        declined.header("location").unwrap(),
        format!("/o/{org}/accounting/orders/{id}")
    );
    let seen = detail(&mut anna, &org, &id);
    assert_eq!(seen["order"]["status"], "pending");
    assert_eq!(seen["payments"][0]["status"], "failed");
    assert!(
        pay(&mut anna, &org, &id, "card", "pay-1").json()["redirect"].is_null(),
        "a final payment has no page"
    );

    // Paid with the good card: one invoice, the products set up, the order completed.
    let page = pay(&mut anna, &org, &id, "card", "pay-2").json()["redirect"]
        .as_str()
        .unwrap()
        .to_owned();
    let paid = submit_checkout(server, &page, "4242424242424242", "pay");
    assert_eq!(paid.status(), 303);
    let seen = detail(&mut anna, &org, &id);
    assert_eq!(seen["order"]["status"], "completed", "{seen}");
    assert_eq!(seen["payments"][0]["status"], "succeeded");
    assert!(
        seen["invoice_number"].as_str().unwrap().len() >= 6,
        "{seen}"
    );
    let names: Vec<&str> = seen["products"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["bäckerei-anna.ch", "Shop"]);
    assert_eq!(seen["setting_up"], 0);
    let products = anna.call_json(
        "/api/products/list_products",
        &json!({"org": org, "query": {"search": "anna"}}),
    );
    assert!(
        products.body.contains("bäckerei-anna.ch"),
        "{}",
        products.body
    );
    let invoices = anna
        .call(
            "/api/invoices/list_invoices",
            &[("org", &org), ("page", "1")],
        )
        .json();
    assert_eq!(invoices["total"], 1);
    assert_eq!(invoices["rows"][0]["number"], seen["invoice_number"]);
    assert_eq!(invoices["rows"][0]["status"], "paid");
    assert_eq!(invoices["rows"][0]["total"]["minor"], gross);
    let placed = support::mail_to(server, "anna@example.ch", "order-placed");
    assert!(
        placed.subject.contains(order["number"].as_str().unwrap()),
        "{}",
        placed.subject
    );
    assert!(
        placed
            .body_text
            .contains(&format!("/accounting/orders/{id}")),
        "{}",
        placed.body_text
    );
    let paid = support::mail_to(server, "anna@example.ch", "order-paid");
    assert!(
        paid.body_text
            .contains(seen["invoice_number"].as_str().unwrap()),
        "{}",
        paid.body_text
    );

    // Replayed and forged callbacks change nothing; the page is closed.
    let sandbox = app::payments::SandboxProcessor::new(&server.base, "test-sandbox-secret");
    let reference = page.rsplit('/').next().unwrap();
    let replay = app::payments::SandboxProcessor::event_body(
        "evt_new",
        reference,
        app::payments::Outcome::Succeeded,
        None,
    );
    assert_eq!(
        webhook(server, &sandbox.sign(replay.as_bytes()), &replay),
        200
    );
    let forged = app::payments::SandboxProcessor::new(&server.base, "guess");
    assert_eq!(
        webhook(server, &forged.sign(replay.as_bytes()), &replay),
        400
    );
    assert_eq!(webhook(server, "v1=00", &replay), 400);
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
            "SELECT COUNT(*) FROM products WHERE org_id = $1",
            &org
        ),
        2
    );
    let closed = ureq::get(&page).call().unwrap().into_string().unwrap();
    assert!(closed.contains("This checkout is closed"));
    let refused = pay(&mut anna, &org, &id, "card", "pay-3");
    assert_eq!(refused.status, 409);
    assert!(
        refused.body.contains("order-not-payable"),
        "{}",
        refused.body
    );

    // The list shows it.
    let list = anna
        .call("/api/orders/list_orders", &[("org", &org), ("page", "1")])
        .json();
    assert_eq!(list[1], 1);
    assert_eq!(list[0][0]["status"], "completed");
    assert_eq!(list[0][0]["first_product"], "bäckerei-anna.ch");
    assert_eq!(list[0][0]["more_products"], 1);
    let filtered = anna
        .call(
            "/api/orders/list_orders",
            &[("org", &org), ("status", "pending"), ("page", "1")],
        )
        .json();
    assert_eq!(filtered[1], 0);
    let bad = anna.call(
        "/api/orders/list_orders",
        &[("org", &org), ("status", "nope"), ("page", "1")],
    );
    assert_eq!(bad.code(), "validation");
}

fn the_prepaid_balance_pays_and_the_job_retries_what_could_not_be_set_up(server: &TestServer) {
    let mut anna = server.client();
    let org = sign_up(&mut anna, "Anna", "anna@example.ch", "Anna AG", "CH");
    let order = place(
        &mut anna,
        &org,
        json!([{"kind": "web-hosting", "name": "unreachable blog", "period": 12}]),
        "checkout-1",
    );
    let id = order["id"].as_str().unwrap().to_owned();
    let gross = order["quote"]["gross"]["minor"].as_i64().unwrap();

    let short = pay(&mut anna, &org, &id, "prepaid-account", "pay-1");
    assert_eq!(short.status, 409);
    assert!(
        short.body.contains("prepaid-insufficient"),
        "{}",
        short.body
    );
    let rt = tokio::runtime::Handle::current();
    let db = server.db.db.clone();
    let org_id: domain::OrgId = org.parse().unwrap();
    rt.block_on(async {
        let anna_id = db::users::find_by_email(&db, "anna@example.ch")
            .await
            .unwrap()
            .unwrap()
            .id;
        let scope = db::OrgScope::authorize(&db, anna_id, org_id, domain::Permission::InvoicePay)
            .await
            .unwrap();
        db::org_deletion::add_prepaid_entry(&db, &scope, gross + 500, "deposit")
            .await
            .unwrap();
    });
    let paid = pay(&mut anna, &org, &id, "prepaid-account", "pay-2");
    assert_eq!(paid.status, 200, "{}", paid.body);
    let paid = paid.json();
    assert_eq!(paid["payment"]["status"], "succeeded");
    assert!(paid["redirect"].is_null());
    let seen = detail(&mut anna, &org, &id);
    assert_eq!(
        seen["order"]["status"], "paid",
        "the panel could not be reached"
    );
    assert_eq!(seen["prepaid_balance"]["minor"], 500);
    assert_eq!(seen["setting_up"], 1);
    assert_eq!(seen["products"].as_array().unwrap().len(), 0);
    assert!(pay(&mut anna, &org, &id, "prepaid-account", "pay-3")
        .body
        .contains("order-not-payable"));

    // The job tries again once the line is due, and again, until the panel answers.
    server.db.db.clock().advance(301_000);
    server.run_jobs();
    let attempts = count(server, "SELECT MAX(l.attempts) FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.org_id = $1", &org);
    assert_eq!(attempts, 2, "tried at payment and by the job");
    // The panel comes back (the sandbox answers by name): the next try sets it up.
    rt.block_on(async {
        db.test_execute(
            "UPDATE order_lines SET name = 'blog', display_name = 'Blog' WHERE order_id = $1",
            &id,
        )
        .await;
    });
    server.db.db.clock().advance(3_600_000);
    server.run_jobs();
    let seen = detail(&mut anna, &org, &id);
    assert_eq!(seen["order"]["status"], "completed", "{seen}");
    assert_eq!(seen["products"][0]["name"], "Blog");
    server.run_jobs();
    assert_eq!(
        count(
            server,
            "SELECT COUNT(*) FROM products WHERE org_id = $1",
            &org
        ),
        1,
        "set up once"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn card_payments() {
    support::on_each_backend(card_payments_settle_once_and_set_the_products_up).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn prepaid_payments_and_fulfilment_retries() {
    support::on_each_backend(the_prepaid_balance_pays_and_the_job_retries_what_could_not_be_set_up)
        .await;
}

/// Places `lines` and pays them from the prepaid balance; answers the order's detail.
fn buy(server: &TestServer, anna: &mut Client, org: &str, lines: Value, key: &str) -> Value {
    let order = place(anna, org, lines, key);
    let id = order["id"].as_str().unwrap().to_owned();
    let r = pay(anna, org, &id, "prepaid-account", &format!("pay-{key}"));
    assert_eq!(r.status, 200, "{}", r.body);
    let _ = server;
    detail(anna, org, &id)
}

fn product(anna: &mut Client, org: &str, id: &str) -> Value {
    let r = anna.call(
        "/api/products/get_product",
        &[("org", org), ("product", id)],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    r.json()
}

fn held_products_are_renewed_restored_and_get_options(server: &TestServer) {
    let mut anna = server.client();
    let org = sign_up(&mut anna, "Anna", "anna@example.ch", "Anna AG", "CH");
    deposit(server, &org, 1_000_000);
    let bought = buy(
        server,
        &mut anna,
        &org,
        json!([{"kind": "domain", "name": "anna-bakery.fr", "period": 12}]),
        "new",
    );
    assert_eq!(bought["order"]["status"], "completed");
    let id = bought["products"][0]["id"].as_str().unwrap().to_owned();
    let first = product(&mut anna, &org, &id);
    let first_end = first["product"]["expires_at"].as_i64().unwrap();
    let choices = &first["renewal"];
    assert_eq!(choices["restore"], false);
    assert_eq!(
        choices["periods"].as_array().unwrap().len(),
        10,
        "1 to 10 years of .fr"
    );
    let options: Vec<&str> = choices["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["kind"].as_str().unwrap())
        .collect();
    assert_eq!(options, ["domain-privacy", "renewal-warranty"]);

    // Renewed for two years: two years are added to its end.
    let renewal = json!([{"kind": "domain", "name": "ignored", "period": 24, "product": id}]);
    let renewed = buy(server, &mut anna, &org, renewal.clone(), "renew");
    assert_eq!(renewed["order"]["status"], "completed", "{renewed}");
    let line = &renewed["order"]["quote"]["lines"][0];
    assert_eq!(line["renews"], id.as_str());
    assert_eq!(line["name"], "anna-bakery.fr", "named as the held product");
    let after = product(&mut anna, &org, &id);
    let end = after["product"]["expires_at"].as_i64().unwrap();
    let days = (end - first_end) / 86_400_000;
    assert!((730..=731).contains(&days), "{days} days added");
    let twice = json!([
        {"kind": "domain", "name": "x", "period": 12, "product": id},
        {"kind": "domain", "name": "x", "period": 12, "product": id},
    ]);
    let r = anna.call_json(
        "/api/orders/quote_order",
        &json!({"org": org, "request": {"lines": twice, "payment": "card"}}),
    );
    assert!(r.body.contains("product-in-cart"), "{}", r.body);

    // Domain Privacy added once.
    let privacy = json!([{"kind": "domain-privacy", "name": "x", "period": 12, "product": id}]);
    let added = buy(server, &mut anna, &org, privacy.clone(), "privacy");
    assert_eq!(added["order"]["status"], "completed");
    let after = product(&mut anna, &org, &id);
    let options: Vec<&str> = after["renewal"]["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["kind"].as_str().unwrap())
        .collect();
    assert_eq!(options, ["renewal-warranty"]);
    let again = anna.call_json(
        "/api/orders/quote_order",
        &json!({"org": org, "request": {"lines": privacy, "payment": "card"}}),
    );
    assert!(again.body.contains("option-held"), "{}", again.body);

    // In redemption: renewing restores it, with the .fr restore fee (CHF 75.00).
    server.db.db.block_on_test_execute(
        "UPDATE products SET status = 'in-redemption', expires_at = 0 WHERE id = $1",
        &id,
    );
    let seen = product(&mut anna, &org, &id);
    assert_eq!(seen["renewal"]["restore"], true);
    assert_eq!(seen["renewal"]["restore_fee_waived"], false);
    let restore = json!([{"kind": "domain", "name": "x", "period": 12, "product": id}]);
    let quoted = anna
        .call_json(
            "/api/orders/quote_order",
            &json!({"org": org, "request": {"lines": restore, "payment": "card"}}),
        )
        .json();
    assert_eq!(quoted["lines"][1]["item"], "restore-fee", "{quoted}");
    assert_eq!(quoted["lines"][1]["net"]["minor"], 7_500);
    let restored = buy(server, &mut anna, &org, restore.clone(), "restore");
    assert_eq!(restored["order"]["status"], "completed", "{restored}");
    let after = product(&mut anna, &org, &id);
    assert_eq!(after["product"]["status"], "active");
    assert!(after["product"]["expires_at"].as_i64().unwrap() > server.db.db.now_ms());
    assert!(
        after["history"].to_string().contains("in-redemption"),
        "the restore is in the history: {}",
        after["history"]
    );

    // With Renewal Warranty the restore fee is waived.
    buy(
        server,
        &mut anna,
        &org,
        json!([{"kind": "renewal-warranty", "name": "x", "period": 12, "product": id}]),
        "warranty",
    );
    server.db.db.block_on_test_execute(
        "UPDATE products SET status = 'in-redemption', expires_at = 0 WHERE id = $1",
        &id,
    );
    let seen = product(&mut anna, &org, &id);
    assert_eq!(seen["renewal"]["restore_fee_waived"], true);
    let quoted = anna
        .call_json(
            "/api/orders/quote_order",
            &json!({"org": org, "request": {"lines": restore, "payment": "card"}}),
        )
        .json();
    assert_eq!(quoted["lines"].as_array().unwrap().len(), 1, "{quoted}");

    // A released product is over; another organisation's is not found.
    server
        .db
        .db
        .block_on_test_execute("UPDATE products SET status = 'released' WHERE id = $1", &id);
    let r = anna.call_json(
        "/api/orders/quote_order",
        &json!({"org": org, "request": {"lines": restore, "payment": "card"}}),
    );
    assert!(r.body.contains("product-status"), "{}", r.body);
    assert!(product(&mut anna, &org, &id)["renewal"].is_null());
    let mut bruno = server.client();
    let bruno_org = sign_up(&mut bruno, "Bruno", "bruno@example.ch", "Bruno AG", "CH");
    let r = bruno.call_json(
        "/api/orders/quote_order",
        &json!({"org": bruno_org, "request": {"lines": restore, "payment": "card"}}),
    );
    assert_eq!(r.code(), "not-found", "{}", r.body);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn renewals_restores_and_options() {
    support::on_each_backend(held_products_are_renewed_restored_and_get_options).await;
}

fn run_promotion(server: &TestServer, text: &str) {
    let db = server.db.db.clone();
    let args: Vec<String> = text.split_whitespace().map(str::to_owned).collect();
    let operator = db::SystemScope::operator("alice").unwrap();
    tokio::runtime::Handle::current()
        .block_on(async { server::offers_cli::promotion(&db, &operator, &args).await })
        .unwrap();
}

fn a_code_for_three_periods_discounts_the_first_two_renewals(server: &TestServer) {
    let mut anna = server.client();
    let org = sign_up(&mut anna, "Anna", "anna@example.ch", "Anna AG", "CH");
    deposit(server, &org, 1_000_000);
    run_promotion(
        server,
        "create THREE --percent 10 --periods 3 --kinds web-hosting",
    );
    let order = anna.call_json(
        "/api/orders/place_order",
        &json!({"org": org, "request": {
            "lines": [{"kind": "web-hosting", "name": "Shop", "period": 12}],
            "promotion": "three",
            "payment": "prepaid-account",
        }, "request_key": "first"}),
    );
    assert_eq!(order.status, 200, "{}", order.body);
    let id = order.json()["id"].as_str().unwrap().to_owned();
    assert_eq!(
        pay(&mut anna, &org, &id, "prepaid-account", "pay-first").status,
        200
    );
    let product_id = detail(&mut anna, &org, &id)["products"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let renewal =
        json!([{"kind": "web-hosting", "name": "x", "period": 12, "product": product_id}]);
    let discounted = |anna: &mut Client| {
        let q = anna
            .call_json(
                "/api/orders/quote_order",
                &json!({"org": org, "request": {"lines": renewal, "payment": "card"}}),
            )
            .json();
        q["lines"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l["item"] == "promotion" && l["code"] == "THREE")
    };
    for round in 1..=2 {
        assert!(discounted(&mut anna), "renewal {round} is discounted");
        let renewed = buy(
            server,
            &mut anna,
            &org,
            renewal.clone(),
            &format!("renew-{round}"),
        );
        assert_eq!(renewed["order"]["status"], "completed");
    }
    assert!(!discounted(&mut anna), "the third period was the last");
    assert_eq!(
        count(
            server,
            "SELECT COUNT(*) FROM promotion_uses WHERE org_id = $1",
            &org
        ),
        1,
        "the code was used once, by the first order"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn continuing_promotions() {
    support::on_each_backend(a_code_for_three_periods_discounts_the_first_two_renewals).await;
}

fn to_pay_lists_the_renewals_due_and_one_order_renews_a_selection(server: &TestServer) {
    let mut anna = server.client();
    let org = sign_up(&mut anna, "Anna", "anna@example.ch", "Anna AG", "CH");
    deposit(server, &org, 1_000_000);
    let domain = buy(
        server,
        &mut anna,
        &org,
        json!([{"kind": "domain", "name": "anna-shop.ch", "period": 12}]),
        "domain",
    );
    let hosting = buy(
        server,
        &mut anna,
        &org,
        json!([{"kind": "web-hosting", "name": "Shop", "period": 1}]),
        "hosting",
    );
    let domain_id = domain["products"][0]["id"].as_str().unwrap().to_owned();
    let hosting_id = hosting["products"][0]["id"].as_str().unwrap().to_owned();
    let to_pay = |anna: &mut Client, all: &str| {
        let r = anna.call(
            "/api/orders/list_to_pay",
            &[("org", org.as_str()), ("show_all", all)],
        );
        assert_eq!(r.status, 200, "{}", r.body);
        r.json()
    };
    let names = |v: &Value| -> Vec<String> {
        v["renewals"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["name"].as_str().unwrap().to_owned())
            .collect()
    };
    let soon = to_pay(&mut anna, "false");
    assert_eq!(names(&soon), ["Shop"], "a month ahead, not a year");
    assert_eq!(soon["days"], 61);
    let all = to_pay(&mut anna, "true");
    assert_eq!(names(&all), ["Shop", "anna-shop.ch"], "soonest first");
    let domain_row = &all["renewals"][1];
    assert_eq!(domain_row["periods"].as_array().unwrap().len(), 10);
    let before = product(&mut anna, &org, &domain_id)["product"]["expires_at"]
        .as_i64()
        .unwrap();

    // One order renews the selection, each for its chosen period.
    let renewed = buy(
        server,
        &mut anna,
        &org,
        json!([
            {"kind": "web-hosting", "name": "Shop", "period": 12, "product": hosting_id},
            {"kind": "domain", "name": "anna-shop.ch", "period": 24, "product": domain_id},
        ]),
        "selection",
    );
    assert_eq!(renewed["order"]["status"], "completed", "{renewed}");
    let after = product(&mut anna, &org, &domain_id)["product"]["expires_at"]
        .as_i64()
        .unwrap();
    assert!((730..=731).contains(&((after - before) / 86_400_000)));
    assert_eq!(names(&to_pay(&mut anna, "false")), Vec::<String>::new());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn to_pay() {
    support::on_each_backend(to_pay_lists_the_renewals_due_and_one_order_renews_a_selection).await;
}

/// 200 payments of one order from the prepaid balance at once, and the same order by card
/// twice: it is paid once, debited once, invoiced once; the card paid second is credited
/// back to the prepaid balance.
fn concurrent_payments_take_the_money_once(server: &TestServer) {
    let mut anna = server.client();
    let org = sign_up(&mut anna, "Anna", "anna@example.ch", "Anna AG", "CH");
    let order = place(
        &mut anna,
        &org,
        json!([{"kind": "web-hosting", "name": "Shop", "period": 12}]),
        "checkout",
    );
    let id = order["id"].as_str().unwrap().to_owned();
    let gross = order["quote"]["gross"]["minor"].as_i64().unwrap();
    deposit(server, &org, 10 * gross);
    // 200 payments of the one order at once, from eight signed-in tabs, each its own key.
    let tabs: Vec<Client> = (0..8)
        .map(|_| {
            let mut tab = server.client();
            assert_eq!(support::log_in(&mut tab, "anna@example.ch").status, 200);
            tab
        })
        .collect();
    let answers: Vec<(u16, String)> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..200)
            .map(|n| {
                let mut tab = tabs[n % tabs.len()].clone();
                let (org, id) = (&org, &id);
                s.spawn(move || {
                    let r = pay(&mut tab, org, id, "prepaid-account", &format!("tab-{n}"));
                    (r.status, r.body)
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let paid = answers.iter().filter(|(status, _)| *status == 200).count();
    assert_eq!(paid, 1, "{answers:?}");
    assert!(
        answers
            .iter()
            .all(|(status, body)| *status == 200 || body.contains("order-not-payable")),
        "{answers:?}"
    );
    let seen = detail(&mut anna, &org, &id);
    assert_eq!(seen["prepaid_balance"]["minor"], 9 * gross, "debited once");
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
            "SELECT COUNT(*) FROM payments WHERE org_id = $1 AND status = 'succeeded'",
            &org
        ),
        1,
        "one payment"
    );

    // Two card checkouts of one order, both paid on the processor's page.
    let second = place(
        &mut anna,
        &org,
        json!([{"kind": "web-hosting", "name": "Blog", "period": 12}]),
        "checkout-2",
    );
    let second_id = second["id"].as_str().unwrap().to_owned();
    let first_page = pay(&mut anna, &org, &second_id, "card", "card-a").json()["redirect"]
        .as_str()
        .unwrap()
        .to_owned();
    let second_page = pay(&mut anna, &org, &second_id, "card", "card-b").json()["redirect"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_ne!(first_page, second_page);
    assert_eq!(
        submit_checkout(server, &first_page, "4242424242424242", "pay").status(),
        303
    );
    assert_eq!(
        submit_checkout(server, &second_page, "4242424242424242", "pay").status(),
        303
    );
    let seen = detail(&mut anna, &org, &second_id);
    assert_eq!(seen["order"]["status"], "completed");
    assert_eq!(
        count(
            server,
            "SELECT COUNT(*) FROM invoices WHERE org_id = $1",
            &org
        ),
        2,
        "one invoice per order"
    );
    assert_eq!(
        seen["prepaid_balance"]["minor"],
        9 * gross + second["quote"]["gross"]["minor"].as_i64().unwrap(),
        "the second card payment is kept on the prepaid balance"
    );
    let account = anna
        .call(
            "/api/orders/get_prepaid_account",
            &[("org", &org), ("page", "1")],
        )
        .json();
    assert_eq!(account["balance"], seen["prepaid_balance"]);
    assert_eq!(account["total"], 3);
    let movements: Vec<(&str, &str)> = account["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["movement"].as_str().unwrap(),
                e["order_number"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        movements,
        [
            ("late-payment", second["number"].as_str().unwrap()),
            ("order", order["number"].as_str().unwrap()),
            ("deposit", ""),
        ]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_payments() {
    support::on_each_backend(concurrent_payments_take_the_money_once).await;
}

fn deposits_by_card_credit_the_prepaid_balance_once(server: &TestServer) {
    let mut anna = server.client();
    let org = sign_up(&mut anna, "Anna", "anna@example.ch", "Anna AG", "CH");
    let deposit_by = |anna: &mut Client, amount: &str, method: &str, key: &str| {
        anna.call(
            "/api/orders/deposit_prepaid",
            &[
                ("org", org.as_str()),
                ("amount", amount),
                ("method", method),
                ("key", key),
            ],
        )
    };
    let deposit =
        |anna: &mut Client, amount: &str, key: &str| deposit_by(anna, amount, "card", key);
    for (amount, code) in [
        ("0.05", "amount-out-of-range"),
        ("10000", "amount-out-of-range"),
        ("12.345", "amount-invalid"),
        ("lots", "amount-invalid"),
        ("", "required"),
    ] {
        let r = deposit(&mut anna, amount, "d-bad");
        assert_eq!(r.code(), "validation", "{amount}: {}", r.body);
        assert!(r.body.contains(code), "{amount}: {}", r.body);
    }
    let started = deposit(&mut anna, "50", "d-1");
    assert_eq!(started.status, 200, "{}", started.body);
    let started = started.json();
    assert_eq!(started["payment"]["amount"]["minor"], 5_000);
    let reused = deposit(&mut anna, "60", "d-1");
    assert!(
        reused.body.contains("idempotency-key-reused"),
        "{}",
        reused.body
    );
    let page = started["redirect"].as_str().unwrap().to_owned();
    let shown = ureq::get(&page).call().unwrap().into_string().unwrap();
    assert!(shown.contains("Deposit to the prepaid account"), "{shown}");
    let back = submit_checkout(server, &page, "4242 4242 4242 4242", "pay");
    assert_eq!(
        back.header("location").unwrap(),
        format!("/o/{org}/accounting/prepaid")
    );
    let account = anna
        .call(
            "/api/orders/get_prepaid_account",
            &[("org", &org), ("page", "1")],
        )
        .json();
    assert_eq!(
        account["balance"]["minor"], 5_000,
        "credited once though delivered twice"
    );
    assert_eq!(account["entries"][0]["movement"], "deposit");

    // By PostFinance Card in Swiss francs; neither TWINT nor a bank transfer by this way.
    let by_postfinance = deposit_by(&mut anna, "30", "postfinance-card", "d-pf");
    assert_eq!(by_postfinance.status, 200, "{}", by_postfinance.body);
    let page = by_postfinance.json()["redirect"]
        .as_str()
        .unwrap()
        .to_owned();
    let shown = ureq::get(&page).call().unwrap().into_string().unwrap();
    assert!(shown.contains("PostFinance Card"), "{shown}");
    submit_checkout(server, &page, "4242 4242 4242 4242", "pay");
    assert_eq!(balance(server, &org), 8_000);
    for method in ["twint", "bank-transfer", "prepaid-account"] {
        let refused = deposit_by(&mut anna, "30", method, &format!("d-{method}"));
        assert_eq!(refused.status, 409, "{method}: {}", refused.body);
        assert!(
            refused.body.contains("payment-method-unavailable"),
            "{}",
            refused.body
        );
    }
    // An organisation paying in euros deposits by card only.
    let mut bruno = server.client();
    let euro_org = sign_up(&mut bruno, "Bruno", "bruno@example.de", "Bruno GmbH", "DE");
    let refused = bruno.call(
        "/api/orders/deposit_prepaid",
        &[
            ("org", euro_org.as_str()),
            ("amount", "30"),
            ("method", "postfinance-card"),
            ("key", "d-eur"),
        ],
    );
    assert!(
        refused.body.contains("payment-method-unavailable"),
        "{}",
        refused.body
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deposits() {
    support::on_each_backend(deposits_by_card_credit_the_prepaid_balance_once).await;
}

fn twint_paypal_and_postfinance_go_through_the_processors_page(server: &TestServer) {
    let mut anna = server.client();
    let org = sign_up(&mut anna, "Anna", "anna@example.ch", "Anna AG", "CH");
    let order = place(
        &mut anna,
        &org,
        json!([{"kind": "web-hosting", "name": "Shop", "period": 12}]),
        "order-1",
    );
    let id = order["id"].as_str().unwrap().to_owned();

    // PayPal, declined on its page: the order still waits.
    let page = pay(&mut anna, &org, &id, "paypal", "pay-1").json()["redirect"]
        .as_str()
        .unwrap()
        .to_owned();
    let shown = ureq::get(&page).call().unwrap().into_string().unwrap();
    assert!(
        shown.contains("PayPal") && shown.contains("sandbox-approve"),
        "{shown}"
    );
    assert_eq!(
        submit_checkout(server, &page, "", "pay").status(),
        422,
        "approve or decline"
    );
    assert_eq!(submit_checkout(server, &page, "", "decline").status(), 303);
    let seen = detail(&mut anna, &org, &id);
    assert_eq!(seen["order"]["status"], "pending");
    assert_eq!(seen["payments"][0]["method"], "paypal");
    assert_eq!(seen["payments"][0]["status"], "failed");

    // TWINT, approved: paid and invoiced.
    let page = pay(&mut anna, &org, &id, "twint", "pay-2").json()["redirect"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(ureq::get(&page)
        .call()
        .unwrap()
        .into_string()
        .unwrap()
        .contains("TWINT"));
    assert_eq!(submit_checkout(server, &page, "", "approve").status(), 303);
    let seen = detail(&mut anna, &org, &id);
    assert_eq!(seen["order"]["status"], "completed", "{seen}");
    assert_eq!(seen["payments"][0]["method"], "twint");
    assert!(seen["invoice_number"].is_string());

    // PostFinance Card pays in Swiss francs only: offered and accepted in CHF, refused in EUR.
    let form = |c: &mut Client, org: &str| {
        let r = c.call("/api/orders/get_order_form", &[("org", org)]);
        assert_eq!(r.status, 200, "{}", r.body);
        r.json()["payment_methods"].clone()
    };
    assert!(form(&mut anna, &org)
        .as_array()
        .unwrap()
        .contains(&json!("postfinance-card")));
    let chf = place(
        &mut anna,
        &org,
        json!([{"kind": "web-hosting", "name": "Blog", "period": 12}]),
        "order-2",
    );
    let started = pay(
        &mut anna,
        &org,
        chf["id"].as_str().unwrap(),
        "postfinance-card",
        "pay-3",
    );
    assert_eq!(started.status, 200, "{}", started.body);
    let page = started.json()["redirect"].as_str().unwrap().to_owned();
    assert!(ureq::get(&page)
        .call()
        .unwrap()
        .into_string()
        .unwrap()
        .contains("PostFinance Card"));

    let mut berta = server.client();
    let eur_org = sign_up(&mut berta, "Berta", "berta@example.de", "Berta GmbH", "DE");
    assert!(!form(&mut berta, &eur_org)
        .as_array()
        .unwrap()
        .contains(&json!("postfinance-card")));
    let eur = place(
        &mut berta,
        &eur_org,
        json!([{"kind": "web-hosting", "name": "Shop", "period": 12}]),
        "order-1",
    );
    assert_eq!(eur["quote"]["gross"]["currency"], "EUR");
    let refused = pay(
        &mut berta,
        &eur_org,
        eur["id"].as_str().unwrap(),
        "postfinance-card",
        "pay-1",
    );
    assert_eq!(refused.status, 409);
    assert_eq!(refused.code(), "conflict");
    assert!(
        refused.body.contains("payment-method-unavailable"),
        "{}",
        refused.body
    );
    let placed = berta.call_json(
        "/api/orders/place_order",
        &json!({"org": eur_org, "request": {"lines": [{"kind": "web-hosting", "name": "Blog", "period": 12}], "payment": "postfinance-card"}, "request_key": "order-2"}),
    );
    assert_eq!(placed.status, 409, "{}", placed.body);
    assert!(placed.body.contains("payment-method-unavailable"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn twint_paypal_and_postfinance() {
    support::on_each_backend(twint_paypal_and_postfinance_go_through_the_processors_page).await;
}

fn a_failure_after_the_money_moved_commits_nothing(server: &TestServer) {
    let mut anna = server.client();
    let org = sign_up(&mut anna, "Anna", "anna@example.ch", "Anna AG", "CH");
    let order = place(
        &mut anna,
        &org,
        json!([{"kind": "web-hosting", "name": "Shop", "period": 12}]),
        "order-1",
    );
    let id = order["id"].as_str().unwrap().to_owned();
    let gross = order["quote"]["gross"]["minor"].as_i64().unwrap();
    deposit(server, &org, gross);
    let invoices = "SELECT COUNT(*) FROM invoices WHERE org_id = $1";
    let payments = "SELECT COUNT(*) FROM payments WHERE org_id = $1";

    // From the balance: the debit, the payment, the order and its invoice are written, then
    // the paid mail — the last write of the transaction — fails. Nothing of it stays.
    server.db.db.fail_mail_after(0);
    let failed = pay(&mut anna, &org, &id, "prepaid-account", "pay-1");
    assert_eq!(failed.status, 500, "{}", failed.body);
    assert_eq!(detail(&mut anna, &org, &id)["order"]["status"], "pending");
    assert_eq!(balance(server, &org), gross, "the balance is untouched");
    assert_eq!(count(server, invoices, &org), 0);
    assert_eq!(count(server, payments, &org), 0);

    // By card: the processor's callback fails the same way, answers 500, and its retry
    // (the same event) then settles the order once.
    let page = pay(&mut anna, &org, &id, "card", "pay-2").json()["redirect"]
        .as_str()
        .unwrap()
        .to_owned();
    let sandbox = app::payments::SandboxProcessor::new(&server.base, "test-sandbox-secret");
    let reference = page.rsplit('/').next().unwrap();
    let event = app::payments::SandboxProcessor::event_body(
        "evt_once",
        reference,
        app::payments::Outcome::Succeeded,
        None,
    );
    let signature = sandbox.sign(event.as_bytes());
    server.db.db.fail_mail_after(0);
    assert_eq!(webhook(server, &signature, &event), 500);
    let seen = detail(&mut anna, &org, &id);
    assert_eq!(seen["order"]["status"], "pending");
    assert_eq!(seen["payments"][0]["status"], "pending");
    assert_eq!(count(server, invoices, &org), 0);
    assert_eq!(webhook(server, &signature, &event), 200);
    assert_eq!(webhook(server, &signature, &event), 200);
    assert_eq!(detail(&mut anna, &org, &id)["order"]["status"], "completed");
    assert_eq!(count(server, invoices, &org), 1);
    assert_eq!(
        balance(server, &org),
        gross,
        "paid by card, the balance stays"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn injected_failures_commit_nothing() {
    support::on_each_backend(a_failure_after_the_money_moved_commits_nothing).await;
}
