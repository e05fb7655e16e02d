//! Brute-force protection, sessions and recent activity over HTTP, on both databases.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use domain::login_limits::ACCOUNT_LIMIT;
use support::{link_token, mail_to, sign_up, Client, TestServer, PASSWORD};

fn log_in(client: &mut Client, email: &str, password: &str) -> support::Response {
    client.call(
        "/api/public/auth/log_in",
        &[("email", email), ("password", password)],
    )
}

fn queued(server: &TestServer, to: &str, kind: &str) -> usize {
    let rt = tokio::runtime::Handle::current();
    rt.block_on(db::outbox::recent(&server.db.db, 500))
        .unwrap()
        .iter()
        .filter(|m| m.recipient == to && m.kind == kind)
        .count()
}

fn parallel_guesses_are_all_counted_and_capped(server: &TestServer) {
    let mut owner = server.client();
    sign_up(&mut owner, "Vera", "vera@example.ch", "Vera AG", "CH");
    // 200 wrong guesses at once: every one is counted before its hash is checked, so no
    // more than the hourly limit ever reach the password check.
    let handles: Vec<_> = (0..200)
        .map(|i| {
            let mut client = server.client();
            std::thread::spawn(move || {
                log_in(&mut client, "vera@example.ch", &format!("guess number {i}")).status
            })
        })
        .collect();
    let statuses: Vec<u16> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    let checked = statuses.iter().filter(|s| **s == 401).count();
    let refused = statuses.iter().filter(|s| **s == 429).count();
    assert_eq!(checked + refused, 200, "{statuses:?}");
    assert!(
        checked as i64 <= ACCOUNT_LIMIT,
        "{checked} guesses were checked"
    );
    assert!(refused >= 100);
    let rt = tokio::runtime::Handle::current();
    let counted = rt
        .block_on(db::throttle::attempts(
            &server.db.db,
            "account:vera@example.ch",
        ))
        .unwrap();
    assert_eq!(counted, 200);

    // The right password waits for the window too (no guessing past the block)…
    let mut vera = server.client();
    let blocked = log_in(&mut vera, "vera@example.ch", PASSWORD);
    assert_eq!(blocked.status, 429);
    assert_eq!(blocked.code(), "rate-limited");
    assert!(blocked.json()["retry_after_secs"].as_u64().unwrap() <= 3600);
    // …and only for the hour: once it has passed, the owner signs in.
    server.db.db.clock().advance(db::throttle::WINDOW_MS);
    assert_eq!(log_in(&mut vera, "vera@example.ch", PASSWORD).status, 200);

    // One security mail for the failures of the hour, not 200; the failures are listed.
    assert_eq!(
        queued(server, "vera@example.ch", "security-login-failed"),
        1
    );
    let activity = vera.call("/api/account/list_activity", &[]);
    let events = activity.json().as_array().unwrap().clone();
    assert_eq!(events[0]["kind"], "login-new-device");
    // The page shows the newest 100: the sign-in and 99 of the failures.
    assert_eq!(events.len(), 100);
    assert!(events[1..].iter().all(|e| e["kind"] == "login-failed"));
    let vera_id = rt
        .block_on(db::users::find_by_email(&server.db.db, "vera@example.ch"))
        .unwrap()
        .unwrap()
        .id;
    let recorded = rt
        .block_on(db::security_events::recent(&server.db.db, vera_id, 1000))
        .unwrap();
    let failed = recorded.iter().filter(|e| e.kind == "login-failed").count();
    assert_eq!(failed, checked, "every checked guess is in the activity");
}

