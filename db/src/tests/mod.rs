//! Repository tests, run against SQLite and PostgreSQL alike.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::testing::{backends, TestDb};
use crate::{invoices, members, orgs, outbox, products, sessions, users, Db, OrgScope};
use domain::datetime::Region;
use domain::{AppError, Lang, OrgId, Permission, Role, UserId};

/// Runs one repository call as its own use case: in a transaction, committed on success.
macro_rules! in_tx {
    ($db:expr, $tx:ident => $call:expr) => {{
        let mut $tx = $db.begin().await.unwrap();
        let result = $call;
        if result.is_ok() {
            $tx.commit().await.unwrap();
        }
        result
    }};
}

async fn sign_up(db: &Db, email: &str, name: &str) -> (UserId, OrgId) {
    let region = Region {
        lang: Lang::De,
        country: "CH".into(),
        time_zone: "Europe/Zurich".into(),
    };
    in_tx!(db, tx => users::sign_up(
        &mut tx,
        users::NewUser {
            email,
            name,
            password_hash: "hash",
            region: &region,
        },
        name,
        "CH",
    )
    .await)
    .unwrap()
}

/// Runs `test` once per backend on a fresh database.
macro_rules! on_each_backend {
    ($test:ident) => {
        for backend in backends() {
            let t = TestDb::new(backend).await;
            $test(&t.db).await;
            t.cleanup().await;
        }
    };
}

async fn sign_up_creates_user_and_legal_rep_org(db: &Db) {
    let (user, org) = sign_up(db, "anna@example.ch", "Anna Muster").await;
    let stored = users::find_by_email(db, "anna@example.ch")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.id, user);
    assert_eq!(stored.region.lang, Lang::De);
    assert_eq!(stored.last_org, Some(org));
    let mine = orgs::list_for_user(db, user).await.unwrap();
    assert_eq!(mine.len(), 1);
    assert_eq!(mine[0].role, Role::LegalRepresentative);
    assert_eq!(mine[0].currency, "CHF");
}

async fn duplicate_email_changes_nothing(db: &Db) {
    let (first, _) = sign_up(db, "dup@example.ch", "First").await;
    let region = Region::default();
    let err = in_tx!(db, tx => users::sign_up(
        &mut tx,
        users::NewUser {
            email: "dup@example.ch",
            name: "Second",
            password_hash: "h",
            region: &region,
        },
        "Second Org",
        "FR",
    )
    .await)
    .unwrap_err();
    assert_eq!(err.field_code("email"), Some("email-taken"));
    // The failed sign-up left no organisation behind.
    let orgs_total: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM organisations")
        .fetch_one(db.pool())
        .await
        .unwrap();
    assert_eq!(orgs_total, 1);
    assert_eq!(users::get(db, first).await.unwrap().unwrap().name, "First");
}

async fn foreign_and_missing_orgs_are_indistinguishable(db: &Db) {
    let (anna, _) = sign_up(db, "anna@example.ch", "Anna").await;
    let (_, bruno_org) = sign_up(db, "bruno@example.ch", "Bruno").await;
    let foreign = OrgScope::authorize(db, anna, bruno_org, Permission::OrgView).await;
    let missing =
        OrgScope::authorize(db, anna, OrgId(uuid::Uuid::now_v7()), Permission::OrgView).await;
    assert_eq!(foreign.unwrap_err(), AppError::NotFound);
    assert_eq!(missing.unwrap_err(), AppError::NotFound);
}

async fn collaborators_cannot_read_invoices(db: &Db) {
    let (owner, org) = sign_up(db, "owner@example.ch", "Owner").await;
    let (helper, _) = sign_up(db, "helper@example.ch", "Helper").await;
    let owner_scope = OrgScope::authorize(db, owner, org, Permission::MemberInvite)
        .await
        .unwrap();
    members::add(db, &owner_scope, helper, Role::Collaborator)
        .await
        .unwrap();
    invoices::insert(
        db,
        &owner_scope,
        invoices::NewInvoice {
            number: "2027-0001",
            status: domain::status::InvoiceStatus::Unpaid,
            total_minor: 12_345,
            issued_at: 1,
            due_at: 2,
            paid_at: None,
        },
    )
    .await
    .unwrap();
    let helper_scope = OrgScope::authorize(db, helper, org, Permission::OrgView)
        .await
        .unwrap();
    assert_eq!(
        invoices::list_unpaid(db, &helper_scope).await.unwrap_err(),
        AppError::Forbidden
    );
    let unpaid = invoices::list_unpaid(db, &owner_scope).await.unwrap();
    assert_eq!(unpaid.len(), 1);
    assert_eq!(unpaid[0].total.currency.code(), "CHF");
    assert_eq!(
        OrgScope::authorize(db, helper, org, Permission::InvoiceView)
            .await
            .unwrap_err(),
        AppError::Forbidden
    );
}

