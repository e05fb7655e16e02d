//! Tenant isolation, endpoint by endpoint. Every registered server function must have an
//! entry in `ENDPOINTS`; a new function without one fails this suite. For each entry the test
//! proves what a caller from outside may see: anonymous → unauthenticated (except public
//! ones), a member of another organisation → not found with none of its data, a collaborator
//! without grants → forbidden where a management right is needed, and none of the
//! organisation's products, invoices, teams or invitations anywhere.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use db::OrgScope;
use domain::{OrgId, Permission, Role};
use support::{sign_up, Client, TestServer};

/// What a member of the organisation needs to be answered.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Needs {
    /// Any member; the answer is filtered by their grants. The legal representative's
    /// answer holds what `Holds` names (the data exists, so its absence for others proves
    /// filtering).
    Member(Holds),
    /// Managing members (legal representative or administrator): others are forbidden.
    Manager,
    /// One product, for managers and the members it is granted to: a member without the
    /// grant is forbidden and sees nothing of it.
    Granted,
    /// A member's own answer to something addressed to them (a succession): any member
    /// may call; without such a thing the answer is a conflict, never data.
    Own,
}

/// What of the organisation the legal representative's answer to a `Member` call holds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Holds {
    Nothing,
    /// The organisation's product.
    Product,
    /// Its product and its invoice.
    ProductAndInvoice,
}

/// How an endpoint is reached and what it is scoped to.
#[derive(Clone, Copy)]
enum Scope {
    /// Reachable without a session.
    Public,
    /// Acts on the caller's own account only.
    Account,
    /// Acts on the organisation named by its `org` argument.
    Organisation(Needs),
}

