//! Server functions over HTTP against a real server on loopback, on SQLite and PostgreSQL.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use support::{on_each_backend, sign_up, TestServer, PASSWORD};

fn sign_up_signs_in_and_creates_the_first_org(server: &TestServer) {
    let mut c = server.client();
    let r = c.call(
        "/api/public/auth/sign_up",
        &[
            ("name", "Anna Muster"),
            ("email", "anna@example.ch"),
            ("password", PASSWORD),
            ("company", "Muster AG"),
            ("country", "CH"),
            ("time_zone", ""),
            ("lang", "de"),
        ],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    let org = r.json()["org"].as_str().unwrap().to_owned();
    let cookie = r
        .set_cookies
        .iter()
        .find(|c| c.starts_with("mandant_session="))
        .unwrap();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    assert!(
        !cookie.contains("Max-Age"),
        "without keep-me-signed-in the cookie ends with the browser: {cookie}"
    );
    let shell = c.call("/api/account/get_shell", &[]).json();
    assert_eq!(shell["me"]["name"], "Anna Muster");
    // No time zone from the browser: the country's zone is used.
    assert_eq!(shell["me"]["region"]["time_zone"], "Europe/Zurich");
    assert_eq!(shell["orgs"][0]["id"], org.as_str());
    assert_eq!(shell["orgs"][0]["name"], "Muster AG");
    assert_eq!(shell["orgs"][0]["role"], "legal-representative");
    assert_eq!(shell["orgs"][0]["currency"], "CHF");
}

fn invalid_sign_up_reports_each_field_and_changes_nothing(server: &TestServer) {
    let mut c = server.client();
    let r = c.call(
        "/api/public/auth/sign_up",
        &[
            ("name", "   "),
            ("email", "not-an-email"),
            ("password", "short"),
            ("company", ""),
            ("country", "XX"),
            ("time_zone", ""),
            ("lang", "fr"),
        ],
    );
    assert_eq!(r.status, 422);
    let body = r.json();
    assert_eq!(body["code"], "validation");
    let codes: Vec<(String, String)> = body["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["field"].as_str().unwrap().into(),
                f["code"].as_str().unwrap().into(),
            )
        })
        .collect();
    for expected in [
        ("name", "required"),
        ("email", "email-invalid"),
        ("password", "password-too-short"),
        ("country", "country-unknown"),
    ] {
        assert!(
            codes.contains(&(expected.0.into(), expected.1.into())),
            "{codes:?}"
        );
    }
    assert!(c.cookie.is_none());
    // A valid sign-up with the same e-mail still works: nothing was half-created.
    sign_up(&mut c, "Late", "not-an-email@example.ch", "", "CH");
    let mut again = server.client();
    let dup = again.call(
        "/api/public/auth/sign_up",
        &[
            ("name", "Dup"),
            ("email", "NOT-AN-EMAIL@example.ch"),
            ("password", PASSWORD),
            ("company", ""),
            ("country", "CH"),
            ("time_zone", ""),
            ("lang", "en"),
        ],
    );
    assert_eq!(dup.status, 422);
    assert_eq!(dup.json()["fields"][0]["code"], "email-taken");
}

fn wrong_password_and_unknown_email_get_the_same_answer(server: &TestServer) {
    let mut c = server.client();
    sign_up(&mut c, "Anna", "anna@example.ch", "", "CH");
    let mut stranger = server.client();
    let wrong = stranger.call(
        "/api/public/auth/log_in",
        &[
            ("email", "anna@example.ch"),
            ("password", "wrong password here"),
        ],
    );
    let unknown = stranger.call(
        "/api/public/auth/log_in",
        &[
            ("email", "nobody@example.ch"),
            ("password", "wrong password here"),
        ],
    );
    assert_eq!(wrong.status, 401);
    assert_eq!(wrong.body, unknown.body);
    assert_eq!(wrong.code(), "invalid-credentials");
    assert!(stranger.cookie.is_none());
    let ok = stranger.call(
        "/api/public/auth/log_in",
        &[("email", " Anna@Example.ch "), ("password", PASSWORD)],
    );
    assert_eq!(ok.status, 200, "{}", ok.body);
    assert!(ok.json()["org"].is_string());
}