async fn products_stay_inside_their_org(db: &Db) {
    let (anna, anna_org) = sign_up(db, "anna@example.ch", "Anna").await;
    let (bruno, bruno_org) = sign_up(db, "bruno@example.ch", "Bruno").await;
    let anna_scope = OrgScope::authorize(db, anna, anna_org, Permission::ProductManage)
        .await
        .unwrap();
    products::insert(
        db,
        &anna_scope,
        products::NewProduct {
            kind: "domain",
            name: "anna.ch",
            status: domain::status::ProductStatus::Active,
            expires_at: Some(5),
            auto_renew: true,
        },
    )
    .await
    .unwrap();
    let bruno_scope = OrgScope::authorize(db, bruno, bruno_org, Permission::ProductView)
        .await
        .unwrap();
    assert!(products::list(db, &bruno_scope).await.unwrap().is_empty());
    let listed = products::list(db, &anna_scope).await.unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].name, "anna.ch");
}

async fn limited_members_see_granted_products_and_invoices_with_billing_right(db: &Db) {
    let (owner, org) = sign_up(db, "owner@example.ch", "Owner").await;
    let (helper, _) = sign_up(db, "helper@example.ch", "Helper").await;
    let (other, other_org) = sign_up(db, "other@example.ch", "Other").await;
    let owner_scope = OrgScope::authorize(db, owner, org, Permission::MemberInvite)
        .await
        .unwrap();
    members::add(db, &owner_scope, helper, Role::Collaborator)
        .await
        .unwrap();
    let product = |name: &'static str| products::NewProduct {
        kind: "domain",
        name,
        status: domain::status::ProductStatus::Active,
        expires_at: None,
        auto_renew: false,
    };
    let shop = products::insert(db, &owner_scope, product("shop.ch"))
        .await
        .unwrap();
    products::insert(db, &owner_scope, product("private.ch"))
        .await
        .unwrap();

    let helper_view = |db: &Db| {
        let db = db.clone();
        async move {
            let scope = OrgScope::authorize(&db, helper, org, Permission::OrgView)
                .await
                .unwrap();
            products::list(&db, &scope)
                .await
                .unwrap()
                .into_iter()
                .map(|p| p.name)
                .collect::<Vec<_>>()
        }
    };
    assert!(
        helper_view(db).await.is_empty(),
        "nothing granted, nothing seen"
    );
    products::grant(db, &owner_scope, helper, shop)
        .await
        .unwrap();
    products::grant(db, &owner_scope, helper, shop)
        .await
        .unwrap();
    assert_eq!(helper_view(db).await, vec!["shop.ch"]);
    assert_eq!(
        products::list(db, &owner_scope).await.unwrap().len(),
        2,
        "managers see everything"
    );

    // A product of another organisation, or a non-member, cannot be granted.
    let other_scope = OrgScope::authorize(db, other, other_org, Permission::ProductManage)
        .await
        .unwrap();
    let elsewhere = products::insert(db, &other_scope, product("elsewhere.ch"))
        .await
        .unwrap();
    assert_eq!(
        products::grant(db, &owner_scope, helper, elsewhere)
            .await
            .unwrap_err(),
        AppError::NotFound
    );
    assert_eq!(
        products::grant(db, &owner_scope, other, shop)
            .await
            .unwrap_err(),
        AppError::NotFound
    );
    // A collaborator cannot hand out rights.
    let helper_scope = OrgScope::authorize(db, helper, org, Permission::OrgView)
        .await
        .unwrap();
    assert_eq!(
        products::grant(db, &helper_scope, helper, shop)
            .await
            .unwrap_err(),
        AppError::Forbidden
    );

    // The billing right opens the invoices, and only them.
    assert_eq!(
        OrgScope::authorize(db, helper, org, Permission::InvoiceView)
            .await
            .unwrap_err(),
        AppError::Forbidden
    );
    members::set_billing_right(db, &owner_scope, helper, true)
        .await
        .unwrap();
    let billing = OrgScope::authorize(db, helper, org, Permission::InvoiceView)
        .await
        .unwrap();
    assert!(invoices::list_unpaid(db, &billing)
        .await
        .unwrap()
        .is_empty());
    assert!(!billing.can(Permission::MemberInvite));
    assert_eq!(
        members::set_billing_right(db, &owner_scope, other, true)
            .await
            .unwrap_err(),
        AppError::NotFound
    );
}

