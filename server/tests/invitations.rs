//! Invitations over HTTP: the mail carries a single-use link bound to the invited address;
//! an unknown address signs up straight into the organisation, an existing account accepts
//! while signed in; members who follow membership changes are told.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use serde_json::json;
use support::{enrol_totp, mail_to, sign_up, token_in, Client, TestServer, PASSWORD};

fn invite(client: &mut Client, org: &str, email: &str, role: &str) -> support::Response {
    client.call_json(
        "/api/invitations/create_invitation",
        &json!({
            "org": org,
            "email": email,
            "rights": {"role": role, "billing_right": false, "technical_right": false},
            "lang": "de",
        }),
    )
}

fn sign_up_invited(client: &mut Client, email: &str, token: &str) -> support::Response {
    client.call(
        "/api/public/auth/sign_up",
        &[
            ("name", "Nina Neu"),
            ("email", email),
            ("password", PASSWORD),
            ("company", ""),
            ("country", "CH"),
            ("time_zone", "Europe/Zurich"),
            ("lang", "fr"),
            ("invitation", token),
        ],
    )
}

fn invited_sign_up_joins_the_organisation(server: &TestServer) {
    let mut anna = server.client();
    let org = sign_up(&mut anna, "Anna", "anna@example.ch", "Anna AG", "CH");
    let r = invite(&mut anna, &org, "nina@example.ch", "collaborator");
    assert_eq!(r.status, 200, "{}", r.body);
    let mail = mail_to(server, "nina@example.ch", "invitation");
    assert!(mail.subject.contains("Anna AG"), "{}", mail.subject);
    assert_eq!(
        mail.lang, "de",
        "the chosen language for an unknown address"
    );
    let token = token_in(server, &mail.body_text);

    let mut visitor = server.client();
    let preview = visitor.call(
        "/api/public/invitations/get_invitation",
        &[("token", &token)],
    );
    assert_eq!(preview.status, 200, "{}", preview.body);
    assert_eq!(preview.json()["org_name"], "Anna AG");
    assert_eq!(preview.json()["account_exists"], false);

    // Another address cannot use it, and no account is left behind.
    let wrong = sign_up_invited(&mut visitor, "someone@example.ch", &token);
    assert_eq!((wrong.status, wrong.code()), (409, "conflict".to_owned()));
    assert_eq!(wrong.json()["reason"], "invitation-other-account");
    let login = visitor.call(
        "/api/public/auth/log_in",
        &[("email", "someone@example.ch"), ("password", PASSWORD)],
    );
    assert_eq!(login.status, 401);

    let joined = sign_up_invited(&mut visitor, "nina@example.ch", &token);
    assert_eq!(joined.status, 200, "{}", joined.body);
    assert_eq!(joined.json()["org"], org.as_str());
    let shell = visitor.call("/api/account/get_shell", &[]);
    let orgs = shell.json()["orgs"].as_array().unwrap().clone();
    assert_eq!(orgs.len(), 1, "no personal organisation: {}", shell.body);
    assert_eq!(orgs[0]["role"], "collaborator");
    // Anna follows membership changes as legal representative: the notice job tells her.
    let ran = server.run_jobs();
    assert!(
        ran.iter()
            .any(|r| r.job.starts_with("notify-joined:") && r.result == Ok(1)),
        "{ran:?}"
    );
    assert!(mail_to(server, "anna@example.ch", "member-joined")
        .body_text
        .contains("nina@example.ch"));

    let reuse = server.client().call(
        "/api/public/invitations/get_invitation",
        &[("token", &token)],
    );
    assert_eq!(reuse.status, 409);
    assert_eq!(reuse.json()["reason"], "invitation-invalid");
    // A collaborator does not manage members.
    let list = visitor.call_json(
        "/api/members/list_members",
        &json!({"org": org, "query": {}}),
    );
    assert_eq!(list.status, 403);
}