/// Arguments of a sample call. Placeholders: `{org}`, `{member}` (the legal
/// representative), `{team}`, `{invitation}`, `{product}`, `{address}`, `{session}` (one
/// of Anna's sessions).
#[derive(Clone, Copy)]
enum Body {
    Form(&'static [(&'static str, &'static str)]),
    Json(&'static str),
}

use Body::{Form, Json};
use Holds::{Nothing, Product, ProductAndInvoice};
use Needs::{Granted, Manager, Member, Own};

/// Every server function, with sample arguments.
const ENDPOINTS: &[(&str, Scope, Body)] = &[
    ("/api/public/auth/sign_up", Scope::Public, Form(&[])),
    ("/api/public/auth/log_in", Scope::Public, Form(&[])),
    (
        "/api/public/auth/verify_second_factor",
        Scope::Public,
        Form(&[("code", "123456")]),
    ),
    ("/api/security/get_security", Scope::Account, Form(&[])),
    (
        "/api/security/list_app_passwords",
        Scope::Account,
        Form(&[]),
    ),
    (
        "/api/security/create_app_password",
        Scope::Account,
        Form(&[("name", "Sync")]),
    ),
    (
        "/api/security/revoke_app_password",
        Scope::Account,
        Form(&[("id", "not-an-id")]),
    ),
    (
        "/api/security/change_password",
        Scope::Account,
        Form(&[
            ("current_password", "not the password"),
            ("new_password", "another long password"),
        ]),
    ),
    (
        "/api/public/auth/request_password_reset",
        Scope::Public,
        Form(&[("email", "anna@example.ch")]),
    ),
    (
        "/api/public/auth/check_password_reset",
        Scope::Public,
        Form(&[("token", "not-a-token")]),
    ),
    (
        "/api/public/auth/disavow",
        Scope::Public,
        Form(&[("token", "not-a-token")]),
    ),
    (
        "/api/public/auth/reset_password",
        Scope::Public,
        Form(&[
            ("token", "not-a-token"),
            ("password", "another long password"),
        ]),
    ),
    ("/api/security/begin_totp", Scope::Account, Form(&[])),
    (
        "/api/security/confirm_totp",
        Scope::Account,
        Form(&[("code", "000000")]),
    ),
    (
        "/api/security/regenerate_backup_codes",
        Scope::Account,
        Form(&[("password", "not the password")]),
    ),
    (
        "/api/security/disable_two_factor",
        Scope::Account,
        Form(&[("password", "not the password")]),
    ),
    (
        "/api/security/begin_sms",
        Scope::Account,
        Form(&[("sms_phone", "+41 79 000 00 00")]),
    ),
    (
        "/api/security/confirm_sms",
        Scope::Account,
        Form(&[("sms_code", "000000")]),
    ),
    (
        "/api/security/remove_method",
        Scope::Account,
        Form(&[("method", "sms"), ("password", "not the password")]),
    ),
    (
        "/api/security/set_recovery",
        Scope::Account,
        Form(&[
            ("recovery_email", "backup@example.org"),
            ("recovery_phone", ""),
            ("recovery_password", "not the password"),
        ]),
    ),
    (
        "/api/security/confirm_recovery_phone",
        Scope::Account,
        Form(&[("recovery_code", "000000")]),
    ),
    (
        "/api/security/change_login_email",
        Scope::Account,
        Form(&[
            ("new_login_email", "new@example.org"),
            ("login_email_password", "not the password"),
        ]),
    ),
    ("/api/security/get_mail_choices", Scope::Account, Form(&[])),
    ("/api/security/save_mail_choices", Scope::Account, Form(&[])),
    (
        "/api/security/list_push_requests",
        Scope::Account,
        Form(&[]),
    ),
    (
        "/api/security/decide_push",
        Scope::Account,
        Form(&[
            ("id", "0190aaaa-0000-7000-8000-000000000000"),
            ("approve", "true"),
        ]),
    ),
    (
        "/api/public/auth/send_sign_in_code",
        Scope::Public,
        Form(&[]),
    ),
    ("/api/public/auth/request_push", Scope::Public, Form(&[])),
    (
        "/api/public/auth/push_status",
        Scope::Public,
        Form(&[("id", "0190aaaa-0000-7000-8000-000000000000")]),
    ),
    (
        "/api/public/auth/request_login_reminder",
        Scope::Public,
        Form(&[("phone", "+41 79 000 00 00"), ("email", "")]),
    ),
    (
        "/api/security/list_security_keys",
        Scope::Account,
        Form(&[]),
    ),
    (
        "/api/security/begin_security_key",
        Scope::Account,
        Form(&[]),
    ),
    (
        "/api/security/finish_security_key",
        Scope::Account,
        Form(&[("name", "Blue key"), ("credential", "{}")]),
    ),
    (
        "/api/security/rename_security_key",
        Scope::Account,
        Form(&[("id", "not-an-id"), ("name", "Blue key")]),
    ),
    (
        "/api/security/remove_security_key",
        Scope::Account,
        Form(&[("id", "not-an-id"), ("password", "not the password")]),
    ),
    (
        "/api/public/auth/begin_key_sign_in",
        Scope::Public,
        Form(&[]),
    ),
    (
        "/api/public/auth/finish_key_sign_in",
        Scope::Public,
        Form(&[("credential", "{}")]),
    ),
    ("/api/auth/log_out", Scope::Account, Form(&[])),
    ("/api/account/get_shell", Scope::Account, Form(&[])),
    (
        "/api/account/update_profile",
        Scope::Account,
        Form(&[
            ("name", "Bruno"),
            ("lang", "de"),
            ("country", "CH"),
            ("time_zone", "Europe/Zurich"),
        ]),
    ),
    (
        "/api/account/set_language",
        Scope::Account,
        Form(&[("lang", "it")]),
    ),
    (
        "/api/orgs/create_org",
        Scope::Account,
        Form(&[("name", "Bruno Zwei"), ("country", "CH")]),
    ),
    ("/api/orgs/list_my_orgs", Scope::Account, Form(&[])),
    ("/api/account/list_sessions", Scope::Account, Form(&[])),
    ("/api/account/list_activity", Scope::Account, Form(&[])),
    (
        "/api/account/revoke_session",
        Scope::Account,
        Form(&[("session", "{session}")]),
    ),
    (
        "/api/account/revoke_other_sessions",
        Scope::Account,
        Form(&[]),
    ),
    (
        "/api/orgs/get_dashboard",
        Scope::Organisation(Member(ProductAndInvoice)),
        Form(&[("org", "{org}")]),
    ),
    (
        "/api/orgs/leave_org",
        Scope::Organisation(Member(Nothing)),
        Form(&[("org", "{org}")]),
    ),
    (
        "/api/members/list_members",
        Scope::Organisation(Manager),
        Json(r#"{"org":"{org}","query":{}}"#),
    ),
    (
        "/api/members/get_member",
        Scope::Organisation(Manager),
        Form(&[("org", "{org}"), ("member", "{member}")]),
    ),
    (
        "/api/members/get_access_choices",
        Scope::Organisation(Manager),
        Form(&[("org", "{org}")]),
    ),
    (
        "/api/members/update_member",
        Scope::Organisation(Manager),
        Json(
            r#"{"org":"{org}","member":"{member}","rights":{"role":"external","billing_right":false,"technical_right":false,"products":["{product}"]},"contact_prefs":[]}"#,
        ),
    ),
    (
        "/api/members/remove_members",
        Scope::Organisation(Manager),
        Json(r#"{"org":"{org}","members":["{member}"]}"#),
    ),
    (
        "/api/products/list_products",
        Scope::Organisation(Member(Product)),
        Json(r#"{"org":"{org}","query":{"search":"anna"}}"#),
    ),
    (
        "/api/products/check_domain",
        Scope::Organisation(Manager),
        Form(&[("org", "{org}"), ("name", "probe.ch")]),
    ),
    (
        "/api/invoices/list_invoices",
        Scope::Organisation(Manager),
        Form(&[("org", "{org}"), ("page", "1")]),
    ),
    (
        "/api/orders/get_accounting_counts",
        Scope::Organisation(Manager),
        Form(&[("org", "{org}")]),
    ),
    (
        "/api/orders/list_to_pay",
        Scope::Organisation(Manager),
        Form(&[("org", "{org}"), ("show_all", "true")]),
    ),
    (
        "/api/orders/get_prepaid_account",
        Scope::Organisation(Manager),
        Form(&[("org", "{org}"), ("page", "1")]),
    ),
    (
        "/api/orders/deposit_prepaid",
        Scope::Organisation(Manager),
        Form(&[
            ("org", "{org}"),
            ("amount", "50"),
            ("method", "card"),
            ("key", "isolation-probe"),
        ]),
    ),
    (
        "/api/orders/get_order_form",
        Scope::Organisation(Manager),
        Form(&[("org", "{org}")]),
    ),
    (
        "/api/orders/quote_order",
        Scope::Organisation(Manager),
        Json(
            r#"{"org":"{org}","request":{"lines":[{"kind":"domain","name":"probe.ch","period":12}],"payment":"card"}}"#,
        ),
    ),
    (
        "/api/orders/place_order",
        Scope::Organisation(Manager),
        Json(
            r#"{"org":"{org}","request":{"lines":[{"kind":"web-hosting","name":"Probe","period":12}],"payment":"card"},"request_key":"isolation-probe"}"#,
        ),
    ),
    (
        "/api/orders/get_order_detail",
        Scope::Organisation(Manager),
        Form(&[
            ("org", "{org}"),
            ("order", "0190c6d2-7f1e-7a7b-9d7e-1b2c3d4e5f60"),
        ]),
    ),
    (
        "/api/orders/list_orders",
        Scope::Organisation(Manager),
        Form(&[("org", "{org}"), ("page", "1")]),
    ),
    (
        "/api/orders/pay_order",
        Scope::Organisation(Manager),
        Form(&[
            ("org", "{org}"),
            ("order", "0190c6d2-7f1e-7a7b-9d7e-1b2c3d4e5f60"),
            ("method", "card"),
            ("use_prepaid", "false"),
            ("save", "false"),
            ("key", "isolation-probe"),
        ]),
    ),
    (
        "/api/orders/list_saved_methods",
        Scope::Organisation(Manager),
        Form(&[("org", "{org}")]),
    ),
    (
        "/api/orders/set_default_method",
        Scope::Organisation(Manager),
        Form(&[
            ("org", "{org}"),
            ("method", "0190c6d2-7f1e-7a7b-9d7e-1b2c3d4e5f60"),
        ]),
    ),
    (
        "/api/orders/remove_saved_method",
        Scope::Organisation(Manager),
        Form(&[
            ("org", "{org}"),
            ("method", "0190c6d2-7f1e-7a7b-9d7e-1b2c3d4e5f60"),
        ]),
    ),
    (
        "/api/orders/set_price_display",
        Scope::Account,
        Form(&[("include_tax", "true")]),
    ),
    (
        "/api/products/add_mail_address",
        Scope::Organisation(Granted),
        Form(&[
            ("org", "{org}"),
            ("product", "{product}"),
            ("address", "spy@example.ch"),
        ]),
    ),
    (
        "/api/products/remove_mail_address",
        Scope::Organisation(Granted),
        Form(&[
            ("org", "{org}"),
            ("product", "{product}"),
            ("address", "0190aaaa-0000-7000-8000-000000000000"),
        ]),
    ),
    (
        "/api/account/choose_login_email",
        Scope::Account,
        Form(&[("email", "new@example.org")]),
    ),
    (
        "/api/products/get_product",
        Scope::Organisation(Granted),
        Form(&[("org", "{org}"), ("product", "{product}")]),
    ),
    (
        "/api/products/rename_product",
        Scope::Organisation(Granted),
        Form(&[
            ("org", "{org}"),
            ("product", "{product}"),
            ("name", "Hijacked"),
        ]),
    ),
    (
        "/api/products/set_auto_renewal",
        Scope::Organisation(Granted),
        Form(&[("org", "{org}"), ("product", "{product}"), ("on", "false")]),
    ),
    (
        "/api/products/set_management_block",
        Scope::Organisation(Manager),
        Form(&[
            ("org", "{org}"),
            ("product", "{product}"),
            ("blocked", "true"),
        ]),
    ),
    (
        "/api/products/set_maintenance",
        Scope::Organisation(Manager),
        Form(&[("org", "{org}"), ("product", "{product}"), ("on", "true")]),
    ),
    (
        "/api/teams/get_teams",
        Scope::Organisation(Manager),
        Form(&[("org", "{org}")]),
    ),
    (
        "/api/teams/create_team",
        Scope::Organisation(Manager),
        Form(&[("org", "{org}"), ("name", "Intruders")]),
    ),
    (
        "/api/teams/rename_team",
        Scope::Organisation(Manager),
        Form(&[("org", "{org}"), ("team", "{team}"), ("name", "Taken")]),
    ),
    (
        "/api/teams/delete_team",
        Scope::Organisation(Manager),
        Form(&[("org", "{org}"), ("team", "{team}")]),
    ),
    (
        "/api/teams/set_team_contents",
        Scope::Organisation(Manager),
        Json(r#"{"org":"{org}","team":"{team}","members":[],"products":["{product}"]}"#),
    ),
    (
        "/api/invitations/create_invitation",
        Scope::Organisation(Manager),
        Json(
            r#"{"org":"{org}","email":"spy@example.ch","rights":{"role":"administrator","billing_right":true,"technical_right":true},"lang":"en"}"#,
        ),
    ),
    (
        "/api/invitations/list_invitations",
        Scope::Organisation(Manager),
        Form(&[("org", "{org}")]),
    ),
    (
        "/api/invitations/resend_invitation",
        Scope::Organisation(Manager),
        Form(&[("org", "{org}"), ("invitation", "{invitation}")]),
    ),
    (
        "/api/invitations/revoke_invitation",
        Scope::Organisation(Manager),
        Form(&[("org", "{org}"), ("invitation", "{invitation}")]),
    ),
    (
        "/api/public/invitations/get_invitation",
        Scope::Public,
        Form(&[("token", "not-a-token")]),
    ),
    (
        "/api/invitations/accept_invitation",
        Scope::Account,
        Form(&[("token", "not-a-token")]),
    ),
    (
        "/api/organisation/get_org_details",
        Scope::Organisation(Member(Nothing)),
        Form(&[("org", "{org}")]),
    ),
    (
        "/api/organisation/update_org",
        Scope::Organisation(Manager),
        Form(&[
            ("org", "{org}"),
            ("name", "Hijacked"),
            ("street", "Street 1"),
            ("postal_code", "1000"),
            ("city", "Lausanne"),
            ("country", "FR"),
        ]),
    ),
    (
        "/api/organisation/add_billing_address",
        Scope::Organisation(Manager),
        Form(&[
            ("org", "{org}"),
            ("name", "Spy"),
            ("email", "spy@example.ch"),
            ("street", "Street 1"),
            ("postal_code", "1000"),
            ("city", "Lausanne"),
            ("country", "CH"),
        ]),
    ),
    (
        "/api/organisation/remove_billing_address",
        Scope::Organisation(Manager),
        Form(&[("org", "{org}"), ("address", "{address}")]),
    ),
    (
        "/api/organisation/upload_logo",
        Scope::Organisation(Manager),
        Json(r#"{"org":"{org}","data":"aGVsbG8="}"#),
    ),
    (
        "/api/organisation/remove_logo",
        Scope::Organisation(Manager),
        Form(&[("org", "{org}")]),
    ),
    (
        "/api/organisation/get_deletion_check",
        Scope::Organisation(Manager),
        Form(&[("org", "{org}")]),
    ),
    (
        "/api/organisation/delete_org",
        Scope::Organisation(Manager),
        Form(&[
            ("org", "{org}"),
            ("password", "correct horse battery staple"),
        ]),
    ),
    (
        "/api/organisation/set_two_factor_required",
        Scope::Organisation(Manager),
        Form(&[("org", "{org}"), ("required", "false")]),
    ),
    (
        "/api/members/send_security_alert",
        Scope::Organisation(Manager),
        Form(&[("org", "{org}"), ("member", "{member}")]),
    ),
    (
        "/api/organisation/get_succession",
        Scope::Organisation(Member(Nothing)),
        Form(&[("org", "{org}")]),
    ),
    (
        "/api/organisation/start_succession",
        Scope::Organisation(Manager),
        Form(&[
            ("org", "{org}"),
            ("successor", "{member}"),
            ("password", "correct horse battery staple"),
        ]),
    ),
    (
        "/api/organisation/accept_succession",
        Scope::Organisation(Own),
        Form(&[("org", "{org}")]),
    ),
    (
        "/api/organisation/cancel_succession",
        Scope::Organisation(Own),
        Form(&[("org", "{org}")]),
    ),
];

const SECRET_ORG: &str = "Anna Secret AG";
const SECRET_PRODUCT: &str = "anna-secret.ch";
const SECRET_INVOICE: &str = "SECRET-0001";
const SECRET_TEAM: &str = "Anna Secret Team";
const SECRET_INVITEE: &str = "invitee@anna-secret.ch";
const SECRET_ADDRESS: &str = "Anna Secret Accounting";

/// Ids that sample calls refer to, all in Anna's organisation.
struct Fixture {
    org: String,
    member: String,
    team: String,
    invitation: String,
    product: String,
    address: String,
    session: String,
}

impl Fixture {
    fn fill(&self, text: &str, org: &str) -> String {
        text.replace("{org}", org)
            .replace("{member}", &self.member)
            .replace("{team}", &self.team)
            .replace("{invitation}", &self.invitation)
            .replace("{product}", &self.product)
            .replace("{address}", &self.address)
            .replace("{session}", &self.session)
    }

    /// Calls `endpoint` with its sample arguments, aimed at organisation `org`.
    fn call(
        &self,
        client: &mut Client,
        endpoint: &str,
        body: Body,
        org: &str,
    ) -> support::Response {
        match body {
            Form(pairs) => {
                let filled: Vec<(String, String)> = pairs
                    .iter()
                    .map(|(k, v)| ((*k).to_owned(), self.fill(v, org)))
                    .collect();
                let refs: Vec<(&str, &str)> = filled
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.as_str()))
                    .collect();
                client.call(endpoint, &refs)
            }
            Json(json) => {
                let value: serde_json::Value = serde_json::from_str(&self.fill(json, org)).unwrap();
                client.call_json(endpoint, &value)
            }
        }
    }
}

fn assert_leaks_nothing(endpoint: &str, body: &str) {
    for secret in [
        SECRET_ORG,
        SECRET_PRODUCT,
        SECRET_INVOICE,
        SECRET_TEAM,
        SECRET_INVITEE,
    ] {
        assert!(
            !body.contains(secret),
            "{endpoint} revealed {secret}: {body}"
        );
    }
}

async fn user_id(db: &db::Db, email: &str) -> domain::UserId {
    db::users::find_by_email(db, email)
        .await
        .unwrap()
        .unwrap()
        .id
}

/// Anna's scope in her organisation, straight from the database (setup, not under test).
async fn anna_scope(db: &db::Db, org: &str) -> OrgScope {
    let anna = user_id(db, "anna@example.ch").await;
    OrgScope::authorize(
        db,
        anna,
        org.parse::<OrgId>().unwrap(),
        Permission::OrgUpdate,
    )
    .await
    .unwrap()
}

/// Anna's organisation with a product, an invoice, a team and an invitation; Bruno in his
/// own organisation.
fn populate(server: &TestServer) -> (Client, Client, String, Fixture) {
    let mut anna = server.client();
    let org = sign_up(&mut anna, "Anna", "anna@example.ch", SECRET_ORG, "CH");
    let mut bruno = server.client();
    let bruno_org = sign_up(&mut bruno, "Bruno", "bruno@example.ch", "Bruno GmbH", "CH");
    let rt = tokio::runtime::Handle::current();
    let fixture = rt.block_on(async {
        let db = &server.db.db;
        let scope = anna_scope(db, &org).await;
        let product = db::products::insert(
            db,
            &scope,
            db::products::NewProduct {
                kind: "domain",
                name: SECRET_PRODUCT,
                status: domain::status::ProductStatus::Active,
                expires_at: None,
                auto_renew: true,
            },
        )
        .await
        .unwrap();
        db::invoices::insert(
            db,
            &scope,
            db::invoices::NewInvoice {
                number: SECRET_INVOICE,
                status: domain::status::InvoiceStatus::Unpaid,
                total_minor: 1,
                issued_at: 1,
                due_at: 2,
                paid_at: None,
            },
        )
        .await
        .unwrap();
        let team = db::teams::create(db, &scope, SECRET_TEAM).await.unwrap();
        let rights = domain::dto::Rights {
            role: Role::Collaborator,
            billing_right: false,
            technical_right: false,
            products: vec![product],
            teams: vec![team],
        };
        let mail = db::outbox::NewMail {
            recipient: SECRET_INVITEE,
            lang: "en",
            kind: "invitation",
            subject: "s",
            body_text: "b",
        };
        let mut tx = db.begin().await.unwrap();
        let invitation = db::invitations::create(
            &mut tx,
            &scope,
            SECRET_INVITEE,
            &rights,
            "secret-hash",
            mail,
        )
        .await
        .unwrap();
        tx.commit().await.unwrap();
        let postal = domain::dto::PostalAddress {
            street: "Secret Street 1".into(),
            postal_code: "8000".into(),
            city: "Zurich".into(),
            country: "CH".into(),
        };
        let address = db::org_settings::add_billing_address(
            db,
            &scope,
            SECRET_ADDRESS,
            "billing@anna-secret.ch",
            &postal,
            None,
        )
        .await
        .unwrap();
        Fixture {
            session: String::new(),
            address: address.to_string(),
            org: org.clone(),
            member: scope.user_id().to_string(),
            team: team.to_string(),
            invitation: invitation.to_string(),
            product: product.to_string(),
        }
    });
    let mut fixture = fixture;
    let sessions = anna.call("/api/account/list_sessions", &[]);
    fixture.session = sessions.json()[0]["id"].as_str().unwrap().to_owned();
    (anna, bruno, bruno_org, fixture)
}

fn every_endpoint_is_in_the_table(_: &TestServer) {
    let registered: Vec<&str> = server_fn::axum::server_fn_paths().map(|(p, _)| p).collect();
    for path in &registered {
        assert!(
            ENDPOINTS.iter().any(|(e, _, _)| e == path),
            "{path} has no entry in the isolation table"
        );
    }
    for (endpoint, _, _) in ENDPOINTS {
        assert!(
            registered.contains(endpoint),
            "{endpoint} is in the table but not registered"
        );
    }
}

/// Account-scoped calls last: log_out ends the caller's session.
fn in_safe_order() -> Vec<(&'static str, Scope, Body)> {
    let mut order: Vec<_> = ENDPOINTS.to_vec();
    order.sort_by_key(|(e, _, _)| e.ends_with("log_out"));
    order
}

fn outsiders_get_nothing(server: &TestServer) {
    let (mut anna, mut bruno, bruno_org, fixture) = populate(server);
    let mut anonymous = server.client();
    for (endpoint, scope, body) in in_safe_order() {
        match scope {
            Scope::Public => {
                // Reachable anonymously: answered (even if with a validation error), never 401.
                let r = fixture.call(&mut anonymous, endpoint, body, &fixture.org);
                assert_ne!(r.status, 401, "{endpoint} is public");
                assert_leaks_nothing(endpoint, &r.body);
            }
            Scope::Account => {
                let r = fixture.call(&mut anonymous, endpoint, body, &fixture.org);
                assert_eq!(r.status, 401, "{endpoint}");
                let r = fixture.call(&mut bruno, endpoint, body, &fixture.org);
                assert!(r.status < 500, "{endpoint}: {}", r.status);
                assert_leaks_nothing(endpoint, &r.body);
            }
            Scope::Organisation(_) => {
                let r = fixture.call(&mut anonymous, endpoint, body, &fixture.org);
                assert_eq!(r.status, 401, "{endpoint}");
                let r = fixture.call(&mut bruno, endpoint, body, &fixture.org);
                assert_eq!(
                    r.status, 404,
                    "{endpoint} as a member of another organisation"
                );
                assert_eq!(r.code(), "not-found", "{endpoint}");
                assert_leaks_nothing(endpoint, &r.body);
                // In his own organisation, Anna's ids match nothing of hers.
                let own = fixture.call(&mut bruno, endpoint, body, &bruno_org);
                assert!(own.status < 500, "{endpoint}: {}", own.status);
                assert_leaks_nothing(endpoint, &own.body);
            }
        }
    }
    // Nothing of Anna's changed.
    let details = anna.call(
        "/api/organisation/get_org_details",
        &[("org", &fixture.org)],
    );
    assert!(details.body.contains(SECRET_ORG) && details.body.contains(SECRET_ADDRESS));
    let teams = anna.call("/api/teams/get_teams", &[("org", &fixture.org)]);
    assert!(teams.body.contains(SECRET_TEAM) && teams.body.contains(&fixture.member));
    let invitations = anna.call(
        "/api/invitations/list_invitations",
        &[("org", &fixture.org)],
    );
    assert!(
        invitations.body.contains(r#""status":"pending""#),
        "{}",
        invitations.body
    );
    let dashboard = anna.call("/api/orgs/get_dashboard", &[("org", &fixture.org)]);
    assert!(dashboard.body.contains(r#""role":"legal-representative""#));
    assert!(dashboard.body.contains(r#""member_count":1"#));
}

fn collaborators_without_grants_get_nothing_more(server: &TestServer) {
    let (mut anna, mut bruno, _, fixture) = populate(server);
    let rt = tokio::runtime::Handle::current();
    rt.block_on(async {
        let db = &server.db.db;
        let scope = anna_scope(db, &fixture.org).await;
        let bruno_id = user_id(db, "bruno@example.ch").await;
        db::members::add(db, &scope, bruno_id, Role::Collaborator)
            .await
            .unwrap();
    });
    for (endpoint, scope, body) in ENDPOINTS {
        let Scope::Organisation(needs) = scope else {
            continue;
        };
        if endpoint.ends_with("leave_org") {
            continue; // leaving is every member's own right
        }
        let r = fixture.call(&mut bruno, endpoint, *body, &fixture.org);
        match needs {
            Member(_) => assert_eq!(r.status, 200, "{endpoint}: {}", r.body),
            Own => assert!(r.status == 200 || r.status == 409, "{endpoint}: {}", r.body),
            Manager | Granted => {
                assert_eq!(r.status, 403, "{endpoint}: {}", r.body);
                assert_eq!(r.code(), "forbidden", "{endpoint}");
            }
        }
        for secret in [
            SECRET_PRODUCT,
            SECRET_INVOICE,
            SECRET_TEAM,
            SECRET_INVITEE,
            SECRET_ADDRESS,
        ] {
            assert!(
                !r.body.contains(secret),
                "{endpoint} showed {secret} to a collaborator without grants"
            );
        }
        if let Member(holds) = needs {
            // The legal representative does see them: the data is there to leak.
            let full = fixture.call(&mut anna, endpoint, *body, &fixture.org);
            let product = full.body.contains(SECRET_PRODUCT);
            let invoice = full.body.contains(SECRET_INVOICE);
            match holds {
                Nothing => {}
                Product => assert!(product, "{endpoint}"),
                ProductAndInvoice => assert!(product && invoice, "{endpoint}"),
            }
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tenant_isolation() {
    support::on_each_backend(every_endpoint_is_in_the_table).await;
    support::on_each_backend(outsiders_get_nothing).await;
    support::on_each_backend(collaborators_without_grants_get_nothing_more).await;
}
