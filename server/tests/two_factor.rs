//! Signing in with a second factor over HTTP: no session before the code, codes once per
//! time step, backup codes once each, on both databases.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use app::security::totp;
use support::{sign_up, Client, TestServer, PASSWORD};

fn now_code(secret: &[u8], offset_steps: i64) -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let step = (totp::step_at(now) as i64 + offset_steps) as u64;
    format!("{:06}", totp::hotp(secret, step, 6))
}

fn log_in(client: &mut Client, email: &str) -> support::Response {
    client.call(
        "/api/public/auth/log_in",
        &[("email", email), ("password", PASSWORD)],
    )
}

fn second_factor(client: &mut Client, pending: &str, code: &str) -> support::Response {
    // The browser sends the pending-sign-in cookie it was given.
    let saved = client.cookie.clone();
    client.cookie = Some(pending.to_owned());
    let r = client.call("/api/public/auth/verify_second_factor", &[("code", code)]);
    if client.cookie.as_deref() == Some(pending) {
        client.cookie = saved;
    }
    r
}

fn pending_cookie(r: &support::Response) -> String {
    r.set_cookies
        .iter()
        .find(|c| c.starts_with("mandant_pending="))
        .map(|c| c.split(';').next().unwrap().to_owned())
        .expect("a pending sign-in cookie")
}

fn sign_in_needs_the_second_factor(server: &TestServer) {
    let mut setup = server.client();
    sign_up(&mut setup, "Tom", "tom@example.ch", "Tom AG", "CH");
    let started = setup.call("/api/security/begin_totp", &[]);
    assert_eq!(started.status, 200, "{}", started.body);
    assert!(started.json()["qr_svg"].as_str().unwrap().contains("<svg"));
    let secret = totp::decode_secret(started.json()["secret"].as_str().unwrap()).unwrap();
    let wrong = setup.call("/api/security/confirm_totp", &[("code", "000000")]);
    assert_eq!(wrong.json()["fields"][0]["code"], "code-wrong");
    // Confirmed with the code of the previous step, so the current one is still unused.
    let confirmed = setup.call(
        "/api/security/confirm_totp",
        &[("code", &now_code(&secret, -1))],
    );
    assert_eq!(confirmed.status, 200, "{}", confirmed.body);
    let backup: Vec<String> = serde_json::from_str(&confirmed.body).unwrap();
    assert_eq!(backup.len(), 10);
    assert_eq!(
        setup.call("/api/security/get_security", &[]).json()["two_factor"],
        true
    );

    // The password alone opens nothing.
    let mut browser = server.client();
    let first = log_in(&mut browser, "tom@example.ch");
    assert_eq!(first.status, 200);
    assert_eq!(first.json()["second_factor"], true);
    assert!(
        browser.cookie.is_none(),
        "no session before the second factor"
    );
    assert_eq!(browser.call("/api/account/get_shell", &[]).status, 401);
    let pending = pending_cookie(&first);
    let bad = second_factor(&mut browser, &pending, "999999");
    assert_eq!(bad.status, 422);
    let code = now_code(&secret, 0);
    let ok = second_factor(&mut browser, &pending, &code);
    assert_eq!(ok.status, 200, "{}", ok.body);
    assert!(browser.cookie.is_some());
    assert_eq!(browser.call("/api/account/get_shell", &[]).status, 200);
    // The pending sign-in is used up.
    let again = second_factor(&mut server.client(), &pending, &code);
    assert_eq!(again.json()["reason"], "second-factor-expired");

    // The same code cannot sign in twice (replay), a backup code works once.
    let mut other = server.client();
    let pending = pending_cookie(&log_in(&mut other, "tom@example.ch"));
    assert_eq!(
        second_factor(&mut other, &pending, &code).status,
        422,
        "replayed code"
    );
    let with_backup = second_factor(&mut other, &pending, &backup[0].to_lowercase());
    assert_eq!(with_backup.status, 200, "{}", with_backup.body);
    let mut third = server.client();
    let pending = pending_cookie(&log_in(&mut third, "tom@example.ch"));
    assert_eq!(
        second_factor(&mut third, &pending, &backup[0]).status,
        422,
        "used backup code"
    );
    assert_eq!(
        setup.call("/api/security/get_security", &[]).json()["backup_codes_left"],
        9
    );

    // New codes need the password and replace the old ones; turning off needs it too.
    let refused = setup.call(
        "/api/security/regenerate_backup_codes",
        &[("password", "wrong one here")],
    );
    assert_eq!(refused.json()["fields"][0]["code"], "password-wrong");
    let fresh = setup.call(
        "/api/security/regenerate_backup_codes",
        &[("password", PASSWORD)],
    );
    assert_eq!(fresh.status, 200);
    let pending = pending_cookie(&log_in(&mut third, "tom@example.ch"));
    assert_eq!(
        second_factor(&mut third, &pending, &backup[1]).status,
        422,
        "old codes are void"
    );
    assert_eq!(
        setup
            .call(
                "/api/security/disable_two_factor",
                &[("password", PASSWORD)]
            )
            .status,
        200
    );
    let plain = log_in(&mut third, "tom@example.ch");
    assert_eq!(plain.json()["second_factor"], false);
    assert!(third.cookie.is_some());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_factor_sign_in() {
    support::on_each_backend(sign_in_needs_the_second_factor).await;
}