fn sessions_are_listed_and_revoked(server: &TestServer) {
    let mut laptop = server.client();
    sign_up(&mut laptop, "Ida", "ida@example.ch", "Ida GmbH", "CH");
    let mut phone = server.client();
    assert_eq!(log_in(&mut phone, "ida@example.ch", PASSWORD).status, 200);
    // A sign-in from a device never seen before is mailed with a code that Recent activity
    // shows too.
    assert_eq!(queued(server, "ida@example.ch", "security-new-device"), 1);
    let rt = tokio::runtime::Handle::current();
    let mail = rt
        .block_on(db::outbox::recent(&server.db.db, 50))
        .unwrap()
        .into_iter()
        .find(|m| m.kind == "security-new-device")
        .unwrap();
    let activity = laptop.call("/api/account/list_activity", &[]).json();
    let code = activity[0]["code"].as_str().unwrap().to_owned();
    assert!(mail.body_text.contains(&code), "{}", mail.body_text);

    let sessions = laptop.call("/api/account/list_sessions", &[]).json();
    let list = sessions.as_array().unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list.iter().filter(|s| s["current"] == true).count(), 1);
    let other = list.iter().find(|s| s["current"] == false).unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    // Someone else cannot end it.
    let mut stranger = server.client();
    sign_up(&mut stranger, "Sam", "sam@example.ch", "Sam AG", "CH");
    let foreign = stranger.call("/api/account/revoke_session", &[("session", &other)]);
    assert_eq!(foreign.status, 404);
    assert_eq!(phone.call("/api/account/get_shell", &[]).status, 200);

    assert_eq!(
        laptop
            .call("/api/account/revoke_session", &[("session", &other)])
            .status,
        200
    );
    assert_eq!(phone.call("/api/account/get_shell", &[]).status, 401);
    assert_eq!(log_in(&mut phone, "ida@example.ch", PASSWORD).status, 200);
    let ended = laptop.call("/api/account/revoke_other_sessions", &[]);
    assert_eq!(ended.body, "1");
    assert_eq!(phone.call("/api/account/get_shell", &[]).status, 401);
    assert_eq!(laptop.call("/api/account/get_shell", &[]).status, 200);
    let kinds: Vec<String> = laptop
        .call("/api/account/list_activity", &[])
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap().to_owned())
        .collect();
    assert!(kinds.contains(&"session-revoked".to_owned()), "{kinds:?}");
    assert!(
        kinds.contains(&"other-sessions-revoked".to_owned()),
        "{kinds:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn brute_force_protection() {
    support::on_each_backend(parallel_guesses_are_all_counted_and_capped).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sessions_and_activity() {
    support::on_each_backend(sessions_are_listed_and_revoked).await;
}

fn forgotten_passwords_are_reset_through_a_single_use_link(server: &TestServer) {
    let mut owner = server.client();
    sign_up(&mut owner, "Rita", "rita@example.ch", "Rita AG", "CH");
    let mut visitor = server.client();
    // Known or unknown, the answer is the same and reveals nothing.
    let known = visitor.call(
        "/api/public/auth/request_password_reset",
        &[("email", "rita@example.ch")],
    );
    let unknown = visitor.call(
        "/api/public/auth/request_password_reset",
        &[("email", "nobody@example.ch")],
    );
    assert_eq!(
        (known.status, known.body.clone()),
        (unknown.status, unknown.body)
    );
    assert_eq!(queued(server, "nobody@example.ch", "password-reset"), 0);
    let mail = mail_to(server, "rita@example.ch", "password-reset");
    let token = link_token(server, &mail.body_text, "/reset-password/");
    assert_eq!(
        visitor
            .call(
                "/api/public/auth/check_password_reset",
                &[("token", &token)]
            )
            .status,
        200
    );
    let short = visitor.call(
        "/api/public/auth/reset_password",
        &[("token", &token), ("password", "short")],
    );
    assert_eq!(short.status, 422, "nothing used up by a refused password");
    let reset = visitor.call(
        "/api/public/auth/reset_password",
        &[
            ("token", &token),
            ("password", "a brand new passphrase"),
            ("sign_out_everywhere", "on"),
        ],
    );
    assert_eq!(reset.status, 200, "{}", reset.body);
    assert_eq!(
        owner.call("/api/account/get_shell", &[]).status,
        401,
        "signed out everywhere"
    );
    assert_eq!(
        log_in(&mut visitor, "rita@example.ch", PASSWORD).status,
        401
    );
    assert_eq!(
        log_in(&mut visitor, "rita@example.ch", "a brand new passphrase").status,
        200
    );
    let again = server.client().call(
        "/api/public/auth/reset_password",
        &[("token", &token), ("password", "yet another passphrase")],
    );
    assert_eq!(again.json()["reason"], "reset-invalid");
    assert_eq!(
        queued(server, "rita@example.ch", "security-password-changed"),
        1
    );

    // Changing it while signed in needs the current one.
    let wrong = visitor.call(
        "/api/security/change_password",
        &[
            ("current_password", "not it at all"),
            ("new_password", "third passphrase here"),
        ],
    );
    assert_eq!(wrong.json()["fields"][0]["field"], "current_password");
    let changed = visitor.call(
        "/api/security/change_password",
        &[
            ("current_password", "a brand new passphrase"),
            ("new_password", "third passphrase here"),
        ],
    );
    assert_eq!(changed.status, 200, "{}", changed.body);
    assert_eq!(
        log_in(
            &mut server.client(),
            "rita@example.ch",
            "third passphrase here"
        )
        .status,
        200
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn password_reset() {
    support::on_each_backend(forgotten_passwords_are_reset_through_a_single_use_link).await;
}

fn this_wasnt_me_locks_the_account_down(server: &TestServer) {
    let mut owner = server.client();
    sign_up(&mut owner, "Nils", "nils@example.ch", "Nils AG", "CH");
    let mut intruder = server.client();
    assert_eq!(
        log_in(&mut intruder, "nils@example.ch", PASSWORD).status,
        200
    );
    let mail = mail_to(server, "nils@example.ch", "security-new-device");
    let token = link_token(server, &mail.body_text, "/this-wasnt-me/");

    let secured = server
        .client()
        .call("/api/public/auth/disavow", &[("token", &token)]);
    assert_eq!(secured.status, 200, "{}", secured.body);
    // Every session ended, the old password no longer opens it, a reset link was mailed.
    assert_eq!(owner.call("/api/account/get_shell", &[]).status, 401);
    assert_eq!(intruder.call("/api/account/get_shell", &[]).status, 401);
    assert_eq!(
        log_in(&mut server.client(), "nils@example.ch", PASSWORD).status,
        401
    );
    assert_eq!(queued(server, "nils@example.ch", "password-reset"), 1);
    let again = server
        .client()
        .call("/api/public/auth/disavow", &[("token", &token)]);
    assert_eq!(again.status, 409, "single use");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn this_wasnt_me() {
    support::on_each_backend(this_wasnt_me_locks_the_account_down).await;
}
