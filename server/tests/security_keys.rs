//! Security keys over HTTP, as far as a test can go without an authenticator (the browser
//! test signs in with Chromium's virtual one): the registration challenge, refused answers
//! that store nothing, password-guarded removal, other accounts' keys, and key sign-in
//! without a pending sign-in, on both databases.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use support::{members_without_two_factor, names, sign_up, Client, TestServer, PASSWORD};

fn user_id(server: &TestServer, email: &str) -> domain::UserId {
    tokio::runtime::Handle::current()
        .block_on(db::users::find_by_email(&server.db.db, email))
        .unwrap()
        .unwrap()
        .id
}

/// A key as stored, made without an authenticator: enough for listing, renaming, removing
/// and for two-factor being on (its content is never parsed on those paths).
fn store_key(server: &TestServer, email: &str, name: &str) -> String {
    let user = user_id(server, email);
    let rt = tokio::runtime::Handle::current();
    let credential = format!("test-{email}-{name}");
    rt.block_on(db::webauthn::add(
        &server.db.db,
        user,
        name,
        "{}",
        &credential,
    ))
    .unwrap();
    rt.block_on(db::webauthn::list(&server.db.db, user))
        .unwrap()
        .into_iter()
        .find(|k| k.name == name)
        .unwrap()
        .id
}

fn keys(client: &mut Client) -> Vec<serde_json::Value> {
    let r = client.call("/api/security/list_security_keys", &[]);
    assert_eq!(r.status, 200, "{}", r.body);
    r.json().as_array().unwrap().clone()
}

fn events(server: &TestServer, email: &str) -> Vec<String> {
    let user = user_id(server, email);
    tokio::runtime::Handle::current()
        .block_on(db::security_events::recent(&server.db.db, user, 100))
        .unwrap()
        .into_iter()
        .map(|e| e.kind)
        .collect()
}

fn registration_is_challenged_and_refuses_garbage(server: &TestServer) {
    let mut tom = server.client();
    sign_up(&mut tom, "Tom", "tom@example.ch", "Tom AG", "CH");

    let begun = tom.call("/api/security/begin_security_key", &[]);
    assert_eq!(begun.status, 200, "{}", begun.body);
    // The server function returns the options as a JSON string, for the browser helper.
    let options: serde_json::Value =
        serde_json::from_str(begun.json().as_str().expect("a JSON string")).unwrap();
    let public_key = &options["publicKey"];
    // The test server's public URL is http://127.0.0.1:<port>: browsers refuse IP addresses
    // as relying-party ids, so it is served as localhost.
    assert_eq!(public_key["rp"]["id"], "localhost");
    assert_eq!(public_key["user"]["name"], "tom@example.ch");
    assert!(public_key["challenge"].as_str().unwrap().len() >= 43);
    assert_eq!(
        public_key["authenticatorSelection"]["userVerification"],
        "required"
    );

    // A name is required before anything else.
    let unnamed = tom.call(
        "/api/security/finish_security_key",
        &[("name", " "), ("credential", "{}")],
    );
    assert_eq!(unnamed.status, 422, "{}", unnamed.body);
    assert_eq!(unnamed.json()["fields"][0]["field"], "name");

    // Garbage is refused with a code, and the challenge is used up.
    for garbage in [
        "{}",
        "not json",
        r#"{"id":"x","rawId":"eA","type":"public-key","response":{"attestationObject":"AA","clientDataJSON":"AA"}}"#,
    ] {
        let refused = tom.call(
            "/api/security/finish_security_key",
            &[("name", "Blue key"), ("credential", garbage)],
        );
        assert_eq!(refused.status, 422, "{}", refused.body);
        assert_eq!(refused.json()["fields"][0]["code"], "security-key-refused");
        assert!(
            !refused.body.contains("Error"),
            "codes only: {}",
            refused.body
        );
        tom.call("/api/security/begin_security_key", &[]);
    }
    assert!(keys(&mut tom).is_empty(), "nothing stored");
    let overview = tom.call("/api/security/get_security", &[]).json();
    assert_eq!(overview["two_factor"], false);
    assert_eq!(overview["backup_codes_left"], 0);
    assert!(!events(server, "tom@example.ch").contains(&"security-key-added".to_owned()));
}

