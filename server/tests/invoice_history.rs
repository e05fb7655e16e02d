//! Accounting → Invoices over HTTP on both databases: filtered by status, by the year of
//! issue in the reader's time zone and by billing address, with the years and addresses
//! the filters offer; a filter that names nothing known is refused with its field.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use serde_json::{json, Value};
use support::paying::{deposit, pay};
use support::{sign_up, Client, TestServer};

fn list(anna: &mut Client, org: &str, filters: &[(&str, &str)]) -> Value {
    let mut form = vec![("org", org), ("page", "1")];
    form.extend_from_slice(filters);
    let r = anna.call("/api/invoices/list_invoices", &form);
    assert_eq!(r.status, 200, "{filters:?}: {}", r.body);
    r.json()
}

fn numbers(list: &Value) -> Vec<String> {
    list["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["number"].as_str().unwrap().to_owned())
        .collect()
}

/// Places one hosting to `address` (`None`: the main one), paid from the balance; answers
/// its invoice number.
fn bought(anna: &mut Client, org: &str, name: &str, address: Option<&str>) -> String {
    let placed = anna.call_json(
        "/api/orders/place_order",
        &json!({"org": org, "request": {
            "lines": [{"kind": "web-hosting", "name": name, "period": 12}],
            "billing_address": address, "payment": "prepaid-account"},
            "request_key": format!("order-{name}")}),
    );
    assert_eq!(placed.status, 200, "{}", placed.body);
    let id = placed.json()["id"].as_str().unwrap().to_owned();
    let paid = pay(anna, org, &id, "prepaid-account", &format!("pay-{name}"));
    assert_eq!(paid.status, 200, "{}", paid.body);
    let detail = anna.call(
        "/api/orders/get_order_detail",
        &[("org", org), ("order", &id)],
    );
    detail.json()["invoice_number"].as_str().unwrap().to_owned()
}

fn invoices_filter_by_status_year_and_billing_address(server: &TestServer) {
    let mut anna = server.client();
    let org = sign_up(&mut anna, "Anna", "anna@example.ch", "Anna AG", "CH");
    deposit(server, &org, 1_000_000);
    let added = anna.call(
        "/api/organisation/add_billing_address",
        &[
            ("org", org.as_str()),
            ("name", "Atelier Anna"),
            ("email", "atelier@example.ch"),
            ("street", "Marktgasse 3"),
            ("postal_code", "3011"),
            ("city", "Bern"),
            ("country", "CH"),
        ],
    );
    assert_eq!(added.status, 200, "{}", added.body);
    let atelier = added.json().as_str().unwrap().to_owned();
    let old = bought(&mut anna, &org, "Shop", None);
    let new = bought(&mut anna, &org, "Atelier", Some(&atelier));
    // The first one was issued last year, and is waiting for its money.
    let db = server.db.db.clone();
    let zurich = chrono_tz::Europe::Zurich;
    let last_year = chrono::Datelike::year(&chrono::Utc::now().with_timezone(&zurich)) - 1;
    // Its last minute, in the reader's zone (the last hour of the year in UTC).
    let issued = chrono::TimeZone::with_ymd_and_hms(&zurich, last_year, 12, 31, 23, 59, 0)
        .unwrap()
        .timestamp_millis();
    db.block_on_test_execute(
        &format!(
            "UPDATE invoices SET issued_at = {issued}, status = 'unpaid', paid_at = NULL \
             WHERE number = $1"
        ),
        &old,
    );

    let all = list(&mut anna, &org, &[]);
    assert_eq!(numbers(&all), [new.clone(), old.clone()], "newest first");
    assert_eq!(all["total"], 2);
    assert_eq!(all["years"], json!([last_year + 1, last_year]));
    let labels: Vec<&str> = all["addresses"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["label"].as_str().unwrap())
        .collect();
    assert_eq!(labels.len(), 2, "{labels:?}");
    assert!(labels[1].contains("Atelier Anna"), "{labels:?}");

    let year = last_year.to_string();
    let this_year = (last_year + 1).to_string();
    for (filters, expected) in [
        (vec![("status", "unpaid")], vec![old.clone()]),
        (vec![("status", "paid")], vec![new.clone()]),
        (vec![("status", "refunded")], vec![]),
        (vec![("year", year.as_str())], vec![old.clone()]),
        (vec![("year", this_year.as_str())], vec![new.clone()]),
        (vec![("address", "main")], vec![old.clone()]),
        (vec![("address", atelier.as_str())], vec![new.clone()]),
        (
            vec![("address", atelier.as_str()), ("year", year.as_str())],
            vec![],
        ),
    ] {
        let found = list(&mut anna, &org, &filters);
        assert_eq!(numbers(&found), expected, "{filters:?}");
        assert_eq!(found["total"], expected.len(), "{filters:?}");
    }
    for (name, value) in [("status", "lost"), ("address", "elsewhere")] {
        let r = anna.call(
            "/api/invoices/list_invoices",
            &[("org", org.as_str()), ("page", "1"), (name, value)],
        );
        assert_eq!(r.code(), "validation", "{}", r.body);
        assert!(r.body.contains(name), "{}", r.body);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invoice_filters() {
    support::on_each_backend(invoices_filter_by_status_year_and_billing_address).await;
}
