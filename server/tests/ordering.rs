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
