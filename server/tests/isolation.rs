//! Tenant isolation, endpoint by endpoint. Every registered server function must have an
//! entry in `ENDPOINTS`; a new function without one fails this suite. For each entry the test
//! proves what a caller from outside may see: anonymous → unauthenticated (except public
//! ones), a member of another organisation → not found with none of its data, a collaborator
//! without grants → none of the organisation's products or invoices.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use db::OrgScope;
use domain::{OrgId, Permission, Role};
use support::{sign_up, Client, TestServer};

/// How an endpoint is reached and what it is scoped to.
#[derive(Clone, Copy)]
enum Scope {
    /// Reachable without a session.
    Public,
    /// Acts on the caller's own account only.
    Account,
    /// Acts on the organisation named by its `org` argument.
    Organisation,
}

/// Form arguments of a sample call.
type Args = &'static [(&'static str, &'static str)];

/// Every server function, with sample arguments (`{org}` is replaced by an organisation id).
const ENDPOINTS: &[(&str, Scope, Args)] = &[
    ("/api/public/auth/sign_up", Scope::Public, &[]),
    ("/api/public/auth/log_in", Scope::Public, &[]),
    ("/api/auth/log_out", Scope::Account, &[]),
    ("/api/account/get_shell", Scope::Account, &[]),
    (
        "/api/account/update_profile",
        Scope::Account,
        &[
            ("name", "Bruno"),
            ("lang", "de"),
            ("country", "CH"),
            ("time_zone", "Europe/Zurich"),
        ],
    ),
    (
        "/api/account/set_language",
        Scope::Account,
        &[("lang", "it")],
    ),
    (
        "/api/orgs/create_org",
        Scope::Account,
        &[("name", "Bruno Zwei"), ("country", "CH")],
    ),
    ("/api/orgs/list_my_orgs", Scope::Account, &[]),
    (
        "/api/orgs/get_dashboard",
        Scope::Organisation,
        &[("org", "{org}")],
    ),
    (
        "/api/orgs/leave_org",
        Scope::Organisation,
        &[("org", "{org}")],
    ),
];

const SECRET_ORG: &str = "Anna Secret AG";
const SECRET_PRODUCT: &str = "anna-secret.ch";
const SECRET_INVOICE: &str = "SECRET-0001";

fn args<'a>(pairs: &'a [(&'a str, &'a str)], org: &'a str) -> Vec<(&'a str, &'a str)> {
    pairs
        .iter()
        .map(|(k, v)| (*k, if *v == "{org}" { org } else { *v }))
        .collect()
}

fn assert_leaks_nothing(endpoint: &str, body: &str) {
    for secret in [SECRET_ORG, SECRET_PRODUCT, SECRET_INVOICE] {
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

/// Anna's organisation with a product and an invoice; Bruno in his own organisation.
fn populate(server: &TestServer) -> (Client, Client, String) {
    let mut anna = server.client();
    let org = sign_up(&mut anna, "Anna", "anna@example.ch", SECRET_ORG, "CH");
    let mut bruno = server.client();
    sign_up(&mut bruno, "Bruno", "bruno@example.ch", "Bruno GmbH", "CH");
    let rt = tokio::runtime::Handle::current();
    rt.block_on(async {
        let db = &server.db.db;
        let scope = anna_scope(db, &org).await;
        db::products::insert(
            db,
            &scope,
            db::products::NewProduct {
                kind: "domain",
                name: SECRET_PRODUCT,
                status: "active",
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
                status: "unpaid",
                total_minor: 1,
                issued_at: 1,
                due_at: 2,
                paid_at: None,
            },
        )
        .await
        .unwrap();
    });
    (anna, bruno, org)
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

fn outsiders_get_nothing(server: &TestServer) {
    let (_anna, mut bruno, org) = populate(server);
    let mut anonymous = server.client();
    // Account-scoped calls last: log_out ends Bruno's session.
    let mut order: Vec<_> = ENDPOINTS.to_vec();
    order.sort_by_key(|(e, _, _)| e.ends_with("log_out"));
    for (endpoint, scope, sample) in order {
        let call_args = args(sample, &org);
        match scope {
            Scope::Public => {
                // Reachable anonymously: answered (even if with a validation error), never 401.
                assert_ne!(
                    anonymous.call(endpoint, &call_args).status,
                    401,
                    "{endpoint} is public"
                );
            }
            Scope::Account => {
                let r = anonymous.call(endpoint, &call_args);
                assert_eq!(r.status, 401, "{endpoint}");
                let r = bruno.call(endpoint, &call_args);
                assert!(r.status < 500, "{endpoint}: {}", r.status);
                assert_leaks_nothing(endpoint, &r.body);
            }
            Scope::Organisation => {
                let r = anonymous.call(endpoint, &call_args);
                assert_eq!(r.status, 401, "{endpoint}");
                let r = bruno.call(endpoint, &call_args);
                assert_eq!(
                    r.status, 404,
                    "{endpoint} as a member of another organisation"
                );
                assert_eq!(r.code(), "not-found", "{endpoint}");
                assert_leaks_nothing(endpoint, &r.body);
            }
        }
    }
}

fn collaborators_without_grants_see_no_products_or_invoices(server: &TestServer) {
    let (mut anna, mut bruno, org) = populate(server);
    let rt = tokio::runtime::Handle::current();
    rt.block_on(async {
        let db = &server.db.db;
        let scope = anna_scope(db, &org).await;
        let bruno_id = user_id(db, "bruno@example.ch").await;
        db::members::add(db, &scope, bruno_id, Role::Collaborator)
            .await
            .unwrap();
    });
    for (endpoint, scope, sample) in ENDPOINTS {
        if let Scope::Organisation = scope {
            if endpoint.ends_with("leave_org") {
                continue; // leaving is every member's own right
            }
            let r = bruno.call(endpoint, &args(sample, &org));
            assert!(
                r.status == 200 || r.status == 403,
                "{endpoint}: {}",
                r.status
            );
            for secret in [SECRET_PRODUCT, SECRET_INVOICE] {
                assert!(
                    !r.body.contains(secret),
                    "{endpoint} showed {secret} to a collaborator without grants"
                );
            }
            // The legal representative does see them: the data is there to leak.
            let full = anna.call(endpoint, &args(sample, &org));
            assert!(
                full.body.contains(SECRET_PRODUCT) && full.body.contains(SECRET_INVOICE),
                "{endpoint}"
            );
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tenant_isolation() {
    support::on_each_backend(every_endpoint_is_in_the_table).await;
    support::on_each_backend(outsiders_get_nothing).await;
    support::on_each_backend(collaborators_without_grants_see_no_products_or_invoices).await;
}
