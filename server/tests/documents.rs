//! Invoices and pro formas as PDFs over HTTP on both databases, read back with Poppler's
//! `pdftotext` as a reader's viewer would: a paid invoice prints in the reader's language
//! with what was copied when it was issued (a later address change does not touch it); an
//! unpaid invoice, another organisation's or an anonymous request gets none; a pending
//! order's pro forma says it has no legal value and, for a transfer, carries the QR-bill
//! with the order's reference.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use serde_json::{json, Value};
use support::pdf::{assert_has, text_of};
use support::{sign_up, Client, TestServer};

fn place(anna: &mut Client, org: &str, payment: &str, key: &str) -> Value {
    let r = anna.call_json(
        "/api/orders/place_order",
        &json!({
            "org": org,
            "request": {"lines": [
                {"kind": "domain", "name": "bäckerei-anna.ch", "period": 12},
                {"kind": "web-hosting", "name": "Shop", "period": 12},
            ], "payment": payment},
            "request_key": key,
        }),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    r.json()
}

fn sql(server: &TestServer, statement: &str, value: &str) {
    let db = server.db.db.clone();
    let (statement, value) = (statement.to_owned(), value.to_owned());
    tokio::runtime::Handle::current()
        .block_on(async move { db.test_execute(&statement, &value).await });
}

fn invoices_print_as_issued_in_the_readers_language(server: &TestServer) {
    let mut anna = server.client();
    let org = sign_up(&mut anna, "Anna", "anna@example.ch", "Anna AG", "CH");
    sql(
        server,
        "UPDATE organisations SET street = 'Bahnhofstrasse 1', postal_code = '8001', city = 'Zürich' WHERE id = $1",
        &org,
    );
    sql(
        server,
        "INSERT INTO prepaid_entries (id, org_id, amount_minor, currency, note, created_at) SELECT 'deposit-1', id, 100000, currency, 'deposit', 0 FROM organisations WHERE id = $1",
        &org,
    );
    let order = place(&mut anna, &org, "card", "order-1");
    let order_id = order["id"].as_str().unwrap().to_owned();
    let paid = anna.call(
        "/api/orders/pay_order",
        &[
            ("org", &org),
            ("order", &order_id),
            ("method", "prepaid-account"),
            ("use_prepaid", "false"),
            ("save", "false"),
            ("key", "pay-1"),
        ],
    );
    assert_eq!(paid.status, 200, "{}", paid.body);

    let list = anna.call(
        "/api/invoices/list_invoices",
        &[("org", &org), ("page", "1")],
    );
    assert_eq!(list.status, 200, "{}", list.body);
    let rows = list.json();
    let invoice = &rows["rows"][0];
    assert_eq!(invoice["printable"], true, "{rows}");
    let (id, number) = (
        invoice["id"].as_str().unwrap(),
        invoice["number"].as_str().unwrap(),
    );
    let path = format!("/media/invoices/{org}/{id}");

    let (status, kind, pdf) = anna.get_bytes(&path);
    assert_eq!((status, kind.as_str()), (200, "application/pdf"));
    assert!(pdf.starts_with(b"%PDF-"));
    let text = text_of(&pdf);
    assert_has(
        &text,
        &[
            "Invoice",
            number,
            "Anna AG",
            "Bahnhofstrasse 1",
            "8001 Zürich",
            "Mandant Demo Hosting SA",
            "bäckerei-anna.ch",
            "VAT 8.1 % on",
            "Total incl. VAT",
            "Paid on",
            "Prepaid account",
        ],
    );

    // Edited afterwards, the address stays as issued; the reader's language changes the text.
    sql(
        server,
        "UPDATE organisations SET street = 'Neuweg 9' WHERE id = $1",
        &org,
    );
    sql(
        server,
        "UPDATE users SET lang = 'de' WHERE email = $1",
        "anna@example.ch",
    );
    // Samples to look at: the same invoice for a reader of each language.
    if let Ok(dir) = std::env::var("MANDANT_DOCUMENTS_OUT") {
        for lang in ["en", "fr", "it", "es", "de"] {
            sql(
                server,
                &format!("UPDATE users SET lang = '{lang}' WHERE email = $1"),
                "anna@example.ch",
            );
            let pdf = anna.get_bytes(&path).2;
            std::fs::write(format!("{dir}/invoice-{lang}.pdf"), &pdf).unwrap();
        }
    }
    let pdf = anna.get_bytes(&path).2;
    let text = text_of(&pdf);
    assert_has(
        &text,
        &[
            "Rechnung",
            "Bahnhofstrasse 1",
            "Total inkl. MWST",
            "MWST 8.1 % auf",
        ],
    );
    assert!(!text.contains("Neuweg"), "an issued invoice never changes");

    // Nobody else gets it, nor an unpaid invoice's.
    let mut bob = server.client();
    sign_up(&mut bob, "Bob", "bob@example.ch", "Bob GmbH", "CH");
    assert_eq!(bob.get_bytes(&path).0, 404);
    assert_eq!(server.client().get_bytes(&path).0, 401);
    assert_eq!(
        anna.get_bytes(&format!("/media/invoices/{org}/not-an-id"))
            .0,
        404
    );
    let pending = place(&mut anna, &org, "card", "order-2");
    let pending_id = pending["id"].as_str().unwrap();
    sql(
        server,
        "INSERT INTO invoices (id, org_id, number, status, total_minor, currency, issued_at, due_at) SELECT '00000000-0000-7000-8000-000000000001', id, 'UNPAID-1', 'unpaid', 100, currency, 0, 0 FROM organisations WHERE id = $1",
        &org,
    );
    assert_eq!(
        anna.get_bytes(&format!(
            "/media/invoices/{org}/00000000-0000-7000-8000-000000000001"
        ))
        .0,
        404
    );
    // A collaborator of the organisation without the billing right gets neither.
    let db = server.db.db.clone();
    let org_id: domain::OrgId = org.parse().unwrap();
    tokio::runtime::Handle::current().block_on(async move {
        let id = |email: &'static str| {
            let db = db.clone();
            async move {
                db::users::find_by_email(&db, email)
                    .await
                    .unwrap()
                    .unwrap()
                    .id
            }
        };
        let (anna_id, bob_id) = (id("anna@example.ch").await, id("bob@example.ch").await);
        let scope = db::OrgScope::authorize(&db, anna_id, org_id, domain::Permission::OrgUpdate)
            .await
            .unwrap();
        db::members::add(&db, &scope, bob_id, domain::Role::Collaborator)
            .await
            .unwrap();
    });
    assert_eq!(bob.get_bytes(&path).0, 403);
    assert_eq!(
        bob.get_bytes(&format!("/media/pro-forma/{org}/{pending_id}"))
            .0,
        403
    );
    // A card order's pro forma has no payment part; a paid order has no pro forma.
    let (status, _, pdf) = anna.get_bytes(&format!("/media/pro-forma/{org}/{pending_id}"));
    assert_eq!(status, 200);
    let text = text_of(&pdf);
    assert_has(&text, &["Proforma-Rechnung", "keinen rechtlichen"]);
    assert!(!text.contains("Zahlteil"));
    assert_eq!(
        anna.get_bytes(&format!("/media/pro-forma/{org}/{order_id}"))
            .0,
        404
    );
}

