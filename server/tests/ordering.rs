//! Ordering's first step over HTTP: a domain name checked, normalised, priced and asked of
//! the (sandbox) registrar, only for members who may order.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use serde_json::json;
use support::{sign_up, TestServer};

fn a_domain_is_checked_priced_and_refused_with_reasons(server: &TestServer) {
    let mut anna = server.client();
    let org = sign_up(&mut anna, "Anna", "anna@example.ch", "Anna AG", "CH");
    let check = |anna: &mut support::Client, name: &str| {
        anna.call(
            "/api/products/check_domain",
            &[("org", &org), ("name", name)],
        )
    };

    let found = check(&mut anna, "  Bäckerei.CH ");
    assert_eq!(found.status, 200, "{}", found.body);
    let found = found.json();
    assert_eq!(found["name"]["ascii"], "xn--bckerei-5wa.ch");
    assert_eq!(found["name"]["unicode"], "bäckerei.ch");
    assert_eq!(found["extension"], ".ch");
    assert_eq!(found["available"], true);
    assert_eq!(
        found["yearly_price"]["currency"], "CHF",
        "the organisation's currency"
    );
    assert!(found["yearly_price"]["minor"].as_i64().unwrap() > 0);
    assert!(found["max_years"].as_u64().unwrap() >= 1);

    let taken = check(&mut anna, "taken-bakery.com").json();
    assert_eq!(taken["available"], false);

    for (name, code) in [
        ("bakery.notsold", "domain-extension-unsold"),
        ("bakery", "domain-incomplete"),
        ("bak ery.ch", "domain-invalid"),
        ("", "required"),
    ] {
        let refused = check(&mut anna, name);
        assert_eq!(refused.code(), "validation", "{name}: {}", refused.body);
        assert!(refused.body.contains(code), "{name}: {}", refused.body);
    }
    let down = check(&mut anna, "unreachable.ch");
    assert_eq!((down.status, down.code()), (409, "conflict".to_owned()));
    assert!(down.body.contains("registrar-unreachable"), "{}", down.body);

    // The list tells the interface who may order.
    let list = anna.call_json(
        "/api/products/list_products",
        &json!({"org": org, "query": {}}),
    );
    assert_eq!(list.json()["can_order"], true);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ordering_starts_with_a_checked_domain_name() {
    support::on_each_backend(a_domain_is_checked_priced_and_refused_with_reasons).await;
}

fn run_operator(server: &TestServer, command: &str, text: &str) {
    let db = server.db.db.clone();
    let args: Vec<String> = text.split_whitespace().map(str::to_owned).collect();
    let operator = db::SystemScope::operator("alice").unwrap();
    let rt = tokio::runtime::Handle::current();
    let report = rt.block_on(async {
        match command {
            "voucher" => server::offers_cli::voucher(&db, &operator, &args).await,
            _ => server::offers_cli::promotion(&db, &operator, &args).await,
        }
    });
    report.unwrap_or_else(|e| panic!("{command} {text}: {e}"));
}

fn minor(value: &serde_json::Value) -> i64 {
    value["minor"].as_i64().unwrap()
}

/// VAT of `net` minor units at 8.1 %, rounded half away from zero.
fn swiss_vat(net: i64) -> i64 {
    let scaled = net * 810;
    (scaled.abs() + 5_000) / 10_000 * scaled.signum()
}

fn a_cart_is_priced_with_a_voucher_and_a_code_and_placed_once(server: &TestServer) {
    let mut anna = server.client();
    let org = sign_up(&mut anna, "Anna", "anna@example.ch", "Anna AG", "CH");
    run_operator(
        server,
        "voucher",
        &format!("grant {org} domain --extension ch --months 12 --until 2099-12-31"),
    );
    run_operator(
        server,
        "promotion",
        "create HOST10 --percent 10 --kinds web-hosting --max-per-org 1",
    );

    let form = anna.call("/api/orders/get_order_form", &[("org", &org)]);
    assert_eq!(form.status, 200, "{}", form.body);
    let form = form.json();
    assert_eq!(form["currency"], "CHF");
    assert_eq!(form["prices_include_tax"], false);
    let kinds: Vec<&str> = form["kinds"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["kind"].as_str().unwrap())
        .collect();
    assert!(
        kinds.contains(&"domain") && kinds.contains(&"web-hosting"),
        "{kinds:?}"
    );
    assert!(
        !kinds.contains(&"domain-privacy"),
        "options are offered beside their domain"
    );
    assert_eq!(form["vouchers"].as_array().unwrap().len(), 1);
    let voucher = form["vouchers"][0]["id"].as_str().unwrap().to_owned();

    let request = |vouchers: serde_json::Value, promotion: serde_json::Value| {
        json!({
            "lines": [
                {"kind": "domain", "name": "Bäckerei.CH", "period": 12, "options": ["domain-privacy"]},
                {"kind": "web-hosting", "name": " Shop ", "period": 12},
            ],
            "vouchers": vouchers,
            "promotion": promotion,
            "payment": "bank-transfer",
        })
    };
    let quote = |anna: &mut support::Client, request: serde_json::Value| {
        anna.call_json(
            "/api/orders/quote_order",
            &json!({"org": org, "request": request}),
        )
    };

    let quoted = quote(&mut anna, request(json!([voucher]), json!("host10")));
    assert_eq!(quoted.status, 200, "{}", quoted.body);
    let quoted = quoted.json();
    let lines = quoted["lines"].as_array().unwrap();
    let items: Vec<&str> = lines.iter().map(|l| l["item"].as_str().unwrap()).collect();
    assert_eq!(
        items,
        ["product", "option", "product", "voucher", "promotion"]
    );
    assert_eq!(lines[0]["name"], "xn--bckerei-5wa.ch");
    assert_eq!(lines[0]["display_name"], "bäckerei.ch");
    assert_eq!(lines[2]["display_name"], "Shop");
    // The voucher frees the domain exactly, tax included.
    for field in ["net", "tax", "gross"] {
        assert_eq!(minor(&lines[3][field]), -minor(&lines[0][field]), "{field}");
    }
    // 10 % off the hosting, with its own VAT.
    let hosting = minor(&lines[2]["net"]);
    let discount = minor(&lines[4]["net"]);
    assert_eq!(discount, -((hosting + 5) / 10), "{}", lines[4]);
    assert_eq!(minor(&lines[4]["tax"]), swiss_vat(discount));
    for line in lines {
        assert_eq!(
            minor(&line["tax"]),
            swiss_vat(minor(&line["net"])),
            "{line}"
        );
        assert_eq!(line["rate_basis_points"], 810);
    }
    let net: i64 = lines.iter().map(|l| minor(&l["net"])).sum();
    let tax: i64 = lines.iter().map(|l| minor(&l["tax"])).sum();
    assert_eq!(minor(&quoted["net"]), net);
    assert_eq!(minor(&quoted["gross"]), net + tax);
    assert_eq!(quoted["vat_treatment"], "domestic");

    // Refusals name the line or the reason, and nothing is used by a quote.
    let refused = |anna: &mut support::Client, request: serde_json::Value| {
        let r = quote(anna, request);
        (r.status, r.body)
    };
    let (status, body) = refused(&mut anna, request(json!([]), json!("NOPE")));
    assert_eq!(status, 409, "{body}");
    assert!(body.contains("promotion-unknown"), "{body}");
    let only_hosting = json!({
        "lines": [{"kind": "web-hosting", "name": "Shop", "period": 12}],
        "vouchers": [voucher],
        "payment": "card",
    });
    let (status, body) = refused(&mut anna, only_hosting);
    assert_eq!(status, 409, "{body}");
    assert!(body.contains("voucher-wrong-product"), "{body}");
    let (status, body) = refused(
        &mut anna,
        json!({"lines": [
            {"kind": "domain", "name": "shop.ch", "period": 12},
            {"kind": "web-hosting", "name": "  ", "period": 12},
        ], "payment": "card"}),
    );
    assert_eq!(status, 422, "{body}");
    assert!(
        body.contains(r#""field":"line-1","code":"required""#),
        "{body}"
    );
    let (status, body) = refused(
        &mut anna,
        json!({"lines": [
            {"kind": "domain", "name": "shop.ch", "period": 12},
            {"kind": "domain", "name": "SHOP.ch", "period": 24},
        ], "payment": "card"}),
    );
    assert_eq!(status, 422, "{body}");
    assert!(body.contains("domain-in-cart"), "{body}");
    let (status, body) = refused(
        &mut anna,
        json!({"lines": [{"kind": "domain", "name": "shop.ch", "period": 11 * 12}], "payment": "card"}),
    );
    assert!(
        body.contains("bad-request"),
        "more than ten years: {status} {body}"
    );
    let many: Vec<_> = (0..21)
        .map(|n| json!({"kind": "web-hosting", "name": format!("Site {n}"), "period": 12}))
        .collect();
    let (_, body) = refused(&mut anna, json!({"lines": many, "payment": "card"}));
    assert!(body.contains("bad-request"), "{body}");

    // Placing twice with one key places one order.
    let place = |anna: &mut support::Client, request: serde_json::Value, key: &str| {
        anna.call_json(
            "/api/orders/place_order",
            &json!({"org": org, "request": request, "request_key": key}),
        )
    };
    let first = place(
        &mut anna,
        request(json!([voucher]), json!("HOST10")),
        "checkout-1",
    );
    assert_eq!(first.status, 200, "{}", first.body);
    let first = first.json();
    assert_eq!(first["status"], "pending");
    assert_eq!(first["payment"], "bank-transfer");
    assert!(
        first["number"].as_str().unwrap().starts_with("O-"),
        "{first}"
    );
    assert_eq!(first["quote"], quoted, "the order is what was quoted");
    let again = place(
        &mut anna,
        request(json!([voucher]), json!("HOST10")),
        "checkout-1",
    )
    .json();
    assert_eq!(again["id"], first["id"]);
    assert_eq!(again["number"], first["number"]);
    let read = anna.call(
        "/api/orders/get_order_detail",
        &[("org", &org), ("order", first["id"].as_str().unwrap())],
    );
    assert_eq!(read.json()["order"], first);

    // The voucher and the code are used: another checkout cannot use them again.
    let form = anna
        .call("/api/orders/get_order_form", &[("org", &org)])
        .json();
    assert_eq!(form["vouchers"].as_array().unwrap().len(), 0);
    let reused = place(
        &mut anna,
        request(json!([voucher]), json!(null)),
        "checkout-2",
    );
    assert_eq!(reused.status, 409, "{}", reused.body);
    assert!(reused.body.contains("voucher-used"), "{}", reused.body);
    let reused = place(&mut anna, request(json!([]), json!("HOST10")), "checkout-3");
    assert!(
        reused.body.contains("promotion-already-used"),
        "{}",
        reused.body
    );

    // A domain registered meanwhile is refused at placing, on its line.
    let taken = json!({"lines": [
        {"kind": "web-hosting", "name": "Blog", "period": 12},
        {"kind": "domain", "name": "taken-bakery.ch", "period": 12},
    ], "payment": "card"});
    let r = place(&mut anna, taken, "checkout-4");
    assert_eq!(r.status, 422, "{}", r.body);
    assert!(
        r.body.contains(r#""field":"line-1","code":"domain-taken""#),
        "{}",
        r.body
    );
    let bad_key = place(&mut anna, request(json!([]), json!(null)), "not a key");
    assert_eq!(bad_key.code(), "bad-request", "{}", bad_key.body);

    // Two requests with one key at the same time still place one order.
    let tabs: Vec<support::Client> = (0..2)
        .map(|_| {
            let mut tab = server.client();
            assert_eq!(support::log_in(&mut tab, "anna@example.ch").status, 200);
            tab
        })
        .collect();
    let same_time: Vec<serde_json::Value> = std::thread::scope(|s| {
        let org = &org;
        let handles: Vec<_> = tabs
            .into_iter()
            .map(|mut tab| {
                s.spawn(move || {
                    let lines = json!({"lines": [{"kind": "web-hosting", "name": "Twice", "period": 12}], "payment": "card"});
                    let r = tab.call_json(
                        "/api/orders/place_order",
                        &json!({"org": org, "request": lines, "request_key": "checkout-5"}),
                    );
                    assert_eq!(r.status, 200, "{}", r.body);
                    r.json()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert_eq!(same_time[0]["id"], same_time[1]["id"]);
    assert_eq!(same_time[0]["number"], same_time[1]["number"]);

    // The price display is remembered for the viewer.
    let r = anna.call("/api/orders/set_price_display", &[("include_tax", "true")]);
    assert_eq!(r.status, 200, "{}", r.body);
    let form = anna
        .call("/api/orders/get_order_form", &[("org", &org)])
        .json();
    assert_eq!(form["prices_include_tax"], true);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn orders_are_priced_and_placed_once() {
    support::on_each_backend(a_cart_is_priced_with_a_voucher_and_a_code_and_placed_once).await;
}

fn unpaid_orders_expire_and_give_back_their_voucher_and_code(server: &TestServer) {
    let mut anna = server.client();
    let org = sign_up(&mut anna, "Anna", "anna@example.ch", "Anna AG", "CH");
    run_operator(
        server,
        "voucher",
        &format!("grant {org} domain --extension ch --months 12 --until 2099-12-31"),
    );
    run_operator(
        server,
        "promotion",
        "create ONCE --percent 5 --max-per-org 1",
    );
    let form = anna
        .call("/api/orders/get_order_form", &[("org", &org)])
        .json();
    let voucher = form["vouchers"][0]["id"].as_str().unwrap().to_owned();
    let request = json!({
        "lines": [
            {"kind": "domain", "name": "anna.ch", "period": 12},
            {"kind": "web-hosting", "name": "Shop", "period": 12},
        ],
        "vouchers": [voucher],
        "promotion": "ONCE",
        "payment": "card",
    });
    let placed = anna.call_json(
        "/api/orders/place_order",
        &json!({"org": org, "request": request, "request_key": "first"}),
    );
    assert_eq!(placed.status, 200, "{}", placed.body);
    let id = placed.json()["id"].as_str().unwrap().to_owned();

    // Not yet: a day before the end of its payment time nothing changes.
    server
        .db
        .db
        .clock()
        .advance((domain::order::PAYMENT_DAYS - 1) * 86_400_000);
    server.run_jobs();
    // Sessions end long before: sign in again.
    assert_eq!(support::log_in(&mut anna, "anna@example.ch").status, 200);
    let order = anna
        .call(
            "/api/orders/get_order_detail",
            &[("org", &org), ("order", &id)],
        )
        .json();
    assert_eq!(order["order"]["status"], "pending", "{order}");

    server.db.db.clock().advance(2 * 86_400_000);
    server.run_jobs();
    assert_eq!(support::log_in(&mut anna, "anna@example.ch").status, 200);
    let order = anna
        .call(
            "/api/orders/get_order_detail",
            &[("org", &org), ("order", &id)],
        )
        .json();
    assert_eq!(order["order"]["status"], "expired");
    let paying = anna.call(
        "/api/orders/pay_order",
        &[
            ("org", org.as_str()),
            ("order", id.as_str()),
            ("method", "card"),
            ("use_prepaid", "false"),
            ("save", "false"),
            ("key", "late"),
        ],
    );
    assert!(paying.body.contains("order-not-payable"), "{}", paying.body);

    // The voucher and the code can be used again, by a new order.
    let form = anna
        .call("/api/orders/get_order_form", &[("org", &org)])
        .json();
    assert_eq!(form["vouchers"][0]["id"], voucher.as_str());
    let again = anna.call_json(
        "/api/orders/place_order",
        &json!({"org": org, "request": request, "request_key": "second"}),
    );
    assert_eq!(again.status, 200, "{}", again.body);
    assert_ne!(again.json()["id"], id.as_str());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unpaid_orders_expire() {
    support::on_each_backend(unpaid_orders_expire_and_give_back_their_voucher_and_code).await;
}
