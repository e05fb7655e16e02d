//! Deleting the mail address someone signs in with (PRODUCT.md §1): their account moves to a
//! temporary login name, sent by text message and to the recovery e-mail; signing in with it
//! and the usual password allows nothing but choosing a new login e-mail. On both databases.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use db::recovery::Channel;
use support::{log_in, sign_up, TestServer, PASSWORD};

fn outbox(server: &TestServer, kind: &str) -> Vec<db::outbox::Mail> {
    tokio::runtime::Handle::current()
        .block_on(db::outbox::recent(&server.db.db, 200))
        .unwrap()
        .into_iter()
        .filter(|m| m.kind == kind)
        .collect()
}

fn a_deleted_login_address_moves_the_account_until_a_new_one_is_chosen(server: &TestServer) {
    let mut anna = server.client();
    let org = sign_up(&mut anna, "Anna", "anna@example.ch", "Anna AG", "CH");
    let mut bruno = server.client();
    sign_up(
        &mut bruno,
        "Bruno",
        "bruno@anna-mail.ch",
        "Bruno GmbH",
        "CH",
    );
    let rt = tokio::runtime::Handle::current();
    let mail_service = rt.block_on(async {
        let db = &server.db.db;
        let anna_id = db::users::find_by_email(db, "anna@example.ch")
            .await
            .unwrap()
            .unwrap()
            .id;
        let bruno_id = db::users::find_by_email(db, "bruno@anna-mail.ch")
            .await
            .unwrap()
            .unwrap()
            .id;
        let mut tx = db.begin().await.unwrap();
        db::recovery::set(
            &mut tx,
            bruno_id,
            Channel::Email,
            Some("bruno.private@example.net"),
        )
        .await
        .unwrap();
        db::recovery::set(&mut tx, bruno_id, Channel::Phone, Some("+41790000001"))
            .await
            .unwrap();
        tx.commit().await.unwrap();
        let scope = db::OrgScope::authorize(
            db,
            anna_id,
            org.parse().unwrap(),
            domain::Permission::ProductManage,
        )
        .await
        .unwrap();
        let new = db::products::NewProduct {
            kind: "mail-service",
            name: "Anna mail",
            status: domain::status::ProductStatus::Active,
            expires_at: None,
            auto_renew: false,
        };
        db::products::insert(db, &scope, new)
            .await
            .unwrap()
            .to_string()
    });
    let added = anna.call(
        "/api/products/add_mail_address",
        &[
            ("org", &org),
            ("product", &mail_service),
            ("address", " Bruno@Anna-Mail.ch "),
        ],
    );
    assert_eq!(added.status, 200, "{}", added.body);
    let again = anna.call(
        "/api/products/add_mail_address",
        &[
            ("org", &org),
            ("product", &mail_service),
            ("address", "bruno@anna-mail.ch"),
        ],
    );
    assert!(again.body.contains("address-taken"), "{}", again.body);
    let detail = anna.call(
        "/api/products/get_product",
        &[("org", &org), ("product", &mail_service)],
    );
    let address = detail.json()["addresses"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();

    let removed = anna.call(
        "/api/products/remove_mail_address",
        &[
            ("org", &org),
            ("product", &mail_service),
            ("address", &address),
        ],
    );
    assert_eq!(removed.status, 200, "{}", removed.body);

    // Told by mail to the recovery address and by text message, with the temporary name.
    let told = outbox(server, "login-moved");
    let mut recipients: Vec<&str> = told.iter().map(|m| m.recipient.as_str()).collect();
    recipients.sort();
    assert_eq!(recipients, ["+41790000001", "bruno.private@example.net"]);
    let mail = told.iter().find(|m| m.recipient.contains('@')).unwrap();
    let login = mail
        .body_text
        .split_whitespace()
        .find(|w| w.starts_with("tmp-"))
        .expect("the temporary name in the mail")
        .to_owned();
    let sms = told.iter().find(|m| m.recipient.starts_with('+')).unwrap();
    assert!(sms.body_text.contains(&login), "{}", sms.body_text);

    // Bruno's sessions ended; the old address no longer signs in.
    assert_eq!(bruno.call("/api/account/get_shell", &[]).status, 401);
    assert_eq!(
        log_in(&mut bruno, "bruno@anna-mail.ch").code(),
        "invalid-credentials"
    );

    // The temporary name and the usual password sign in, to choose a new login e-mail only.
    let signed_in = bruno.call(
        "/api/public/auth/log_in",
        &[("email", &login), ("password", PASSWORD)],
    );
    assert_eq!(signed_in.status, 200, "{}", signed_in.body);
    let blocked = bruno.call("/api/account/get_shell", &[]);
    assert_eq!(
        (blocked.status, blocked.code()),
        (409, "conflict".to_owned())
    );
    assert!(blocked.body.contains("login-email-required"));
    let page = bruno.get("/profile", None);
    assert_eq!(
        page.location.as_deref(),
        Some("/choose-login-email"),
        "{}",
        page.status
    );
    assert_eq!(bruno.get("/choose-login-email", None).status, 200);

    let taken = bruno.call(
        "/api/account/choose_login_email",
        &[("email", "anna@example.ch")],
    );
    assert!(taken.body.contains("email-taken"), "{}", taken.body);
    let chosen = bruno.call(
        "/api/account/choose_login_email",
        &[("email", "Bruno@New.example")],
    );
    assert_eq!(chosen.status, 200, "{}", chosen.body);
    let shell = bruno.call("/api/account/get_shell", &[]);
    assert_eq!(shell.status, 200, "{}", shell.body);
    assert_eq!(shell.json()["me"]["email"], "bruno@new.example");
    assert_eq!(
        bruno
            .call(
                "/api/public/auth/log_in",
                &[("email", &login), ("password", PASSWORD)]
            )
            .code(),
        "invalid-credentials",
        "the temporary name is gone"
    );
    assert_eq!(
        log_in(&mut server.client(), "bruno@new.example").status,
        200
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn login_moves() {
    support::on_each_backend(a_deleted_login_address_moves_the_account_until_a_new_one_is_chosen)
        .await;
}