fn existing_accounts_accept_while_signed_in(server: &TestServer) {
    let mut anna = server.client();
    let org = sign_up(&mut anna, "Anna", "anna@example.ch", "Anna AG", "CH");
    let mut bruno = server.client();
    sign_up(&mut bruno, "Bruno", "bruno@example.ch", "Bruno GmbH", "CH");
    let mut carla = server.client();
    sign_up(&mut carla, "Carla", "carla@example.ch", "Carla SA", "CH");

    assert_eq!(
        invite(&mut anna, &org, "Bruno@Example.ch", "external").status,
        200
    );
    let again = invite(&mut anna, &org, "bruno@example.ch", "external");
    assert_eq!(again.status, 422);
    assert_eq!(again.json()["fields"][0]["code"], "already-invited");
    let mail = mail_to(server, "bruno@example.ch", "invitation");
    assert_eq!(mail.lang, "en", "an existing account's own language");
    let token = token_in(server, &mail.body_text);

    let anonymous = server
        .client()
        .call("/api/invitations/accept_invitation", &[("token", &token)]);
    assert_eq!(anonymous.status, 401);
    let other = carla.call("/api/invitations/accept_invitation", &[("token", &token)]);
    assert_eq!(other.json()["reason"], "invitation-other-account");
    let accepted = bruno.call("/api/invitations/accept_invitation", &[("token", &token)]);
    assert_eq!(accepted.status, 200, "{}", accepted.body);
    server.run_jobs();
    assert!(mail_to(server, "anna@example.ch", "member-joined")
        .body_text
        .contains("bruno@example.ch"));
    assert!(server.run_jobs().is_empty(), "each notice is sent once");
    let shell = bruno.call("/api/account/get_shell", &[]);
    assert!(shell.body.contains("Anna AG"));
    assert_eq!(
        shell.json()["me"]["last_org"],
        org.as_str(),
        "opens there next"
    );

    // Removing him tells him by mail; the last legal representative cannot be removed.
    let bruno_id = shell.json()["me"]["id"].as_str().unwrap().to_owned();
    let anna_id = anna.call("/api/account/get_shell", &[]).json()["me"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let last = anna.call_json(
        "/api/members/remove_members",
        &json!({"org": org, "members": [anna_id]}),
    );
    assert_eq!(last.json()["reason"], "last-legal-representative");
    let removed = anna.call_json(
        "/api/members/remove_members",
        &json!({"org": org, "members": [bruno_id]}),
    );
    assert_eq!(removed.status, 200, "{}", removed.body);
    assert!(mail_to(server, "bruno@example.ch", "member-removed")
        .subject
        .contains("Anna AG"));
    let gone = bruno.call("/api/orgs/get_dashboard", &[("org", &org)]);
    assert_eq!(gone.status, 404);
}

/// An organisation that requires two-factor sign-in still lets an invited person join (they
/// then set up a second factor), and its members are told.
fn joining_an_organisation_that_requires_two_factor(server: &TestServer) {
    let mut anna = server.client();
    let org = sign_up(&mut anna, "Anna", "anna@example.ch", "Anna AG", "CH");
    enrol_totp(&mut anna);
    let required = anna.call(
        "/api/organisation/set_two_factor_required",
        &[("org", &org), ("required", "true")],
    );
    assert_eq!(required.status, 200, "{}", required.body);
    let mut bruno = server.client();
    sign_up(&mut bruno, "Bruno", "bruno@example.ch", "Bruno GmbH", "CH");
    assert_eq!(
        invite(&mut anna, &org, "bruno@example.ch", "collaborator").status,
        200
    );
    let token = token_in(
        server,
        &mail_to(server, "bruno@example.ch", "invitation").body_text,
    );
    let accepted = bruno.call("/api/invitations/accept_invitation", &[("token", &token)]);
    assert_eq!(accepted.status, 200, "{}", accepted.body);
    // Inside, he is asked for a second factor first.
    let dashboard = bruno.call("/api/orgs/get_dashboard", &[("org", &org)]);
    assert_eq!(dashboard.json()["reason"], "two-factor-required");
    server.run_jobs();
    assert!(mail_to(server, "anna@example.ch", "member-joined")
        .body_text
        .contains("bruno@example.ch"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invitations() {
    support::on_each_backend(invited_sign_up_joins_the_organisation).await;
    support::on_each_backend(existing_accounts_accept_while_signed_in).await;
    support::on_each_backend(joining_an_organisation_that_requires_two_factor).await;
}

fn legal_representatives_hand_over_with_their_password(server: &TestServer) {
    let mut anna = server.client();
    let org = sign_up(&mut anna, "Anna", "anna@example.ch", "Anna AG", "CH");
    let mut bruno = server.client();
    sign_up(&mut bruno, "Bruno", "bruno@example.ch", "Bruno GmbH", "CH");
    assert_eq!(
        invite(&mut anna, &org, "bruno@example.ch", "collaborator").status,
        200
    );
    let token = token_in(
        server,
        &mail_to(server, "bruno@example.ch", "invitation").body_text,
    );
    assert_eq!(
        bruno
            .call("/api/invitations/accept_invitation", &[("token", &token)])
            .status,
        200
    );
    let bruno_id = bruno.call("/api/account/get_shell", &[]).json()["me"]["id"]
        .as_str()
        .unwrap()
        .to_owned();

    let wrong = anna.call(
        "/api/organisation/start_succession",
        &[
            ("org", &org),
            ("successor", &bruno_id),
            ("password", "not my password"),
        ],
    );
    assert_eq!(wrong.status, 422);
    assert_eq!(wrong.json()["fields"][0]["code"], "password-wrong");
    let asked = anna.call(
        "/api/organisation/start_succession",
        &[
            ("org", &org),
            ("successor", &bruno_id),
            ("password", PASSWORD),
        ],
    );
    assert_eq!(asked.status, 200, "{}", asked.body);
    assert!(mail_to(server, "bruno@example.ch", "succession-asked")
        .body_text
        .contains("/organisation/succession"));
    // Only the named successor can accept.
    let self_accept = anna.call("/api/organisation/accept_succession", &[("org", &org)]);
    assert_eq!(self_accept.status, 403);
    let accepted = bruno.call("/api/organisation/accept_succession", &[("org", &org)]);
    assert_eq!(accepted.status, 200, "{}", accepted.body);
    let roles = |client: &mut Client| {
        client.call("/api/account/get_shell", &[]).json()["orgs"]
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["id"] == org.as_str())
            .unwrap()["role"]
            .clone()
    };
    assert_eq!(roles(&mut bruno), "legal-representative");
    assert_eq!(roles(&mut anna), "administrator");
    for to in ["anna@example.ch", "bruno@example.ch"] {
        mail_to(server, to, "succession-done");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn succession() {
    support::on_each_backend(legal_representatives_hand_over_with_their_password).await;
}