async fn last_legal_representative_cannot_leave(db: &Db) {
    let (anna, org) = sign_up(db, "anna@example.ch", "Anna").await;
    let (bruno, _) = sign_up(db, "bruno@example.ch", "Bruno").await;
    let anna_scope = OrgScope::authorize(db, anna, org, Permission::OrgLeave)
        .await
        .unwrap();
    assert_eq!(
        orgs::leave(db, &anna_scope).await.unwrap_err(),
        AppError::conflict("last-legal-representative")
    );
    let mine = orgs::my_organisations(db, anna).await.unwrap();
    assert!(!mine[0].can_leave);

    members::add(db, &anna_scope, bruno, Role::LegalRepresentative)
        .await
        .unwrap();
    assert!(orgs::my_organisations(db, anna).await.unwrap()[0].can_leave);
    orgs::leave(db, &anna_scope).await.unwrap();
    assert!(orgs::list_for_user(db, anna).await.unwrap().is_empty());
    assert_eq!(users::get(db, anna).await.unwrap().unwrap().last_org, None);
    // Bruno, now the only legal representative, is held back in turn.
    let bruno_scope = OrgScope::authorize(db, bruno, org, Permission::OrgLeave)
        .await
        .unwrap();
    assert!(orgs::leave(db, &bruno_scope).await.is_err());
}

async fn sessions_expire_when_idle_or_old(db: &Db) {
    let (anna, _) = sign_up(db, "anna@example.ch", "Anna").await;
    in_tx!(db, tx => sessions::create(&mut tx, "short", anna, false, &Default::default()).await)
        .unwrap();
    in_tx!(db, tx => sessions::create(&mut tx, "kept", anna, true, &Default::default()).await)
        .unwrap();
    assert_eq!(
        sessions::resolve(db, "short")
            .await
            .unwrap()
            .unwrap()
            .user
            .id,
        anna
    );

    let three_hours = 3 * 3_600_000;
    db.clock().advance(three_hours);
    assert!(sessions::resolve(db, "short").await.unwrap().is_none());
    assert!(sessions::resolve(db, "kept").await.unwrap().is_some());
    // The expired one was removed, the kept one remains.
    assert_eq!(sessions::count_for_user(db, anna).await.unwrap(), 1);

    db.clock().advance(31 * 24 * 3_600_000);
    assert!(sessions::resolve(db, "kept").await.unwrap().is_none());
    assert!(sessions::resolve(db, "unknown").await.unwrap().is_none());
}

async fn additional_orgs_take_the_currency_of_their_country(db: &Db) {
    let (anna, _) = sign_up(db, "anna@example.ch", "Anna").await;
    orgs::create(db, anna, "Anna France", "FR").await.unwrap();
    let mine = orgs::list_for_user(db, anna).await.unwrap();
    let names: Vec<_> = mine
        .iter()
        .map(|o| (o.name.as_str(), o.currency.as_str()))
        .collect();
    assert_eq!(names, vec![("Anna", "CHF"), ("Anna France", "EUR")]);
}

fn mail<'a>(recipient: &'a str) -> outbox::NewMail<'a> {
    outbox::NewMail {
        recipient,
        lang: "fr",
        kind: "test",
        subject: "Objet",
        body_text: "Texte",
    }
}