fn a_transfer_pro_forma_carries_the_qr_bill_with_the_orders_reference(server: &TestServer) {
    let mut anna = server.client();
    let org = sign_up(&mut anna, "Anna", "anna@example.ch", "Anna AG", "CH");
    sql(
        server,
        "UPDATE organisations SET street = 'Bahnhofstrasse 1', postal_code = '8001', city = 'Zürich' WHERE id = $1",
        &org,
    );
    let order = place(&mut anna, &org, "bank-transfer", "order-1");
    let id = order["id"].as_str().unwrap();
    let number = order["number"].as_str().unwrap();
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    let reference = domain::qr_bill::Reference::qr_of(&digits)
        .unwrap()
        .printed();
    let (status, _, pdf) = anna.get_bytes(&format!("/media/pro-forma/{org}/{id}"));
    assert_eq!(status, 200);
    let text = text_of(&pdf);
    assert_has(
        &text,
        &[
            "Pro forma invoice",
            "no legal, tax or accounting value",
            number,
            "Receipt",
            "Payment part",
            "Account / Payable to",
            "CH44 3199 9123 0008 8901 2",
            &reference,
            "Payable by",
            "Anna AG",
            "Separate before paying in",
        ],
    );
    // In each of the five languages, with the payment part's headings of the standard
    // (which has none in Spanish: English there).
    for (lang, heading, receipt) in [
        ("en", "Pro forma invoice", "Receipt"),
        ("fr", "Facture pro forma", "Récépissé"),
        ("de", "Proforma-Rechnung", "Empfangsschein"),
        ("it", "Fattura proforma", "Ricevuta"),
        ("es", "Factura proforma", "Receipt"),
    ] {
        sql(
            server,
            &format!("UPDATE users SET lang = '{lang}' WHERE email = $1"),
            "anna@example.ch",
        );
        let pdf = anna.get_bytes(&format!("/media/pro-forma/{org}/{id}")).2;
        assert_has(&text_of(&pdf), &[heading, receipt, &reference]);
        if let Ok(dir) = std::env::var("MANDANT_DOCUMENTS_OUT") {
            std::fs::write(format!("{dir}/pro-forma-{lang}.pdf"), &pdf).unwrap();
        }
    }
    let mut bob = server.client();
    let bob_org = sign_up(&mut bob, "Bob", "bob@example.ch", "Bob GmbH", "CH");
    assert_eq!(
        bob.get_bytes(&format!("/media/pro-forma/{org}/{id}")).0,
        404
    );
    // An organisation without a postal address yet: "payable by" is left blank to fill in.
    let bobs = place(&mut bob, &bob_org, "bank-transfer", "order-1");
    let bobs_id = bobs["id"].as_str().unwrap();
    let (status, _, pdf) = bob.get_bytes(&format!("/media/pro-forma/{bob_org}/{bobs_id}"));
    assert_eq!(status, 200);
    let text = text_of(&pdf);
    assert_has(&text, &["Payment part", "Payable by"]);
    let payment_part = text.split("Payment part").nth(1).unwrap();
    assert!(
        !payment_part.contains("Bob GmbH"),
        "no debtor without an address:\n{text}"
    );
}