fn login_rotates_the_session_and_logout_destroys_it(server: &TestServer) {
    let mut c = server.client();
    sign_up(&mut c, "Anna", "anna@example.ch", "", "CH");
    let before = c.token();
    let r = c.call(
        "/api/public/auth/log_in",
        &[
            ("email", "anna@example.ch"),
            ("password", PASSWORD),
            ("remember", "on"),
        ],
    );
    assert_eq!(r.status, 200);
    let kept = r
        .set_cookies
        .iter()
        .find(|s| s.starts_with("mandant_session="))
        .unwrap();
    assert!(kept.contains("Max-Age="), "keep me signed in: {kept}");
    let after = c.token();
    assert_ne!(before, after, "a login issues a new session id");
    let mut old = server.client();
    old.cookie = Some(format!("mandant_session={before}"));
    assert_eq!(old.call("/api/account/get_shell", &[]).status, 401);

    assert_eq!(c.call("/api/account/get_shell", &[]).status, 200);
    let stolen = c.clone();
    assert_eq!(c.call("/api/auth/log_out", &[]).status, 200);
    assert!(c.cookie.is_none(), "the cookie is cleared");
    let mut replay = stolen;
    assert_eq!(
        replay.call("/api/account/get_shell", &[]).status,
        401,
        "the session is gone server-side"
    );
}

fn idle_sessions_expire(server: &TestServer) {
    let mut c = server.client();
    sign_up(&mut c, "Anna", "anna@example.ch", "", "CH");
    assert_eq!(c.call("/api/account/get_shell", &[]).status, 200);
    server.db.db.clock().advance(3 * 3_600_000);
    let r = c.call("/api/account/get_shell", &[]);
    assert_eq!(r.status, 401);
    assert_eq!(r.code(), "unauthenticated");
    // The stale cookie is removed from the browser.
    assert!(r
        .set_cookies
        .iter()
        .any(|s| s.starts_with("mandant_session=;") && s.contains("Max-Age=0")));
}

/// Signing in while the browser still sends an ended session's cookie keeps the new
/// session: the stale cookie's removal must not override the new one.
fn signing_in_over_an_ended_session_keeps_the_new_one(server: &TestServer) {
    let mut c = server.client();
    sign_up(&mut c, "Anna", "anna@example.ch", "", "CH");
    server.db.db.clock().advance(3 * 3_600_000);
    let r = support::log_in(&mut c, "anna@example.ch");
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(
        !r.set_cookies
            .iter()
            .any(|s| s.starts_with("mandant_session=;")),
        "{:?}",
        r.set_cookies
    );
    assert_eq!(c.call("/api/account/get_shell", &[]).status, 200);
}