fn keys_are_guarded_and_private(server: &TestServer) {
    let mut anna = server.client();
    sign_up(&mut anna, "Anna", "anna@example.ch", "Anna AG", "CH");
    let mut bruno = server.client();
    sign_up(&mut bruno, "Bruno", "bruno@example.ch", "Bruno AG", "CH");
    let blue = store_key(server, "anna@example.ch", "Blue key");
    store_key(server, "anna@example.ch", "Laptop");

    // A key is a second factor: the password step now waits for it and offers it.
    assert_eq!(
        anna.call("/api/security/get_security", &[]).json()["two_factor"],
        true
    );
    let mut browser = server.client();
    let first = browser.call(
        "/api/public/auth/log_in",
        &[("email", "anna@example.ch"), ("password", PASSWORD)],
    );
    assert_eq!(first.status, 200, "{}", first.body);
    assert_eq!(first.json()["second_factor"], true);
    // Anna is signed in elsewhere, so approval from that device is offered too.
    assert_eq!(
        first.json()["methods"],
        serde_json::json!(["security-key", "push"])
    );
    assert!(browser.cookie.is_none(), "no session before the key");

    // Listed with their names, never their credentials.
    let listed = keys(&mut anna);
    assert_eq!(listed.len(), 2);
    assert_eq!(listed[0]["name"], "Blue key");
    assert!(listed[0]["last_used_at"].is_null());
    assert!(!anna
        .call("/api/security/list_security_keys", &[])
        .body
        .contains("test-anna"));

    // Renaming validates the name.
    let renamed = anna.call(
        "/api/security/rename_security_key",
        &[("id", &blue), ("name", "Red key")],
    );
    assert_eq!(renamed.status, 200, "{}", renamed.body);
    let empty = anna.call(
        "/api/security/rename_security_key",
        &[("id", &blue), ("name", "")],
    );
    assert_eq!(empty.status, 422);
    assert_eq!(keys(&mut anna)[0]["name"], "Red key");

    // Another account's key does not exist for Bruno, even with his right password.
    assert!(keys(&mut bruno).is_empty());
    let foreign = bruno.call(
        "/api/security/rename_security_key",
        &[("id", &blue), ("name", "Mine")],
    );
    assert_eq!(foreign.status, 404);
    assert_eq!(foreign.code(), "not-found");
    let foreign = bruno.call(
        "/api/security/remove_security_key",
        &[("id", &blue), ("password", PASSWORD)],
    );
    assert_eq!(foreign.status, 404);
    assert_eq!(foreign.code(), "not-found");
    assert_eq!(keys(&mut anna).len(), 2);
    assert_eq!(keys(&mut anna)[0]["name"], "Red key");

    // Removing needs the password; a wrong one changes nothing.
    let wrong = anna.call(
        "/api/security/remove_security_key",
        &[("id", &blue), ("password", "not the password")],
    );
    assert_eq!(wrong.status, 422);
    assert_eq!(wrong.json()["fields"][0]["code"], "password-wrong");
    assert_eq!(keys(&mut anna).len(), 2);

    // One of two keys: two-factor stays on.
    let removed = anna.call(
        "/api/security/remove_security_key",
        &[("id", &blue), ("password", PASSWORD)],
    );
    assert_eq!(removed.status, 200, "{}", removed.body);
    assert_eq!(removed.json(), true);
    assert_eq!(keys(&mut anna).len(), 1);
    let created = anna.call("/api/security/create_app_password", &[("name", "Sync")]);
    assert_eq!(created.status, 200, "{}", created.body);

    // The last second factor: two-factor goes off, app passwords with it.
    let last = keys(&mut anna)[0]["id"].as_str().unwrap().to_owned();
    let removed = anna.call(
        "/api/security/remove_security_key",
        &[("id", &last), ("password", PASSWORD)],
    );
    assert_eq!(removed.status, 200, "{}", removed.body);
    assert_eq!(removed.json(), false);
    assert_eq!(
        anna.call("/api/security/get_security", &[]).json()["two_factor"],
        false
    );
    let apps = anna.call("/api/security/list_app_passwords", &[]);
    assert_eq!(apps.json().as_array().map(Vec::len), Some(0));
    let recorded = events(server, "anna@example.ch");
    assert_eq!(
        recorded
            .iter()
            .filter(|k| *k == "security-key-removed")
            .count(),
        2
    );
    assert!(recorded.contains(&"two-factor-disabled".to_owned()));
}

