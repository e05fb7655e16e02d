//! Credit notes on both databases: the operator annuls a paid invoice (refunded to the
//! prepaid balance, once) and an unpaid one (cancelled, nothing refunded); the credit note
//! takes the next number of the gapless sequence, prints as a PDF naming the invoice it
//! corrects with negated amounts, and only its organisation's members get it. Refusals
//! change nothing.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use serde_json::{json, Value};
use support::paying::{balance, deposit, detail, pay, place};
use support::pdf::{assert_has, text_of};
use support::{sign_up, Client, TestServer};

fn credit(server: &TestServer, number: &str, reason: &str) -> Result<String, String> {
    let db = server.db.db.clone();
    let (number, reason) = (number.to_owned(), reason.to_owned());
    tokio::runtime::Handle::current()
        .block_on(async move { server::invoices_cli::credit(&db, &number, &reason).await })
}

fn invoices(anna: &mut Client, org: &str) -> Vec<Value> {
    let r = anna.call(
        "/api/invoices/list_invoices",
        &[("org", org), ("page", "1")],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    r.json()["rows"].as_array().unwrap().clone()
}

fn bought(anna: &mut Client, org: &str, name: &str) -> (String, i64) {
    let order = place(
        anna,
        org,
        json!([{"kind": "web-hosting", "name": name, "period": 12}]),
        &format!("order-{name}"),
    );
    let id = order["id"].as_str().unwrap().to_owned();
    let paid = pay(anna, org, &id, "prepaid-account", &format!("pay-{name}"));
    assert_eq!(paid.status, 200, "{}", paid.body);
    let number = detail(anna, org, &id)["invoice_number"]
        .as_str()
        .unwrap()
        .to_owned();
    (number, order["quote"]["gross"]["minor"].as_i64().unwrap())
}

fn invoices_are_corrected_by_credit_notes(server: &TestServer) {
    let mut anna = server.client();
    let org = sign_up(&mut anna, "Anna", "anna@example.ch", "Anna AG", "CH");
    deposit(server, &org, 100_000);
    let (first, gross) = bought(&mut anna, &org, "Shop");
    let (second, _) = bought(&mut anna, &org, "Blog");
    let before = balance(server, &org);

    // Refusals change nothing.
    assert!(credit(server, &first, "  ").unwrap_err().contains("reason"));
    assert!(credit(server, "1999-000001", "typo")
        .unwrap_err()
        .contains("no invoice"));
    assert_eq!(balance(server, &org), before);

    let said = credit(server, &first, "Ordered twice by mistake").unwrap();
    assert!(said.contains("credited to the prepaid account"), "{said}");
    assert!(credit(server, &first, "again")
        .unwrap_err()
        .contains("already has its credit note"));
    assert_eq!(balance(server, &org), before + gross, "refunded once");
    let rows = invoices(&mut anna, &org);
    let row = rows.iter().find(|r| r["number"] == first.as_str()).unwrap();
    assert_eq!(row["status"], "refunded");
    let note = row["credit_note"].as_str().unwrap().to_owned();
    let other = rows
        .iter()
        .find(|r| r["number"] == second.as_str())
        .unwrap();
    assert_eq!(other["status"], "paid");
    assert_eq!(other["credit_note"], Value::Null);
    let account = anna
        .call(
            "/api/orders/get_prepaid_account",
            &[("org", org.as_str()), ("page", "1")],
        )
        .json();
    assert_eq!(account["entries"][0]["movement"], "refund");
    assert_eq!(account["entries"][0]["order_number"], first.as_str());

    // Its document: the next number, the invoice it corrects, negated amounts, the reason.
    let path = format!("/media/credit-notes/{org}/{note}");
    let (status, kind, pdf) = anna.get_bytes(&path);
    assert_eq!((status, kind.as_str()), (200, "application/pdf"));
    let text = text_of(&pdf);
    let year = &first[..4];
    let expected_number = format!("{year}-000003");
    assert_has(
        &text,
        &[
            "Credit note",
            &expected_number,
            &format!("Invoice {first} of"),
            "Reason: Ordered twice by mistake",
            "credited to the prepaid account",
            "-99.00",
        ],
    );
    let mut bob = server.client();
    sign_up(&mut bob, "Bob", "bob@example.ch", "Bob GmbH", "CH");
    assert_eq!(bob.get_bytes(&path).0, 404, "another organisation's");

    // An unpaid invoice is cancelled; nothing goes to the balance.
    let db = server.db.db.clone();
    db.block_on_test_execute(
        "INSERT INTO invoices (id, org_id, number, status, total_minor, currency, issued_at, due_at) \
         SELECT '00000000-0000-7000-8000-000000000009', id, 'OLD-UNPAID-1', 'unpaid', 5000, currency, 0, 0 \
         FROM organisations WHERE id = $1",
        &org,
    );
    let said = credit(server, "OLD-UNPAID-1", "Service never delivered").unwrap();
    assert!(said.contains("cancelled"), "{said}");
    assert_eq!(balance(server, &org), before + gross);
    let rows = invoices(&mut anna, &org);
    let old = rows.iter().find(|r| r["number"] == "OLD-UNPAID-1").unwrap();
    assert_eq!(old["status"], "cancelled");
    let check = anna.call(
        "/api/organisation/get_deletion_check",
        &[("org", org.as_str())],
    );
    assert_eq!(check.status, 200, "{}", check.body);
    assert_eq!(
        check.json()["unpaid_invoices"],
        0,
        "a cancelled invoice is owed no more"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn credit_notes() {
    support::on_each_backend(invoices_are_corrected_by_credit_notes).await;
}
