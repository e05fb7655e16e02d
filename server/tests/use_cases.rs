//! A use case commits once: when one of its writes fails (here the mail queue, as a crash
//! would), nothing of it remains — not the change, not the mails before the failure.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use serde_json::json;
use support::{link_token, log_in, mail_to, sign_up, token_in, Client, TestServer, PASSWORD};

fn queued(server: &TestServer, kind: &str) -> Vec<String> {
    tokio::runtime::Handle::current()
        .block_on(db::outbox::recent(&server.db.db, 500))
        .unwrap()
        .into_iter()
        .filter(|m| m.kind == kind)
        .map(|m| m.recipient)
        .collect()
}

fn org_names(client: &mut Client) -> Vec<String> {
    let shell = client.call("/api/account/get_shell", &[]).json();
    shell["orgs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["name"].as_str().unwrap().to_owned())
        .collect()
}

/// Anna's organisation with Bruno as a second member; returns (org, Bruno's user id).
fn organisation_of_two(
    server: &TestServer,
    anna: &mut Client,
    bruno: &mut Client,
) -> (String, String) {
    let org = sign_up(anna, "Anna", "anna@example.ch", "Anna AG", "CH");
    sign_up(bruno, "Bruno", "bruno@example.ch", "Bruno GmbH", "CH");
    let invited = anna.call_json(
        "/api/invitations/create_invitation",
        &json!({"org": org, "email": "bruno@example.ch",
                "rights": {"role": "administrator", "billing_right": false, "technical_right": false},
                "lang": "en"}),
    );
    assert_eq!(invited.status, 200, "{}", invited.body);
    let token = token_in(
        server,
        &mail_to(server, "bruno@example.ch", "invitation").body_text,
    );
    let accepted = bruno.call("/api/invitations/accept_invitation", &[("token", &token)]);
    assert_eq!(accepted.status, 200, "{}", accepted.body);
    let members = anna.call_json(
        "/api/members/list_members",
        &json!({"org": org, "query": {}}),
    );
    let bruno_id = members.json()["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["email"] == "bruno@example.ch")
        .unwrap()["user_id"]
        .as_str()
        .unwrap()
        .to_owned();
    (org, bruno_id)
}

fn a_failed_deletion_leaves_the_organisation_and_queues_no_mail(server: &TestServer) {
    let (mut anna, mut bruno) = (server.client(), server.client());
    let (org, _) = organisation_of_two(server, &mut anna, &mut bruno);

    // The first member's notice is queued, the second one fails.
    server.db.db.fail_mail_after(1);
    let failed = anna.call(
        "/api/organisation/delete_org",
        &[("org", &org), ("password", PASSWORD)],
    );
    assert_eq!((failed.status, failed.code()), (500, "internal".to_owned()));
    assert!(org_names(&mut anna).contains(&"Anna AG".to_owned()));
    assert!(org_names(&mut bruno).contains(&"Anna AG".to_owned()));
    assert!(
        queued(server, "org-deleted").is_empty(),
        "no notice of a deletion that did not happen"
    );

    // Without the failure the same request deletes it and tells both.
    let deleted = anna.call(
        "/api/organisation/delete_org",
        &[("org", &org), ("password", PASSWORD)],
    );
    assert_eq!(deleted.status, 200, "{}", deleted.body);
    assert!(!org_names(&mut bruno).contains(&"Anna AG".to_owned()));
    let mut told = queued(server, "org-deleted");
    told.sort();
    assert_eq!(told, ["anna@example.ch", "bruno@example.ch"]);
}

fn a_failed_role_change_changes_nothing(server: &TestServer) {
    let (mut anna, mut bruno) = (server.client(), server.client());
    let (org, bruno_id) = organisation_of_two(server, &mut anna, &mut bruno);
    let change = |anna: &mut Client| {
        anna.call_json(
            "/api/members/update_member",
            &json!({"org": org, "member": bruno_id,
                    "rights": {"role": "collaborator", "billing_right": true, "technical_right": false},
                    "contact_prefs": ["billing"]}),
        )
    };
    server.db.db.fail_mail_after(0);
    let failed = change(&mut anna);
    assert_eq!(failed.status, 500, "{}", failed.body);
    let member = anna.call(
        "/api/members/get_member",
        &[("org", &org), ("member", &bruno_id)],
    );
    assert_eq!(
        member.json()["rights"]["role"],
        "administrator",
        "{}",
        member.body
    );
    assert_eq!(member.json()["rights"]["billing_right"], false);
    assert!(queued(server, "role-changed").is_empty());

    let saved = change(&mut anna);
    assert_eq!(saved.status, 200, "{}", saved.body);
    let member = anna.call(
        "/api/members/get_member",
        &[("org", &org), ("member", &bruno_id)],
    );
    assert_eq!(
        member.json()["rights"]["role"],
        "collaborator",
        "{}",
        member.body
    );
    assert_eq!(queued(server, "role-changed"), ["bruno@example.ch"]);
}

fn a_failed_removal_keeps_the_member_and_tells_nobody(server: &TestServer) {
    let (mut anna, mut bruno) = (server.client(), server.client());
    let (org, bruno_id) = organisation_of_two(server, &mut anna, &mut bruno);
    let remove = |anna: &mut Client| {
        anna.call_json(
            "/api/members/remove_members",
            &json!({"org": org, "members": [bruno_id]}),
        )
    };
    server.db.db.fail_mail_after(0);
    assert_eq!(remove(&mut anna).status, 500);
    assert!(
        org_names(&mut bruno).contains(&"Anna AG".to_owned()),
        "still a member"
    );
    assert!(queued(server, "member-removed").is_empty());

    assert_eq!(remove(&mut anna).status, 200);
    assert!(!org_names(&mut bruno).contains(&"Anna AG".to_owned()));
    assert_eq!(queued(server, "member-removed"), ["bruno@example.ch"]);
}

fn a_failed_password_reset_keeps_the_link_and_the_old_password(server: &TestServer) {
    let mut owner = server.client();
    sign_up(&mut owner, "Rita", "rita@example.ch", "Rita AG", "CH");
    let mut visitor = server.client();
    let asked = visitor.call(
        "/api/public/auth/request_password_reset",
        &[("email", "rita@example.ch")],
    );
    assert_eq!(asked.status, 200, "{}", asked.body);
    let mail = mail_to(server, "rita@example.ch", "password-reset");
    let token = link_token(server, &mail.body_text, "/reset-password/");
    let reset = |visitor: &mut Client| {
        visitor.call(
            "/api/public/auth/reset_password",
            &[
                ("token", &token),
                ("password", "a brand new passphrase"),
                ("sign_out_everywhere", "on"),
            ],
        )
    };
    // The owner's notice fails, after the link, the password and the sessions were written.
    server.db.db.fail_mail_after(0);
    assert_eq!(reset(&mut visitor).status, 500);
    assert_eq!(
        owner.call("/api/account/get_shell", &[]).status,
        200,
        "still signed in"
    );
    assert_eq!(
        log_in(&mut server.client(), "rita@example.ch").status,
        200,
        "the old password still opens the account"
    );
    assert_eq!(reset(&mut visitor).status, 200, "the link was not used up");
    assert_eq!(owner.call("/api/account/get_shell", &[]).status, 401);
}

fn a_failed_lock_down_leaves_the_account_and_its_link(server: &TestServer) {
    let mut owner = server.client();
    sign_up(&mut owner, "Nils", "nils@example.ch", "Nils AG", "CH");
    let mut intruder = server.client();
    assert_eq!(log_in(&mut intruder, "nils@example.ch").status, 200);
    let mail = mail_to(server, "nils@example.ch", "security-new-device");
    let token = link_token(server, &mail.body_text, "/this-wasnt-me/");
    let disavow = || {
        server
            .client()
            .call("/api/public/auth/disavow", &[("token", &token)])
    };
    // The reset link's mail fails, after the sessions ended and the password was replaced.
    server.db.db.fail_mail_after(0);
    assert_eq!(disavow().status, 500);
    assert_eq!(
        intruder.call("/api/account/get_shell", &[]).status,
        200,
        "nothing ended"
    );
    assert!(queued(server, "password-reset").is_empty());
    assert_eq!(disavow().status, 200, "the link still works");
    assert_eq!(intruder.call("/api/account/get_shell", &[]).status, 401);
    assert_eq!(queued(server, "password-reset"), ["nils@example.ch"]);
}

fn a_failed_recovery_change_keeps_the_previous_address(server: &TestServer) {
    let mut owner = server.client();
    sign_up(&mut owner, "Lia", "lia@example.ch", "Lia AG", "CH");
    let recovery_email = || {
        let rt = tokio::runtime::Handle::current();
        let db = &server.db.db;
        let user = rt
            .block_on(db::users::find_by_email(db, "lia@example.ch"))
            .unwrap()
            .unwrap();
        rt.block_on(db::recovery::channels(db, user.id)).unwrap().0
    };
    let set = |owner: &mut Client| {
        owner.call(
            "/api/security/set_recovery",
            &[
                ("recovery_email", "lia.backup@example.ch"),
                ("recovery_phone", ""),
                ("recovery_password", PASSWORD),
            ],
        )
    };
    server.db.db.fail_mail_after(0);
    assert_eq!(set(&mut owner).status, 500);
    assert_eq!(recovery_email(), None);
    assert_eq!(set(&mut owner).status, 200);
    assert_eq!(recovery_email().as_deref(), Some("lia.backup@example.ch"));
}

fn a_failed_sign_in_opens_no_session_and_records_nothing(server: &TestServer) {
    let mut owner = server.client();
    sign_up(&mut owner, "Ivo", "ivo@example.ch", "Ivo AG", "CH");
    let sessions = || {
        let rt = tokio::runtime::Handle::current();
        let db = &server.db.db;
        let user = rt
            .block_on(db::users::find_by_email(db, "ivo@example.ch"))
            .unwrap()
            .unwrap();
        rt.block_on(db::sessions::count_for_user(db, user.id))
            .unwrap()
    };
    assert_eq!(sessions(), 1, "the sign-up's own session");
    // The new device's notice fails, after the session and the event were written.
    let mut laptop = server.client();
    server.db.db.fail_mail_after(0);
    assert_eq!(log_in(&mut laptop, "ivo@example.ch").status, 500);
    assert_eq!(sessions(), 1, "no session was opened");
    assert_eq!(laptop.call("/api/account/get_shell", &[]).status, 401);
    assert!(queued(server, "security-new-device").is_empty());

    assert_eq!(log_in(&mut laptop, "ivo@example.ch").status, 200);
    assert_eq!(sessions(), 2);
    assert_eq!(laptop.call("/api/account/get_shell", &[]).status, 200);
    assert_eq!(queued(server, "security-new-device"), ["ivo@example.ch"]);
}

fn a_failed_management_block_leaves_the_product_open_and_tells_nobody(server: &TestServer) {
    let (mut anna, mut bruno) = (server.client(), server.client());
    let (org, _) = organisation_of_two(server, &mut anna, &mut bruno);
    let product = tokio::runtime::Handle::current().block_on(async {
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
            domain::Permission::ProductManage,
        )
        .await
        .unwrap();
        let new = db::products::NewProduct {
            kind: "web-hosting",
            name: "Anna site",
            status: domain::status::ProductStatus::Active,
            expires_at: None,
            auto_renew: false,
        };
        db::products::insert(db, &scope, new)
            .await
            .unwrap()
            .to_string()
    });
    let block = |anna: &mut Client| {
        anna.call(
            "/api/products/set_management_block",
            &[("org", &org), ("product", &product), ("blocked", "true")],
        )
    };
    let blocked = |client: &mut Client| {
        let detail = client.call(
            "/api/products/get_product",
            &[("org", &org), ("product", &product)],
        );
        assert_eq!(detail.status, 200, "{}", detail.body);
        detail.json()["product"]["management_blocked"] == true
    };
    // Anna's notice is queued, Bruno's fails.
    server.db.db.fail_mail_after(1);
    assert_eq!(block(&mut anna).status, 500);
    assert!(!blocked(&mut bruno), "still open");
    assert!(queued(server, "product-management-blocked").is_empty());

    assert_eq!(block(&mut anna).status, 200);
    assert!(blocked(&mut bruno));
    let mut told = queued(server, "product-management-blocked");
    told.sort();
    assert_eq!(told, ["anna@example.ch", "bruno@example.ch"]);
    // Blocking it again changes nothing and tells nobody again.
    assert_eq!(block(&mut anna).status, 200);
    assert_eq!(queued(server, "product-management-blocked").len(), 2);
    let mail = mail_to(server, "bruno@example.ch", "product-management-blocked");
    assert!(
        mail.subject.contains("Anna site") && mail.subject.contains("Anna AG"),
        "{}",
        mail.subject
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn use_cases_commit_all_or_nothing() {
    support::on_each_backend(a_failed_deletion_leaves_the_organisation_and_queues_no_mail).await;
    support::on_each_backend(a_failed_role_change_changes_nothing).await;
    support::on_each_backend(a_failed_removal_keeps_the_member_and_tells_nobody).await;
    support::on_each_backend(a_failed_password_reset_keeps_the_link_and_the_old_password).await;
    support::on_each_backend(a_failed_lock_down_leaves_the_account_and_its_link).await;
    support::on_each_backend(a_failed_recovery_change_keeps_the_previous_address).await;
    support::on_each_backend(a_failed_sign_in_opens_no_session_and_records_nothing).await;
    support::on_each_backend(a_failed_management_block_leaves_the_product_open_and_tells_nobody)
        .await;
}