fn key_sign_in_needs_a_pending_sign_in(server: &TestServer) {
    let mut stranger = server.client();
    for endpoint in [
        "/api/public/auth/begin_key_sign_in",
        "/api/public/auth/finish_key_sign_in",
    ] {
        let r = stranger.call(endpoint, &[("credential", "{}")]);
        assert_eq!(r.status, 409, "{endpoint}: {}", r.body);
        assert_eq!(r.json()["reason"], "second-factor-expired", "{endpoint}");
    }
    // A signed-in session is no pending sign-in either.
    let mut carla = server.client();
    sign_up(&mut carla, "Carla", "carla@example.ch", "Carla AG", "CH");
    let r = carla.call("/api/public/auth/begin_key_sign_in", &[]);
    assert_eq!(r.status, 409, "{}", r.body);
}

fn a_key_counts_as_the_second_factor_an_organisation_requires(server: &TestServer) {
    let mut anna = server.client();
    let org = sign_up(&mut anna, "Anna", "anna@example.ch", "Anna AG", "CH");
    let mut bruno = server.client();
    sign_up(&mut bruno, "Bruno", "bruno@example.ch", "Bruno GmbH", "CH");
    let (anna_id, bruno_id) = (
        user_id(server, "anna@example.ch"),
        user_id(server, "bruno@example.ch"),
    );
    tokio::runtime::Handle::current().block_on(async {
        let db = &server.db.db;
        let scope = db::OrgScope::authorize(
            db,
            anna_id,
            org.parse().unwrap(),
            domain::Permission::MemberManage,
        )
        .await
        .unwrap();
        db::members::add(db, &scope, bruno_id, domain::Role::Collaborator)
            .await
            .unwrap();
    });
    store_key(server, "anna@example.ch", "Blue key");
    let required = anna.call(
        "/api/organisation/set_two_factor_required",
        &[("org", &org), ("required", "true")],
    );
    assert_eq!(required.status, 200, "{}", required.body);
    let stopped = bruno.call("/api/orgs/get_dashboard", &[("org", &org)]);
    assert_eq!(stopped.json()["reason"], "two-factor-required");
    let without = members_without_two_factor(&mut anna, &org);
    assert_eq!(names(&without), ["Bruno"], "Anna's key counts");
    store_key(server, "bruno@example.ch", "Green key");
    let admitted = bruno.call("/api/orgs/get_dashboard", &[("org", &org)]);
    assert_eq!(admitted.status, 200, "{}", admitted.body);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn security_keys_satisfy_enforcement() {
    support::on_each_backend(a_key_counts_as_the_second_factor_an_organisation_requires).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn security_key_registration() {
    support::on_each_backend(registration_is_challenged_and_refuses_garbage).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn security_keys_guarded() {
    support::on_each_backend(keys_are_guarded_and_private).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn security_key_sign_in() {
    support::on_each_backend(key_sign_in_needs_a_pending_sign_in).await;
}
