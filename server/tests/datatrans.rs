//! The Datatrans adapter against a local stand-in of Datatrans' published JSON API, on both
//! databases: a payment opens one transaction (basic auth, the payment's idempotency key, the
//! amount in minor units, the method's brands, Mandant's webhook) and sends the payer to
//! Datatrans' page; the signed status callbacks pay the order once — a forged one, an
//! intermediate status, a repeated or a late out-of-order one change nothing — and a provider
//! that does not answer leaves no payment behind.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Json;
use serde_json::{json, Value};
use server::datatrans::{Datatrans, DatatransConfig};
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use support::paying::{count, detail, pay, place};
use support::{sign_up, TestServer};

const MERCHANT: &str = "1100007283";
const PASSWORD: &str = "stand-in-password";
const HMAC_KEY_HEX: &str = "9f8e7d6c5b4a39281706f5e4d3c2b1a0";

/// What the stand-in was asked to open, by transaction id.
#[derive(Default)]
struct Standin {
    opened: Mutex<Vec<(String, Value, String)>>,
    /// Idempotency key → (request body, transaction id).
    keys: Mutex<HashMap<String, (Value, String)>>,
    next: AtomicU64,
    down: AtomicBool,
}

fn error(status: StatusCode, code: &str) -> Response {
    (
        status,
        Json(json!({"error": {"code": code, "message": code}})),
    )
        .into_response()
}

/// `POST /v1/transactions` as Datatrans answers it.
async fn init(State(standin): State<Arc<Standin>>, headers: HeaderMap, body: String) -> Response {
    if standin.down.load(Ordering::SeqCst) {
        return error(StatusCode::SERVICE_UNAVAILABLE, "UNAVAILABLE");
    }
    let expected = format!(
        "Basic {}",
        base64::Engine::encode(
            &base64::engine::general_purpose::STANDARD,
            format!("{MERCHANT}:{PASSWORD}")
        )
    );
    if headers.get("authorization").and_then(|v| v.to_str().ok()) != Some(expected.as_str()) {
        return error(StatusCode::UNAUTHORIZED, "UNAUTHORIZED");
    }
    let Ok(request) = serde_json::from_str::<Value>(&body) else {
        return error(StatusCode::BAD_REQUEST, "INVALID_JSON_PAYLOAD");
    };
    let known = ["VIS", "ECA", "PFC", "TWI", "PAP"];
    let valid = matches!(request["currency"].as_str(), Some("CHF" | "EUR"))
        && request["amount"].as_i64().is_some_and(|a| a > 0)
        && request["refno"]
            .as_str()
            .is_some_and(|r| !r.is_empty() && r.chars().count() <= 20)
        && request["paymentMethods"].as_array().is_some_and(|m| {
            !m.is_empty()
                && m.iter()
                    .all(|c| c.as_str().is_some_and(|c| known.contains(&c)))
        })
        && ["successUrl", "cancelUrl", "errorUrl"]
            .iter()
            .all(|u| request["redirect"][u].is_string())
        && request["webhook"]["url"].is_string();
    if !valid {
        return error(StatusCode::BAD_REQUEST, "INVALID_PROPERTY");
    }
    let key = headers
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    if let Some(key) = &key {
        if let Some((first, id)) = standin.keys.lock().unwrap().get(key) {
            if *first != request {
                return error(StatusCode::UNPROCESSABLE_ENTITY, "IDEMPOTENCY_MISMATCH");
            }
            return (StatusCode::CREATED, Json(json!({"transactionId": id}))).into_response();
        }
    }
    let id = format!(
        "2612081200{:08}",
        standin.next.fetch_add(1, Ordering::SeqCst) + 1
    );
    if let Some(key) = key.clone() {
        standin
            .keys
            .lock()
            .unwrap()
            .insert(key, (request.clone(), id.clone()));
    }
    standin
        .opened
        .lock()
        .unwrap()
        .push((id.clone(), request, key.unwrap_or_default()));
    (StatusCode::CREATED, Json(json!({"transactionId": id}))).into_response()
}

async fn start_page(Path(id): Path<String>) -> String {
    format!("Datatrans stand-in payment page for {id}")
}