/// The delivery job's scope: only jobs claim and mark outbox rows.
fn delivery() -> crate::SystemScope {
    crate::SystemScope::job("deliver-mail")
}

async fn outbox_claims_each_mail_once_and_retries_with_backoff(db: &Db) {
    let first = outbox::enqueue(db, mail("a@example.ch")).await.unwrap();
    outbox::enqueue(db, mail("b@example.ch")).await.unwrap();
    let now = db.now_ms() + 1;
    let claimed = outbox::claim_due(db, &delivery(), now, 10, 60_000)
        .await
        .unwrap();
    assert_eq!(claimed.len(), 2);
    // A second mailer (another instance) gets nothing while the lease runs.
    assert!(outbox::claim_due(db, &delivery(), now, 10, 60_000)
        .await
        .unwrap()
        .is_empty());

    let a = claimed
        .iter()
        .find(|m| m.recipient == "a@example.ch")
        .unwrap();
    outbox::mark_failed(db, &delivery(), a, now, "connection refused")
        .await
        .unwrap();
    let b = claimed
        .iter()
        .find(|m| m.recipient == "b@example.ch")
        .unwrap();
    outbox::mark_sent(db, &delivery(), &b.id).await.unwrap();

    let stored = outbox::get(db, first).await.unwrap().unwrap();
    assert_eq!((stored.status.as_str(), stored.attempts), ("pending", 1));
    assert_eq!(stored.next_attempt_at, now + 30_000);
    assert_eq!(stored.last_error.as_deref(), Some("connection refused"));
    // Not due before its retry time, due after it; sent mails never come back.
    assert!(outbox::claim_due(db, &delivery(), now + 29_000, 10, 60_000)
        .await
        .unwrap()
        .is_empty());
    let retry = outbox::claim_due(db, &delivery(), now + 30_000, 10, 60_000)
        .await
        .unwrap();
    assert_eq!(retry.len(), 1);
    assert_eq!(retry[0].recipient, "a@example.ch");

    // After the last allowed attempt the mail is given up, visible to the operator.
    let mut m = retry[0].clone();
    m.attempts = outbox::MAX_ATTEMPTS - 1;
    outbox::mark_failed(db, &delivery(), &m, now, "mailbox unavailable")
        .await
        .unwrap();
    let recent = outbox::recent(db, 10).await.unwrap();
    assert_eq!(
        recent
            .iter()
            .find(|r| r.recipient == "a@example.ch")
            .unwrap()
            .status,
        "failed"
    );
    assert!(
        outbox::claim_due(db, &delivery(), now + 10 * 3_600_000, 10, 60_000)
            .await
            .unwrap()
            .is_empty()
    );
}

#[test]
fn retry_delays_double_up_to_an_hour() {
    let delays: Vec<i64> = (1..=9).map(outbox::retry_delay_ms).collect();
    assert_eq!(&delays[..4], &[30_000, 60_000, 120_000, 240_000]);
    assert_eq!(outbox::retry_delay_ms(40), 3_600_000);
}

#[tokio::test]
async fn mail_outbox() {
    on_each_backend!(outbox_claims_each_mail_once_and_retries_with_backoff);
}

#[tokio::test]
async fn sign_up_flows() {
    on_each_backend!(sign_up_creates_user_and_legal_rep_org);
    on_each_backend!(duplicate_email_changes_nothing);
}

#[tokio::test]
async fn org_scope() {
    on_each_backend!(foreign_and_missing_orgs_are_indistinguishable);
    on_each_backend!(collaborators_cannot_read_invoices);
    on_each_backend!(products_stay_inside_their_org);
    on_each_backend!(limited_members_see_granted_products_and_invoices_with_billing_right);
}

#[tokio::test]
async fn organisation_membership() {
    on_each_backend!(last_legal_representative_cannot_leave);
    on_each_backend!(additional_orgs_take_the_currency_of_their_country);
}

#[tokio::test]
async fn session_lifetimes() {
    on_each_backend!(sessions_expire_when_idle_or_old);
}

mod catalogue;
mod jobs;
mod membership;
mod numbering;
mod offers;
mod organisation;
mod product_section;
mod schema_parity;
