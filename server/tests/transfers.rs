//! Bank transfers from a camt.054 notification, on both databases: the credit whose
//! reference and amount match a pending order pays it once and issues its invoice; an amount
//! that differs and a reference that names no order are reported and change nothing; the
//! same file imported again records nothing twice.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use serde_json::{json, Value};
use support::paying::{balance, count};
use support::pdf::{assert_has, text_of};
use support::{sign_up, Client, TestServer};

fn place(anna: &mut Client, org: &str, key: &str) -> Value {
    let r = anna.call_json(
        "/api/orders/place_order",
        &json!({
            "org": org,
            "request": {"lines": [{"kind": "web-hosting", "name": key, "period": 12}], "payment": "bank-transfer"},
            "request_key": key,
        }),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    r.json()
}

/// The reference printed on `order`'s pro forma (the demo provider has a QR-IBAN).
fn reference_of(order: &Value) -> String {
    let digits: String = order["number"]
        .as_str()
        .unwrap()
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    domain::qr_bill::Reference::qr_of(&digits)
        .unwrap()
        .as_str()
        .to_owned()
}

fn credit(bank_ref: &str, amount: &str, reference: &str) -> String {
    format!(
        "<TxDtls><Refs><AcctSvcrRef>{bank_ref}</AcctSvcrRef></Refs><Amt Ccy=\"CHF\">{amount}</Amt>\
         <CdtDbtInd>CRDT</CdtDbtInd><RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Prtry>QRR</Prtry>\
         </CdOrPrtry></Tp><Ref>{reference}</Ref></CdtrRefInf></Strd></RmtInf></TxDtls>"
    )
}

fn notification(credits: &[String]) -> String {
    format!(
        "<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.054.001.08\">\
         <BkToCstmrDbtCdtNtfctn><GrpHdr><MsgId>1</MsgId></GrpHdr><Ntfctn><Id>1</Id><Ntry>\
         <Amt Ccy=\"CHF\">0</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>\
         <BookgDt><Dt>2026-12-04</Dt></BookgDt><AcctSvcrRef>E1</AcctSvcrRef><NtryDtls>{}\
         </NtryDtls></Ntry></Ntfctn></BkToCstmrDbtCdtNtfctn></Document>",
        credits.concat()
    )
}

fn import(server: &TestServer, xml: &str) -> String {
    let db = server.db.db.clone();
    let xml = xml.to_owned();
    tokio::runtime::Handle::current()
        .block_on(async move { server::payments_cli::import(&db, &xml).await })
        .unwrap()
}

fn detail(anna: &mut Client, org: &str, order: &Value) -> Value {
    let id = order["id"].as_str().unwrap();
    let r = anna.call(
        "/api/orders/get_order_detail",
        &[("org", org), ("order", id)],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    r.json()
}

fn invoices(anna: &mut Client, org: &str) -> Vec<Value> {
    let r = anna.call(
        "/api/invoices/list_invoices",
        &[("org", org), ("page", "1")],
    );
    r.json()["rows"].as_array().unwrap().clone()
}

fn transfers_pay_matching_orders_once(server: &TestServer) {
    let mut anna = server.client();
    let org = sign_up(&mut anna, "Anna", "anna@example.ch", "Anna AG", "CH");
    let paid = place(&mut anna, &org, "shop");
    let short = place(&mut anna, &org, "blog");
    let gross = |o: &Value| {
        let minor = o["quote"]["gross"]["minor"].as_i64().unwrap();
        format!("{}.{:02}", minor / 100, minor % 100)
    };
    let xml = notification(&[
        credit("T-1", &gross(&paid), &reference_of(&paid)),
        credit("T-2", "1.00", &reference_of(&short)),
        credit("T-3", "50.00", "210000000003139471430009017"),
    ]);

    let report = import(server, &xml);
    let number = paid["number"].as_str().unwrap();
    assert!(
        report.contains(&format!("T-1  CHF {}  paid order {number}", gross(&paid))),
        "{report}"
    );
    assert!(
        report.contains(&format!(
            "AMOUNT MISMATCH for order {}",
            short["number"].as_str().unwrap()
        )),
        "{report}"
    );
    assert!(
        report.contains("NO ORDER for reference 210000000003139471430009017"),
        "{report}"
    );
    assert!(
        report.contains("3 credits: 1 recorded, 2 to review"),
        "{report}"
    );

    let seen = detail(&mut anna, &org, &paid);
    assert_eq!(seen["order"]["status"], "completed", "{seen}");
    assert!(seen["invoice_number"].is_string());
    assert_eq!(seen["payments"][0]["method"], "bank-transfer");
    assert_eq!(
        detail(&mut anna, &org, &short)["order"]["status"],
        "pending"
    );
    let issued = invoices(&mut anna, &org);
    assert_eq!(issued.len(), 1);
    assert_eq!(issued[0]["printable"], true);

    // The same notification again: nothing is recorded twice.
    let again = import(server, &xml);
    assert!(
        again.contains("T-1  CHF") && again.contains("already recorded"),
        "{again}"
    );
    assert_eq!(invoices(&mut anna, &org).len(), 1);
    assert_eq!(
        detail(&mut anna, &org, &paid)["payments"]
            .as_array()
            .unwrap()
            .len(),
        1
    );

    // A file that is not a notification is refused whole.
    let db = server.db.db.clone();
    let refused = tokio::runtime::Handle::current()
        .block_on(async move { server::payments_cli::import(&db, "<Document/>").await });
    assert!(refused.unwrap_err().contains("nothing imported"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn camt054_transfers() {
    support::on_each_backend(transfers_pay_matching_orders_once).await;
}

/// The reference of `org`'s deposit slip, read back from its standing number.
fn deposit_reference(server: &TestServer, org: &str) -> String {
    let number = count(
        server,
        "SELECT number FROM deposit_references WHERE org_id = $1",
        org,
    );
    let digits = app::use_cases::transfers::deposit_digits(number);
    domain::qr_bill::Reference::qr_of(&digits)
        .unwrap()
        .as_str()
        .to_owned()
}

fn deposit_slips_credit_the_prepaid_balance_once(server: &TestServer) {
    let mut anna = server.client();
    let org = sign_up(&mut anna, "Anna", "anna@example.ch", "Anna AG", "CH");
    let slip = format!("/media/deposit-slip/{org}");
    let (status, kind, pdf) = anna.get_bytes(&slip);
    assert_eq!((status, kind.as_str()), (200, "application/pdf"));
    if let Ok(dir) = std::env::var("MANDANT_DOCUMENTS_OUT") {
        std::fs::write(format!("{dir}/deposit-slip.pdf"), &pdf).unwrap();
    }
    let reference = deposit_reference(server, &org);
    let text = text_of(&pdf);
    let printed = domain::qr_bill::Reference::parse(&reference)
        .unwrap()
        .printed();
    assert_has(
        &text,
        &[
            "Deposit to the prepaid account",
            &printed,
            "Payment part",
            "CHF 0.10",
        ],
    );
    assert_eq!(anna.get_bytes(&slip).0, 200, "asked again");
    assert_eq!(
        deposit_reference(server, &org),
        reference,
        "the same slip every time"
    );
    let mut bob = server.client();
    let bobs = sign_up(&mut bob, "Bob", "bob@example.ch", "Bob GmbH", "CH");
    assert_eq!(bob.get_bytes(&format!("/media/deposit-slip/{bobs}")).0, 200);
    assert_ne!(
        deposit_reference(server, &bobs),
        reference,
        "one number per organisation"
    );
    assert_eq!(bob.get_bytes(&slip).0, 404, "another organisation's slip");

    let xml = notification(&[
        credit("DEP-1", "150.00", &reference),
        credit("DEP-2", "20000.00", &reference),
    ]);
    let report = import(server, &xml);
    assert!(
        report.contains("credited to its prepaid account"),
        "{report}"
    );
    assert!(report.contains("REFUSED"), "{report}");
    assert!(
        report.contains("2 credits: 1 recorded, 1 to review"),
        "{report}"
    );
    assert_eq!(balance(server, &org), 15_000);
    assert_eq!(balance(server, &bobs), 0);
    let again = import(server, &xml);
    assert!(again.contains("already recorded"), "{again}");
    assert_eq!(balance(server, &org), 15_000, "credited once");
    let account = anna
        .call(
            "/api/orders/get_prepaid_account",
            &[("org", org.as_str()), ("page", "1")],
        )
        .json();
    assert_eq!(account["entries"][0]["movement"], "deposit");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deposits_by_transfer() {
    support::on_each_backend(deposit_slips_credit_the_prepaid_balance_once).await;
}