fn cross_site_posts_are_rejected(server: &TestServer) {
    let mut evil = server.client();
    evil.origin = Some("https://evil.example".into());
    let r = evil.call(
        "/api/public/auth/sign_up",
        &[
            ("name", "Eve"),
            ("email", "eve@example.ch"),
            ("password", PASSWORD),
            ("company", ""),
            ("country", "CH"),
            ("time_zone", ""),
            ("lang", "en"),
        ],
    );
    assert_eq!(r.status, 403);
    assert_eq!(r.code(), "cross-site-request");
    // Same request from the console's own origin works, so the rejection was the origin.
    let mut own = server.client();
    own.origin = Some(server.base.clone());
    let org = sign_up(&mut own, "Eve", "eve@example.ch", "", "CH");
    assert!(!org.is_empty());
    own.origin = Some("https://evil.example".into());
    assert_eq!(
        own.call(
            "/api/orgs/create_org",
            &[("name", "Evil"), ("country", "CH")]
        )
        .status,
        403
    );
    own.origin = None;
    assert_eq!(
        own.call("/api/account/get_shell", &[]).json()["orgs"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

fn organisations_are_created_and_isolated(server: &TestServer) {
    let mut anna = server.client();
    let anna_org = sign_up(&mut anna, "Anna", "anna@example.ch", "", "CH");
    let r = anna.call(
        "/api/orgs/create_org",
        &[("name", "  Anna   France "), ("country", "FR")],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    let france = r.json().as_str().unwrap().to_owned();
    let shell = anna.call("/api/account/get_shell", &[]).json();
    let names: Vec<(&str, &str)> = shell["orgs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| (o["name"].as_str().unwrap(), o["currency"].as_str().unwrap()))
        .collect();
    assert_eq!(names, vec![("Anna", "CHF"), ("Anna France", "EUR")]);
    let bad = anna.call("/api/orgs/create_org", &[("name", ""), ("country", "ZZ")]);
    assert_eq!(bad.status, 422);

    let mut bruno = server.client();
    sign_up(&mut bruno, "Bruno", "bruno@example.ch", "", "CH");
    let foreign = bruno.call("/api/orgs/get_dashboard", &[("org", &anna_org)]);
    let missing = bruno.call(
        "/api/orgs/get_dashboard",
        &[("org", "0190f0d2-7c1e-7a2b-9c3d-4e5f60718293")],
    );
    assert_eq!(foreign.status, 404);
    assert_eq!(
        foreign.body, missing.body,
        "a foreign organisation looks exactly like a missing one"
    );
    assert_eq!(
        bruno
            .call("/api/orgs/leave_org", &[("org", &france)])
            .status,
        404
    );
    // Every page of a foreign organisation is the not-found page, with none of its data.
    for page in [
        "dashboard",
        "users",
        "users/teams",
        "users/invitations",
        "users/invite",
        "organisation",
        "organisation/addresses",
        "organisation/security",
        "organisation/succession",
        "organisation/delete",
        "products",
        "accounting",
    ] {
        let page_path = format!("/o/{anna_org}/{page}");
        let answer = bruno.get(&page_path, None);
        assert_eq!(answer.status, 404, "{page_path}");
        assert!(
            answer.body.contains("data-testid=\"not-found\""),
            "{page_path}"
        );
        assert!(!answer.body.contains("Anna"), "{page_path}");
    }
    let own = anna.get(&format!("/o/{anna_org}/accounting"), None);
    assert_eq!(own.status, 200);
    assert!(own.body.contains("data-testid=\"to-pay-all\""));
    assert!(!own.body.contains("data-testid=\"not-found\""));
    let own = anna.get(&format!("/o/{anna_org}/support"), None);
    assert_eq!(own.status, 200);
    assert!(own.body.contains("data-testid=\"coming-soon\""));

    let dash = anna
        .call("/api/orgs/get_dashboard", &[("org", &france)])
        .json();
    assert_eq!(dash["org"]["name"], "Anna France");
    assert_eq!(dash["member_count"], 1);
    // The last legal representative cannot leave.
    let leave = anna.call("/api/orgs/leave_org", &[("org", &france)]);
    assert_eq!(leave.status, 409);
    assert_eq!(leave.json()["reason"], "last-legal-representative");
}

fn last_opened_org_is_remembered_for_the_next_login(server: &TestServer) {
    let mut c = server.client();
    sign_up(&mut c, "Anna", "anna@example.ch", "", "CH");
    let second = c
        .call(
            "/api/orgs/create_org",
            &[("name", "Second"), ("country", "DE")],
        )
        .json();
    let second = second.as_str().unwrap();
    let first = c.call("/api/account/get_shell", &[]).json()["orgs"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    c.call("/api/orgs/get_dashboard", &[("org", &first)]);
    c.call("/api/auth/log_out", &[]);
    let r = c.call(
        "/api/public/auth/log_in",
        &[("email", "anna@example.ch"), ("password", PASSWORD)],
    );
    assert_eq!(r.json()["org"], first.as_str());
    c.call("/api/orgs/get_dashboard", &[("org", second)]);
    c.call("/api/auth/log_out", &[]);
    let r = c.call(
        "/api/public/auth/log_in",
        &[("email", "anna@example.ch"), ("password", PASSWORD)],
    );
    assert_eq!(r.json()["org"], second);
    let home = c.get("/", None);
    assert_eq!(home.status, 303);
    assert_eq!(
        home.location.as_deref(),
        Some(format!("/o/{second}/dashboard").as_str())
    );
}

fn profile_changes_are_validated_and_saved(server: &TestServer) {
    let mut c = server.client();
    sign_up(&mut c, "Anna", "anna@example.ch", "", "CH");
    let bad = c.call(
        "/api/account/update_profile",
        &[
            ("name", "Anna"),
            ("lang", "xx"),
            ("country", "CH"),
            ("time_zone", "Mars/Base"),
        ],
    );
    assert_eq!(bad.status, 422);
    let fields = bad.json()["fields"].to_string();
    assert!(
        fields.contains("language-unknown") && fields.contains("time-zone-unknown"),
        "{fields}"
    );
    let ok = c.call(
        "/api/account/update_profile",
        &[
            ("name", "Anna M."),
            ("lang", "de"),
            ("country", "CH"),
            ("time_zone", "America/New_York"),
        ],
    );
    assert_eq!(ok.status, 200, "{}", ok.body);
    let me = &c.call("/api/account/get_shell", &[]).json()["me"];
    assert_eq!(me["name"], "Anna M.");
    assert_eq!(me["region"]["lang"], "de");
    assert_eq!(me["region"]["time_zone"], "America/New_York");
    // The next page is rendered in the new language, whatever the browser asks for.
    let page = c.get("/profile", Some("fr"));
    assert!(
        page.body.contains(r#"lang="de""#),
        "{}",
        &page.body[..200.min(page.body.len())]
    );
}

fn anonymous_visitors_are_kept_out(server: &TestServer) {
    let mut c = server.client();
    for path in [
        "/",
        "/profile",
        "/o/0190f0d2-7c1e-7a2b-9c3d-4e5f60718293/dashboard",
    ] {
        let r = c.get(path, None);
        assert_eq!(r.status, 303, "{path}");
        assert_eq!(r.location.as_deref(), Some("/login"));
    }
    let login = c.get("/login", Some("it-CH,it;q=0.9,en;q=0.5"));
    assert_eq!(login.status, 200);
    assert!(login.body.contains(r#"lang="it""#));
    assert!(login
        .body
        .contains(&app::i18n::translate(domain::Lang::It, "login-title", None)));
    let mut chooser = server.client();
    chooser.cookie = Some("mandant_lang=es".into());
    let es = chooser.get("/login", Some("de"));
    assert!(
        es.body.contains(r#"lang="es""#),
        "the language cookie wins over the header"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_up_flows() {
    on_each_backend(sign_up_signs_in_and_creates_the_first_org).await;
    on_each_backend(invalid_sign_up_reports_each_field_and_changes_nothing).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn login_and_sessions() {
    on_each_backend(wrong_password_and_unknown_email_get_the_same_answer).await;
    on_each_backend(login_rotates_the_session_and_logout_destroys_it).await;
    on_each_backend(idle_sessions_expire).await;
    on_each_backend(signing_in_over_an_ended_session_keeps_the_new_one).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn protection_flows() {
    on_each_backend(cross_site_posts_are_rejected).await;
    on_each_backend(anonymous_visitors_are_kept_out).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn organisation_flows() {
    on_each_backend(organisations_are_created_and_isolated).await;
    on_each_backend(last_opened_org_is_remembered_for_the_next_login).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn profile_flows() {
    on_each_backend(profile_changes_are_validated_and_saved).await;
}
