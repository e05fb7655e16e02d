//! Ordering and paying as the console does it, for the payment scenarios: placing an
//! order, paying it (the prepaid balance first when asked), the sandbox processor's page
//! submitted as a browser would, and the ledger read back.

use super::{Client, Response, TestServer};
use serde_json::{json, Value};

/// Places `lines` to be paid by card; answers the placed order.
pub fn place(anna: &mut Client, org: &str, lines: Value, key: &str) -> Value {
    let r = anna.call_json(
        "/api/orders/place_order",
        &json!({"org": org, "request": {"lines": lines, "payment": "card"}, "request_key": key}),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    r.json()
}

/// Pays with `method` alone.
pub fn pay(anna: &mut Client, org: &str, order: &str, method: &str, key: &str) -> Response {
    pay_using(anna, org, order, method, false, key)
}

/// Pays with `method`, the prepaid balance first when `use_prepaid`.
pub fn pay_using(
    anna: &mut Client,
    org: &str,
    order: &str,
    method: &str,
    use_prepaid: bool,
    key: &str,
) -> Response {
    let use_prepaid = if use_prepaid { "true" } else { "false" };
    anna.call(
        "/api/orders/pay_order",
        &[
            ("org", org),
            ("order", order),
            ("method", method),
            ("use_prepaid", use_prepaid),
            ("save", "false"),
            ("key", key),
        ],
    )
}

/// The order with its payments, products and the prepaid balance.
pub fn detail(anna: &mut Client, org: &str, order: &str) -> Value {
    let r = anna.call(
        "/api/orders/get_order_detail",
        &[("org", org), ("order", order)],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    r.json()
}

/// The sandbox's hosted page, submitted as a browser would (same origin).
pub fn submit_checkout(
    server: &TestServer,
    page: &str,
    card: &str,
    action: &str,
) -> ureq::Response {
    let agent = ureq::AgentBuilder::new().redirects(0).build();
    match agent
        .post(page)
        .set("origin", &server.base)
        .send_form(&[("card", card), ("action", action)])
    {
        Ok(r) | Err(ureq::Error::Status(_, r)) => r,
        Err(e) => panic!("{e}"),
    }
}

/// One number the test database answers for `sql` with the organisation as `$1`.
pub fn count(server: &TestServer, sql: &str, org: &str) -> i64 {
    let db = server.db.db.clone();
    let sql = sql.to_owned();
    let org = org.to_owned();
    tokio::runtime::Handle::current().block_on(async move { db.test_count(&sql, &org).await })
}

/// Credits `minor` to the organisation's prepaid balance as a recorded deposit.
pub fn deposit(server: &TestServer, org: &str, minor: i64) {
    let db = server.db.db.clone();
    let org_id: domain::OrgId = org.parse().unwrap();
    tokio::runtime::Handle::current().block_on(async move {
        let anna = db::users::find_by_email(&db, "anna@example.ch")
            .await
            .unwrap()
            .unwrap()
            .id;
        let scope = db::OrgScope::authorize(&db, anna, org_id, domain::Permission::InvoicePay)
            .await
            .unwrap();
        db::org_deletion::add_prepaid_entry(&db, &scope, minor, "deposit")
            .await
            .unwrap();
    });
}

/// The prepaid balance as the ledger sums it.
pub fn balance(server: &TestServer, org: &str) -> i64 {
    count(
        server,
        "SELECT CAST(COALESCE(SUM(amount_minor), 0) AS BIGINT) FROM prepaid_entries WHERE org_id = $1",
        org,
    )
}
