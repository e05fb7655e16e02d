//! Account recovery over HTTP on both databases: the recovery e-mail and phone (changed
//! only with the password, each change mailed, the replaced address told), reset links to
//! both addresses, the forgotten-login flow (never revealing a match), changing the login
//! address (undone by "this wasn't me"), and the choice of mailed security events.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use support::{sign_up, TestServer, PASSWORD};

fn outbox(server: &TestServer) -> Vec<db::outbox::Mail> {
    let rt = tokio::runtime::Handle::current();
    rt.block_on(db::outbox::recent(&server.db.db, 500)).unwrap()
}

fn mails_to(server: &TestServer, to: &str) -> Vec<db::outbox::Mail> {
    outbox(server)
        .into_iter()
        .filter(|m| m.channel == "mail" && m.recipient == to)
        .collect()
}

fn recovery_channels_are_guarded_and_used(server: &TestServer) {
    let mut ana = server.client();
    sign_up(&mut ana, "Ana", "ana@example.ch", "Ana AG", "CH");
    let set = |client: &mut support::Client, email: &str, phone: &str, password: &str| {
        client.call(
            "/api/security/set_recovery",
            &[
                ("recovery_email", email),
                ("recovery_phone", phone),
                ("recovery_password", password),
            ],
        )
    };
    // Bad input changes nothing.
    let wrong = set(
        &mut ana,
        "ana.backup@example.org",
        "079 765 43 21",
        "not my password",
    );
    assert_eq!(wrong.json()["fields"][0]["field"], "recovery_password");
    let invalid = set(&mut ana, "not-an-address", "+1 415 555 2671", PASSWORD);
    let fields = invalid.json()["fields"].clone();
    assert_eq!(fields.as_array().unwrap().len(), 2, "{fields}");
    let same = set(&mut ana, "ana@example.ch", "", PASSWORD);
    assert_eq!(same.json()["fields"][0]["code"], "recovery-same-as-login");
    let overview = ana.call("/api/security/get_security", &[]).json();
    assert_eq!(overview["recovery_email"], serde_json::Value::Null);
    assert_eq!(overview["recovery_phone"], serde_json::Value::Null);

    let ok = set(
        &mut ana,
        "ana.backup@example.org",
        "079 765 43 21",
        PASSWORD,
    );
    assert_eq!(ok.status, 200, "{}", ok.body);
    // The e-mail counts at once; the phone once the code sent to it comes back.
    assert_eq!(
        ok.json(),
        "+41 79 765 43 21",
        "a code went to the new phone"
    );
    let overview = ana.call("/api/security/get_security", &[]).json();
    assert_eq!(overview["recovery_email"], "ana.backup@example.org");
    assert_eq!(overview["recovery_phone"], serde_json::Value::Null);
    let confirm = |client: &mut support::Client, code: &str| {
        client.call(
            "/api/security/confirm_recovery_phone",
            &[("recovery_code", code)],
        )
    };
    let code = outbox(server)
        .into_iter()
        .find(|m| m.channel == "sms" && m.recipient == "+41797654321")
        .map(|m| support::code_in(&m.body_text))
        .unwrap();
    let wrong_code = if code == "111111" { "222222" } else { "111111" };
    assert_eq!(
        confirm(&mut ana, wrong_code).json()["fields"][0]["code"],
        "code-wrong"
    );
    let confirmed = confirm(&mut ana, &code);
    assert_eq!(confirmed.json(), "+41 79 765 43 21", "{}", confirmed.body);
    assert_eq!(
        confirm(&mut ana, &code).json()["reason"],
        "recovery-phone-none",
        "a code confirms once"
    );
    let overview = ana.call("/api/security/get_security", &[]).json();
    assert_eq!(overview["recovery_phone"], "+41 79 765 43 21");
    let told = mails_to(server, "ana@example.ch");
    assert!(
        told.iter().filter(|m| m.kind == "security-change").count() >= 2,
        "both changes are mailed to the login address"
    );
    // Replacing the recovery e-mail tells the replaced one too; the same phone needs no code.
    let again = set(&mut ana, "ana.new@example.org", "079 765 43 21", PASSWORD);
    assert_eq!(again.json(), serde_json::Value::Null);
    assert!(mails_to(server, "ana.backup@example.org")
        .iter()
        .any(|m| m.kind == "security-change"));

    // A reset link goes to the login address and to the recovery e-mail.
    let reset = server.client().call(
        "/api/public/auth/request_password_reset",
        &[("email", "ana@example.ch")],
    );
    assert_eq!(reset.status, 200);
    for to in ["ana@example.ch", "ana.new@example.org"] {
        assert!(
            mails_to(server, to)
                .iter()
                .any(|m| m.kind == "password-reset"),
            "reset link to {to}"
        );
    }

    // Forgotten login: the address goes to the recovery phone (and to the recovery e-mail
    // when it is given); an unknown phone gets the very same answer and nothing is sent.
    let mut visitor = server.client();
    let unknown = visitor.call(
        "/api/public/auth/request_login_reminder",
        &[("phone", "+41 79 111 11 11"), ("email", "")],
    );
    let known = visitor.call(
        "/api/public/auth/request_login_reminder",
        &[("phone", "0797654321"), ("email", "ana.new@example.org")],
    );
    assert_eq!(
        (unknown.status, unknown.body),
        (known.status, known.body.clone())
    );
    let sms: Vec<_> = outbox(server)
        .into_iter()
        .filter(|m| m.channel == "sms")
        .collect();
    assert!(sms.iter().all(|m| m.recipient != "+41791111111"));
    let reminder = sms.iter().find(|m| m.recipient == "+41797654321").unwrap();
    assert!(
        reminder.body_text.contains("ana@example.ch"),
        "{}",
        reminder.body_text
    );
    assert!(mails_to(server, "ana.new@example.org")
        .iter()
        .any(|m| m.kind == "login-reminder" && m.body_text.contains("ana@example.ch")));
    let invalid = visitor.call(
        "/api/public/auth/request_login_reminder",
        &[("phone", "twelve"), ("email", "")],
    );
    assert_eq!(invalid.json()["fields"][0]["code"], "phone-invalid");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn recovery_channels() {
    support::on_each_backend(recovery_channels_are_guarded_and_used).await;
}

fn login_address_changes_are_guarded_and_undone(server: &TestServer) {
    let mut ben = server.client();
    sign_up(&mut ben, "Ben", "ben@example.ch", "Ben AG", "CH");
    let mut other = server.client();
    sign_up(&mut other, "Eve", "eve@example.ch", "Eve AG", "CH");
    let change = |client: &mut support::Client, email: &str, password: &str| {
        client.call(
            "/api/security/change_login_email",
            &[
                ("new_login_email", email),
                ("login_email_password", password),
            ],
        )
    };
    let wrong = change(&mut ben, "ben.new@example.ch", "not my password");
    assert_eq!(wrong.json()["fields"][0]["field"], "login_email_password");
    let taken = change(&mut ben, "eve@example.ch", PASSWORD);
    assert_eq!(taken.json()["fields"][0]["code"], "email-taken");
    let ok = change(&mut ben, "ben.new@example.ch", PASSWORD);
    assert_eq!(ok.status, 200, "{}", ok.body);
    let log_in = |email: &str| {
        server
            .client()
            .call(
                "/api/public/auth/log_in",
                &[("email", email), ("password", PASSWORD)],
            )
            .status
    };
    assert_eq!(log_in("ben.new@example.ch"), 200);
    assert_eq!(log_in("ben@example.ch"), 401);

    // The previous address is told, with a link that restores it and secures the account.
    let notice = mails_to(server, "ben@example.ch")
        .into_iter()
        .find(|m| m.kind == "security-change")
        .expect("the old address is told");
    let prefix = format!("{}/this-wasnt-me/", server.base);
    let token = notice
        .body_text
        .split_whitespace()
        .find_map(|w| w.strip_prefix(&prefix))
        .unwrap()
        .to_owned();
    let undone = server
        .client()
        .call("/api/public/auth/disavow", &[("token", &token)]);
    assert_eq!(undone.status, 200, "{}", undone.body);
    assert_eq!(
        ben.call("/api/account/get_shell", &[]).status,
        401,
        "signed out"
    );
    assert!(
        mails_to(server, "ben@example.ch")
            .iter()
            .any(|m| m.kind == "password-reset"),
        "the reset link goes to the restored address"
    );
    assert_eq!(log_in("ben.new@example.ch"), 401);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn login_address_change() {
    support::on_each_backend(login_address_changes_are_guarded_and_undone).await;
}

fn owners_choose_which_events_are_mailed(server: &TestServer) {
    let mut cleo = server.client();
    sign_up(&mut cleo, "Cleo", "cleo@example.ch", "Cleo AG", "CH");
    let choices = cleo.call("/api/security/get_mail_choices", &[]).json();
    let failed = choices
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["kind"] == "login-failed")
        .unwrap();
    assert_eq!(failed["mailed"], true, "on by default");
    assert!(
        !choices
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["kind"] == "password-changed"),
        "protection changes are not offered: always mailed"
    );
    let unknown = cleo.call(
        "/api/security/save_mail_choices",
        &[("mailed[0]", "password-changed")],
    );
    assert_eq!(unknown.status, 422, "{}", unknown.body);
    // Everything off: a wrong password is no longer mailed, a password change still is.
    let saved = cleo.call("/api/security/save_mail_choices", &[]);
    assert_eq!(saved.status, 200, "{}", saved.body);
    let before = mails_to(server, "cleo@example.ch").len();
    server.client().call(
        "/api/public/auth/log_in",
        &[
            ("email", "cleo@example.ch"),
            ("password", "a wrong password"),
        ],
    );
    assert_eq!(mails_to(server, "cleo@example.ch").len(), before, "muted");
    let activity = cleo.call("/api/account/list_activity", &[]).json();
    assert_eq!(activity[0]["kind"], "login-failed", "still recorded");
    cleo.call(
        "/api/security/change_password",
        &[
            ("current_password", PASSWORD),
            ("new_password", "another long password"),
        ],
    );
    assert_eq!(mails_to(server, "cleo@example.ch").len(), before + 1);
    // Switched back on, one by one.
    cleo.call("/api/security/save_mail_choices", &[("mailed[0]", "login")]);
    let choices = cleo.call("/api/security/get_mail_choices", &[]).json();
    let on: Vec<_> = choices
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["mailed"] == true)
        .map(|c| c["kind"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(on, vec!["login".to_owned()]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mailed_event_choices() {
    support::on_each_backend(owners_choose_which_events_are_mailed).await;
}