fn a_deleted_organisations_paid_invoices_reach_the_deleter_as_pdfs(server: &TestServer) {
    let mut anna = server.client();
    let org = sign_up(&mut anna, "Anna", "anna@example.ch", "Anna AG", "CH");
    // A hosting the panel cannot set up yet: paid, invoiced, and no product to block deletion.
    let r = anna.call_json(
        "/api/orders/place_order",
        &json!({"org": org, "request": {"lines": [{"kind": "web-hosting", "name": "unreachable blog", "period": 12}], "payment": "card"}, "request_key": "order-1"}),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    let order = r.json();
    let gross = order["quote"]["gross"]["minor"].as_i64().unwrap();
    sql(
        server,
        &format!("INSERT INTO prepaid_entries (id, org_id, amount_minor, currency, note, created_at) SELECT 'deposit-1', id, {gross}, currency, 'deposit', 0 FROM organisations WHERE id = $1"),
        &org,
    );
    let id = order["id"].as_str().unwrap();
    let paid = anna.call(
        "/api/orders/pay_order",
        &[
            ("org", &org),
            ("order", id),
            ("method", "prepaid-account"),
            ("use_prepaid", "false"),
            ("save", "false"),
            ("key", "pay-1"),
        ],
    );
    assert_eq!(paid.status, 200, "{}", paid.body);
    let deleted = anna.call(
        "/api/organisation/delete_org",
        &[
            ("org", &org),
            ("password", support::PASSWORD),
            ("send_invoices", "on"),
        ],
    );
    assert_eq!(deleted.status, 200, "{}", deleted.body);

    let mail = support::mail_to(server, "anna@example.ch", "invoice-archive");
    assert!(
        mail.body_text
            .contains("The PDFs of the paid invoices are attached."),
        "{}",
        mail.body_text
    );
    let db = server.db.db.clone();
    let files = tokio::runtime::Handle::current()
        .block_on(async move { db::outbox::attachments(&db, &mail.id).await.unwrap() });
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].content_type, "application/pdf");
    assert!(files[0].file_name.starts_with("invoice-") && files[0].file_name.ends_with(".pdf"));
    assert_has(
        &text_of(&files[0].bytes),
        &["Invoice", "Anna AG", "Paid on"],
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deleted_organisations_mail_their_invoice_pdfs() {
    support::on_each_backend(a_deleted_organisations_paid_invoices_reach_the_deleter_as_pdfs).await;
}

/// Saves the main billing address of `org` in Germany with `vat_number`.
fn german_address(bruno: &mut Client, org: &str, vat_number: &str) -> support::Response {
    bruno.call(
        "/api/organisation/update_org",
        &[
            ("org", org),
            ("name", "Bruno GmbH"),
            ("street", "Unter den Linden 5"),
            ("postal_code", "10117"),
            ("city", "Berlin"),
            ("country", "DE"),
            ("vat_number", vat_number),
            ("time_zone", ""),
        ],
    )
}

fn a_german_business_with_a_vat_number_is_invoiced_by_reverse_charge(server: &TestServer) {
    let mut bruno = server.client();
    let org = sign_up(&mut bruno, "Bruno", "bruno@example.de", "Bruno GmbH", "DE");
    let wrong = german_address(&mut bruno, &org, "DE 1234");
    assert_eq!(wrong.code(), "validation", "{}", wrong.body);
    assert!(wrong.body.contains("vat-number-invalid"), "{}", wrong.body);
    let details = |bruno: &mut Client| {
        bruno
            .call(
                "/api/organisation/get_org_details",
                &[("org", org.as_str())],
            )
            .json()
    };
    assert_eq!(
        details(&mut bruno)["vat_number"],
        Value::Null,
        "nothing saved"
    );

    // Without a number, a German business pays German VAT; with one, none.
    let saved = german_address(&mut bruno, &org, "");
    assert_eq!(saved.status, 200, "{}", saved.body);
    let taxed = place(&mut bruno, &org, "card", "taxed");
    assert_eq!(taxed["quote"]["vat_treatment"], "buyer-country");
    assert!(taxed["quote"]["tax"]["minor"].as_i64().unwrap() > 0);
    let saved = german_address(&mut bruno, &org, "de 123 456 789");
    assert_eq!(saved.status, 200, "{}", saved.body);
    assert_eq!(details(&mut bruno)["vat_number"], "DE123456789");
    let order = place(&mut bruno, &org, "card", "reverse");
    assert_eq!(order["quote"]["vat_treatment"], "reverse-charge");
    assert_eq!(order["quote"]["tax"]["minor"], 0);
    assert_eq!(order["quote"]["net"], order["quote"]["gross"]);

    sql(
        server,
        "INSERT INTO prepaid_entries (id, org_id, amount_minor, currency, note, created_at) SELECT 'deposit-de', id, 100000, currency, 'deposit', 0 FROM organisations WHERE id = $1",
        &org,
    );
    let id = order["id"].as_str().unwrap();
    let paid = support::paying::pay(&mut bruno, &org, id, "prepaid-account", "pay-de");
    assert_eq!(paid.status, 200, "{}", paid.body);
    let invoice = bruno
        .call(
            "/api/invoices/list_invoices",
            &[("org", org.as_str()), ("page", "1")],
        )
        .json()["rows"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    // A later change of the number does not touch the issued invoice.
    assert_eq!(german_address(&mut bruno, &org, "").status, 200);
    let (status, _, pdf) = bruno.get_bytes(&format!("/media/invoices/{org}/{invoice}"));
    assert_eq!(status, 200);
    if let Ok(dir) = std::env::var("MANDANT_DOCUMENTS_OUT") {
        std::fs::write(format!("{dir}/invoice-reverse-charge.pdf"), &pdf).unwrap();
    }
    let text = text_of(&pdf);
    assert_has(
        &text,
        &["Bruno GmbH", "DE123456789", "reverse charge", "EUR"],
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invoices_print_as_issued() {
    support::on_each_backend(invoices_print_as_issued_in_the_readers_language).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn transfer_pro_formas_carry_the_qr_bill() {
    support::on_each_backend(a_transfer_pro_forma_carries_the_qr_bill_with_the_orders_reference)
        .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reverse_charge_invoices() {
    support::on_each_backend(a_german_business_with_a_vat_number_is_invoiced_by_reverse_charge)
        .await;
}