async fn standin() -> (String, Arc<Standin>) {
    let standin = Arc::new(Standin::default());
    let router = axum::Router::new()
        .route("/v1/transactions", post(init))
        .route("/v1/start/{id}", get(start_page))
        .with_state(standin.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    (base, standin)
}

fn key() -> Vec<u8> {
    data_encoding::HEXLOWER
        .decode(HMAC_KEY_HEX.as_bytes())
        .unwrap()
}

/// Datatrans' callback for `transaction` in `status`, signed with `key` at `t`.
fn callback(
    server: &TestServer,
    key: &[u8],
    t: &str,
    transaction: &str,
    status: &str,
) -> (u16, String) {
    let body = json!({
        "transactionId": transaction, "type": "payment", "status": status,
        "refno": "O-standin", "currency": "CHF",
    })
    .to_string();
    let signature = Datatrans::sign(key, t, body.as_bytes());
    match ureq::post(&format!("{}/webhooks/payments/datatrans", server.base))
        .set("datatrans-signature", &signature)
        .set("content-type", "application/json")
        .send_string(&body)
    {
        Ok(r) => (r.status(), r.into_string().unwrap()),
        Err(ureq::Error::Status(code, r)) => (code, r.into_string().unwrap_or_default()),
        Err(e) => panic!("{e}"),
    }
}

fn payments_go_through_datatrans(server: &TestServer, base: &str, standin: &Standin) {
    let mut anna = server.client();
    let org = sign_up(&mut anna, "Anna", "anna@example.ch", "Anna AG", "CH");
    let order = place(
        &mut anna,
        &org,
        json!([{"kind": "web-hosting", "name": "Shop", "period": 12}]),
        "shop",
    );
    let id = order["id"].as_str().unwrap().to_owned();
    let gross = order["quote"]["gross"]["minor"].as_i64().unwrap();

    let started = pay(&mut anna, &org, &id, "card", "dt-1");
    assert_eq!(started.status, 200, "{}", started.body);
    let started = started.json();
    let (transaction, request, idempotency) = standin.opened.lock().unwrap()[0].clone();
    assert_eq!(
        started["redirect"],
        format!("{base}/v1/start/{transaction}"),
        "the payer goes to Datatrans' page"
    );
    assert_eq!(request["amount"], gross);
    assert_eq!(request["currency"], "CHF");
    assert_eq!(request["refno"], order["number"]);
    assert_eq!(request["paymentMethods"], json!(["VIS", "ECA"]));
    assert_eq!(
        request["webhook"]["url"],
        format!("{}/webhooks/payments/datatrans", server.base)
    );
    assert_eq!(idempotency, started["payment"]["id"].as_str().unwrap());
    let again = pay(&mut anna, &org, &id, "card", "dt-1").json();
    assert_eq!(again, started);
    assert_eq!(standin.opened.lock().unwrap().len(), 1, "one transaction");
    let page = ureq::get(started["redirect"].as_str().unwrap())
        .call()
        .unwrap();
    assert!(page.into_string().unwrap().contains(&transaction));

    // Callbacks: forged, intermediate, final, repeated, late and out of order.
    let forged = callback(
        server,
        b"not the key",
        "1765195200000",
        &transaction,
        "settled",
    );
    assert_eq!(forged.0, 400);
    let authorized = callback(server, &key(), "1765195200001", &transaction, "authorized");
    assert_eq!(authorized, (200, json!({"applied": "nothing"}).to_string()));
    assert_eq!(detail(&mut anna, &org, &id)["order"]["status"], "pending");
    let settled = callback(server, &key(), "1765195200002", &transaction, "settled");
    assert_eq!(settled, (200, json!({"applied": "paid"}).to_string()));
    let repeated = callback(server, &key(), "1765195200003", &transaction, "settled");
    assert_eq!(repeated, (200, json!({"applied": "nothing"}).to_string()));
    let late = callback(server, &key(), "1765195200004", &transaction, "failed");
    assert_eq!(late, (200, json!({"applied": "nothing"}).to_string()));
    let seen = detail(&mut anna, &org, &id);
    assert_eq!(seen["order"]["status"], "completed", "{seen}");
    assert_eq!(seen["payments"][0]["status"], "succeeded");
    assert_eq!(
        count(
            server,
            "SELECT COUNT(*) FROM invoices WHERE org_id = $1",
            &org
        ),
        1
    );
    let unknown = callback(server, &key(), "1765195200005", "999", "settled");
    assert_eq!(unknown, (200, json!({"applied": "nothing"}).to_string()));

    // PostFinance Card asks Datatrans for PostFinance's brand; a decline leaves the order.
    let second = place(
        &mut anna,
        &org,
        json!([{"kind": "web-hosting", "name": "Blog", "period": 12}]),
        "blog",
    );
    let second_id = second["id"].as_str().unwrap().to_owned();
    let r = pay(&mut anna, &org, &second_id, "postfinance-card", "dt-2");
    assert_eq!(r.status, 200, "{}", r.body);
    let (pf_transaction, pf_request, _) = standin.opened.lock().unwrap()[1].clone();
    assert_eq!(pf_request["paymentMethods"], json!(["PFC"]));
    let failed = callback(server, &key(), "1765195200006", &pf_transaction, "failed");
    assert_eq!(failed, (200, json!({"applied": "not-paid"}).to_string()));
    let seen = detail(&mut anna, &org, &second_id);
    assert_eq!(seen["order"]["status"], "pending");
    assert_eq!(seen["payments"][0]["status"], "failed");

    // Datatrans unreachable: a clear code, and no payment is recorded.
    standin.down.store(true, Ordering::SeqCst);
    let refused = pay(&mut anna, &org, &second_id, "card", "dt-3");
    assert_eq!(refused.status, 409, "{}", refused.body);
    assert!(
        refused.body.contains("payment-processor-unreachable"),
        "{}",
        refused.body
    );
    assert_eq!(
        count(
            server,
            "SELECT COUNT(*) FROM payments WHERE org_id = $1 AND idempotency_key = 'dt-3'",
            &org
        ),
        0
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn datatrans_payments() {
    for backend in db::testing::backends() {
        let (base, standin) = standin().await;
        let config = DatatransConfig {
            merchant_id: MERCHANT.into(),
            password: PASSWORD.into(),
            hmac_key: key(),
            api_url: base.clone(),
            pay_url: base.clone(),
        };
        let server =
            TestServer::start_configured(backend, move |c| c.datatrans = Some(config)).await;
        let server = tokio::task::spawn_blocking(move || {
            payments_go_through_datatrans(&server, &base, &standin);
            server
        })
        .await
        .unwrap_or_else(|e| std::panic::resume_unwind(e.into_panic()));
        server.db.cleanup().await;
    }
}
