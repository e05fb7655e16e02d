//! Signing in with a second factor over HTTP: no session before the code, codes once per
//! time step, backup codes once each, on both databases.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use app::security::totp;
use support::{
    as_pending, enrol_totp, log_in, members_without_two_factor, names, pending_cookie, sign_up,
    totp_code, Client, TestServer, PASSWORD,
};

fn second_factor(client: &mut Client, pending: &str, code: &str) -> support::Response {
    // The browser sends the pending-sign-in cookie it was given.
    as_pending(
        client,
        pending,
        "/api/public/auth/verify_second_factor",
        &[("code", code)],
    )
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
    // Confirmed with the current step's code; signing in uses the next step's (see below).
    let confirmed = setup.call(
        "/api/security/confirm_totp",
        &[("code", &totp_code(&setup.clock, &secret, 0))],
    );
    assert_eq!(confirmed.status, 200, "{}", confirmed.body);
    let backup: Vec<String> = serde_json::from_str(&confirmed.body).unwrap();
    assert_eq!(backup.len(), 10);
    assert_eq!(
        setup.call("/api/security/get_security", &[]).json()["two_factor"],
        true
    );

    // Minutes later on the server's clock: the app's codes follow it.
    server.db.db.clock().advance(3 * 60_000);

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
    // The next step's code: accepted (one step of skew) and later than the confirmed one,
    // whichever side of a 30-second boundary the requests fall.
    let code = totp_code(&browser.clock, &secret, 1);
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

fn organisations_can_require_a_second_factor(server: &TestServer) {
    let mut anna = server.client();
    let org = sign_up(&mut anna, "Anna", "anna@example.ch", "Anna AG", "CH");
    let mut bruno = server.client();
    sign_up(&mut bruno, "Bruno", "bruno@example.ch", "Bruno GmbH", "CH");
    let mut carla = server.client();
    sign_up(&mut carla, "Carla", "carla@example.ch", "Carla SA", "CH");
    let rt = tokio::runtime::Handle::current();
    rt.block_on(async {
        let db = &server.db.db;
        let anna_id = db::users::find_by_email(db, "anna@example.ch")
            .await
            .unwrap()
            .unwrap()
            .id;
        let scope = db::OrgScope::authorize(
            db,
            anna_id,
            org.parse().unwrap(),
            domain::Permission::MemberManage,
        )
        .await
        .unwrap();
        for (email, role) in [
            ("bruno@example.ch", domain::Role::Collaborator),
            ("carla@example.ch", domain::Role::External),
        ] {
            let id = db::users::find_by_email(db, email)
                .await
                .unwrap()
                .unwrap()
                .id;
            db::members::add(db, &scope, id, role).await.unwrap();
        }
    });
    let require = |client: &mut Client, on: &str| {
        client.call(
            "/api/organisation/set_two_factor_required",
            &[("org", &org), ("required", on)],
        )
    };
    // Whoever switches it on needs a second factor (or would be locked out at once).
    assert_eq!(
        require(&mut anna, "true").json()["reason"],
        "two-factor-off"
    );
    enrol_totp(&mut anna);
    assert_eq!(require(&mut anna, "true").status, 200);
    assert_eq!(
        require(&mut bruno, "false").status,
        409,
        "stopped before anything else"
    );

    // Members without a second factor: stopped in this organisation only.
    let stopped = bruno.call("/api/orgs/get_dashboard", &[("org", &org)]);
    assert_eq!(stopped.json()["reason"], "two-factor-required");
    assert_eq!(bruno.call("/api/account/get_shell", &[]).status, 200);
    let own = bruno.call("/api/account/get_shell", &[]).json()["orgs"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let other = if own == org {
        bruno.call("/api/account/get_shell", &[]).json()["orgs"][1]["id"]
            .as_str()
            .unwrap()
            .to_owned()
    } else {
        own
    };
    assert_eq!(
        bruno
            .call("/api/orgs/get_dashboard", &[("org", &other)])
            .status,
        200
    );
    assert_eq!(
        anna.call("/api/orgs/get_dashboard", &[("org", &org)])
            .status,
        200
    );

    // The Users page shows who lacks it, and can alert them.
    let without = members_without_two_factor(&mut anna, &org);
    assert_eq!(names(&without), ["Bruno", "Carla"]);
    let bruno_row = without[0].clone();
    assert_eq!(bruno_row["two_factor"], false);
    let alert = anna.call(
        "/api/members/send_security_alert",
        &[
            ("org", &org),
            ("member", bruno_row["user_id"].as_str().unwrap()),
        ],
    );
    assert_eq!(alert.status, 200, "{}", alert.body);
    let mails = rt.block_on(db::outbox::recent(&server.db.db, 50)).unwrap();
    assert!(mails
        .iter()
        .any(|m| m.recipient == "bruno@example.ch" && m.kind == "security-alert"));

    // An external member may leave instead; a member who sets it up gets back in.
    assert_eq!(
        carla.call("/api/orgs/leave_org", &[("org", &org)]).status,
        200
    );
    enrol_totp(&mut bruno);
    assert_eq!(
        bruno
            .call("/api/orgs/get_dashboard", &[("org", &org)])
            .status,
        200
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_factor_enforcement() {
    support::on_each_backend(organisations_can_require_a_second_factor).await;
}

fn app_passwords_serve_tools_and_never_the_console(server: &TestServer) {
    let mut eva = server.client();
    sign_up(&mut eva, "Eva", "eva@example.ch", "Eva AG", "CH");
    let early = eva.call("/api/security/create_app_password", &[("name", "Sync")]);
    assert_eq!(
        early.json()["reason"],
        "two-factor-off",
        "only with two-factor on"
    );
    enrol_totp(&mut eva);
    let created = eva.call("/api/security/create_app_password", &[("name", "Sync")]);
    assert_eq!(created.status, 200, "{}", created.body);
    let secret: String = serde_json::from_str(&created.body).unwrap();

    let whoami = |user: &str, password: &str| {
        use base64::Engine;
        let credentials =
            base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
        match ureq::get(&format!("{}/app-api/whoami", server.base))
            .set("Authorization", &format!("Basic {credentials}"))
            .call()
        {
            Ok(r) => (r.status(), r.into_string().unwrap_or_default()),
            Err(ureq::Error::Status(code, r)) => (code, r.into_string().unwrap_or_default()),
            Err(e) => panic!("{e}"),
        }
    };
    let (status, body) = whoami("eva@example.ch", &secret);
    assert_eq!(status, 200);
    assert!(body.contains("eva@example.ch"));
    assert_eq!(
        whoami("eva@example.ch", PASSWORD).0,
        401,
        "the account password is not for tools"
    );
    assert_eq!(
        whoami("someone@example.ch", &secret).0,
        401,
        "bound to its account"
    );
    // Never the console.
    let console = server.client().call(
        "/api/public/auth/log_in",
        &[("email", "eva@example.ch"), ("password", &secret)],
    );
    assert_eq!(console.status, 401);

    let list = eva.call("/api/security/list_app_passwords", &[]).json();
    assert_eq!(list[0]["name"], "Sync");
    assert!(list[0]["last_used_at"].is_i64(), "last use is recorded");
    let id = list[0]["id"].as_str().unwrap().to_owned();
    let mut stranger = server.client();
    sign_up(&mut stranger, "Sam", "sam@example.ch", "Sam AG", "CH");
    assert_eq!(
        stranger
            .call("/api/security/revoke_app_password", &[("id", &id)])
            .status,
        404
    );
    assert_eq!(whoami("eva@example.ch", &secret).0, 200);
    assert_eq!(
        eva.call("/api/security/revoke_app_password", &[("id", &id)])
            .status,
        200
    );
    assert_eq!(whoami("eva@example.ch", &secret).0, 401, "revoked at once");

    // A sync client left with the revoked password keeps failing until it is refused for
    // the hour — under its own limit: its owner still signs in to the console.
    let statuses: Vec<u16> = (0..=domain::login_limits::ACCOUNT_LIMIT)
        .map(|_| whoami("eva@example.ch", &secret).0)
        .collect();
    assert_eq!(statuses.last(), Some(&429));
    let console = log_in(&mut server.client(), "eva@example.ch");
    assert_eq!(console.status, 200, "{}", console.body);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn app_passwords() {
    support::on_each_backend(app_passwords_serve_tools_and_never_the_console).await;
}
