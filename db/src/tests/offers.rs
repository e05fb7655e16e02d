//! Free vouchers and promotion codes on both databases: visible to their organisation only,
//! used once, and limits that hold when orders arrive at the same time.

use super::sign_up;
use crate::testing::{backends, TestDb};
use crate::{members, promotions, vouchers, Db, OrgScope, SystemScope};
use domain::cart::promotion::{Discount, NewPromotion};
use domain::cart::voucher::NewVoucher;
use domain::catalogue::{Period, ProductKind};
use domain::money::{Currency, Money};
use domain::{AppError, OrgId, Permission, Role};
use std::collections::BTreeSet;

const DAY: i64 = 86_400_000;

fn operator() -> SystemScope {
    SystemScope::operator("alice").unwrap()
}

async fn manager(db: &Db, email: &str, name: &str) -> OrgScope {
    let (user, org) = sign_up(db, email, name).await;
    OrgScope::authorize(db, user, org, Permission::ProductManage)
        .await
        .unwrap()
}

fn free_ch_year(expires_at: i64) -> NewVoucher {
    NewVoucher {
        kind: ProductKind::Domain,
        extension: Some(".ch".into()),
        period: Period::YEAR,
        expires_at,
    }
}

async fn grant(
    db: &Db,
    org: OrgId,
    voucher: NewVoucher,
) -> Result<domain::cart::voucher::Voucher, AppError> {
    in_tx!(db, tx => vouchers::grant(&mut tx, &operator(), org, &voucher).await)
}

async fn redeem(
    db: Db,
    scope: OrgScope,
    voucher: domain::cart::voucher::Voucher,
    order: String,
) -> Result<(), AppError> {
    in_tx!(db, tx => vouchers::redeem(&mut tx, &scope, &voucher, &order).await)
}

async fn vouchers_are_their_organisations_and_used_once(db: &Db) {
    let anna = manager(db, "anna@example.ch", "Anna").await;
    let bruno = manager(db, "bruno@example.ch", "Bruno").await;
    let now = db.now_ms();
    let voucher = grant(db, anna.org_id(), free_ch_year(now + 90 * DAY))
        .await
        .unwrap();
    assert_eq!(voucher.granted_by, "operator:alice");
    assert!(voucher.granted_at >= now);
    assert_eq!(
        grant(db, OrgId(uuid::Uuid::now_v7()), free_ch_year(now + DAY))
            .await
            .unwrap_err(),
        AppError::NotFound
    );

    // Only its organisation sees it.
    assert_eq!(
        vouchers::available(db, &anna).await.unwrap(),
        vec![voucher.clone()]
    );
    assert!(vouchers::available(db, &bruno).await.unwrap().is_empty());
    assert_eq!(vouchers::get(db, &bruno, voucher.id).await.unwrap(), None);
    assert_eq!(
        redeem(db.clone(), bruno.clone(), voucher.clone(), "order-b".into())
            .await
            .unwrap_err(),
        AppError::conflict("voucher-other-organisation")
    );
    // A member who may not order cannot use it either.
    let (helper, _) = sign_up(db, "helper@example.ch", "Helper").await;
    let invite = OrgScope::authorize(db, anna.user_id(), anna.org_id(), Permission::MemberInvite)
        .await
        .unwrap();
    members::add(db, &invite, helper, Role::Collaborator)
        .await
        .unwrap();
    let collaborator = OrgScope::authorize(db, helper, anna.org_id(), Permission::OrgView)
        .await
        .unwrap();
    assert_eq!(
        redeem(
            db.clone(),
            collaborator.clone(),
            voucher.clone(),
            "order-c".into()
        )
        .await
        .unwrap_err(),
        AppError::Forbidden
    );
    assert_eq!(
        vouchers::available(db, &collaborator).await.unwrap().len(),
        1
    );

    // Ten orders at once: exactly one uses it.
    let tasks: Vec<_> = (0..10)
        .map(|n| {
            tokio::spawn(redeem(
                db.clone(),
                anna.clone(),
                voucher.clone(),
                format!("order-{n}"),
            ))
        })
        .collect();
    let mut results = Vec::new();
    for task in tasks {
        results.push(task.await.unwrap());
    }
    assert_eq!(
        results.iter().filter(|r| r.is_ok()).count(),
        1,
        "{results:?}"
    );
    for r in results.iter().filter(|r| r.is_err()) {
        assert_eq!(r, &Err(AppError::conflict("voucher-used")));
    }
    assert!(vouchers::available(db, &anna).await.unwrap().is_empty());
    let used = vouchers::get(db, &anna, voucher.id).await.unwrap().unwrap();
    assert!(used.used_at.is_some());
    assert!(used.used_order.as_deref().unwrap().starts_with("order-"));
    assert_eq!(
        redeem(db.clone(), anna.clone(), used.clone(), "again".into())
            .await
            .unwrap_err(),
        AppError::conflict("voucher-used")
    );

    // Expiry is read from the clock.
    let soon = grant(db, anna.org_id(), free_ch_year(db.now_ms() + 1_000))
        .await
        .unwrap();
    assert_eq!(vouchers::available(db, &anna).await.unwrap().len(), 1);
    db.clock().advance(1_000);
    assert!(vouchers::available(db, &anna).await.unwrap().is_empty());
    assert_eq!(
        redeem(db.clone(), anna.clone(), soon, "late".into())
            .await
            .unwrap_err(),
        AppError::conflict("voucher-expired")
    );
    let listed = vouchers::list(db, &operator(), anna.org_id())
        .await
        .unwrap();
    assert_eq!(listed.len(), 2);
    assert!(vouchers::list(db, &operator(), bruno.org_id())
        .await
        .unwrap()
        .is_empty());
    assert_eq!(
        vouchers::organisation_name(db, &operator(), anna.org_id())
            .await
            .unwrap()
            .as_deref(),
        Some("Anna")
    );
    assert_eq!(
        vouchers::organisation_named(db, &operator(), "Bruno")
            .await
            .unwrap(),
        Some(bruno.org_id())
    );

    // Those who pay may order: the billing right lets the collaborator use one.
    members::set_billing_right(db, &invite, helper, true)
        .await
        .unwrap();
    let billing = OrgScope::authorize(db, helper, anna.org_id(), Permission::OrgView)
        .await
        .unwrap();
    let third = grant(db, anna.org_id(), free_ch_year(db.now_ms() + DAY))
        .await
        .unwrap();
    redeem(db.clone(), billing, third, "order-billing".into())
        .await
        .unwrap();
}

fn welcome(now: i64) -> NewPromotion {
    NewPromotion {
        code: "welcome10".into(),
        discount: Discount::Percent {
            basis_points: 1_000,
        },
        periods: 1,
        kinds: Some(BTreeSet::from([
            ProductKind::Domain,
            ProductKind::WebHosting,
        ])),
        valid_from: now,
        valid_until: Some(now + 365 * DAY),
        max_uses: Some(1_000),
        max_per_org: Some(1),
    }
    .check(now)
    .unwrap()
}

async fn create(db: &Db, promotion: NewPromotion) -> Option<domain::cart::promotion::Promotion> {
    in_tx!(db, tx => promotions::create(&mut tx, &operator(), &promotion).await).unwrap()
}

async fn record(db: Db, scope: OrgScope, code: &str, order: String) -> Result<(), AppError> {
    in_tx!(db, tx => promotions::record_use(&mut tx, &scope, code, &order).await)
}

async fn used_count(db: &Db, code: &str) -> u32 {
    promotions::find(db, code)
        .await
        .unwrap()
        .unwrap()
        .used_count
}

async fn codes_are_found_in_any_case_and_limited_per_organisation(db: &Db) {
    let anna = manager(db, "anna@example.ch", "Anna").await;
    let bruno = manager(db, "bruno@example.ch", "Bruno").await;
    let now = db.now_ms();
    let created = create(db, welcome(now)).await.unwrap();
    assert_eq!(created.code, "WELCOME10");
    assert_eq!(created.created_by, "operator:alice");
    assert_eq!(create(db, welcome(now)).await, None, "the code exists");
    let spring = NewPromotion {
        code: "SPRING5".into(),
        discount: Discount::Amount(Money::new(500, Currency::Chf)),
        periods: 3,
        kinds: None,
        valid_from: now + DAY,
        valid_until: None,
        max_uses: None,
        max_per_org: None,
    }
    .check(now)
    .unwrap();
    let spring = create(db, spring).await.unwrap();

    // Stored as created, found in any case.
    assert_eq!(
        promotions::find(db, " Welcome10 ").await.unwrap(),
        Some(created.clone())
    );
    assert_eq!(promotions::find(db, "spring5").await.unwrap(), Some(spring));
    assert_eq!(promotions::find(db, "NOPE1").await.unwrap(), None);
    assert_eq!(promotions::find(db, "x").await.unwrap(), None);
    let listed = promotions::list(db, &operator()).await.unwrap();
    assert_eq!(listed.len(), 2);

    // Once per organisation.
    assert!(promotions::usable(db, &anna, "welcome10").await.is_ok());
    record(db.clone(), anna.clone(), "welcome10", "order-1".into())
        .await
        .unwrap();
    assert_eq!(promotions::uses(db, "WELCOME10", &anna).await.unwrap(), 1);
    assert_eq!(promotions::uses(db, "WELCOME10", &bruno).await.unwrap(), 0);
    let again = AppError::conflict("promotion-already-used");
    assert_eq!(
        promotions::usable(db, &anna, "WELCOME10")
            .await
            .unwrap_err(),
        again
    );
    assert_eq!(
        record(db.clone(), anna.clone(), "WELCOME10", "order-2".into())
            .await
            .unwrap_err(),
        again
    );
    assert_eq!(
        used_count(db, "WELCOME10").await,
        1,
        "the refusal rolled back"
    );
    record(db.clone(), bruno.clone(), "WELCOME10", "order-3".into())
        .await
        .unwrap();
    assert_eq!(used_count(db, "WELCOME10").await, 2);

    // Unknown, not yet valid, expired.
    for (code, reason) in [("NOPE1", "promotion-unknown"), ("x", "promotion-unknown")] {
        assert_eq!(
            record(db.clone(), anna.clone(), code, "order-4".into())
                .await
                .unwrap_err(),
            AppError::conflict(reason)
        );
        assert_eq!(
            promotions::usable(db, &anna, code).await.unwrap_err(),
            AppError::conflict(reason)
        );
    }
    assert_eq!(
        record(db.clone(), anna.clone(), "spring5", "order-5".into())
            .await
            .unwrap_err(),
        AppError::conflict("promotion-not-yet-valid")
    );
    db.clock().advance(DAY);
    record(db.clone(), anna.clone(), "spring5", "order-5".into())
        .await
        .unwrap();
    record(db.clone(), anna.clone(), "spring5", "order-6".into())
        .await
        .unwrap();
    // One order uses a code once.
    assert_eq!(
        record(db.clone(), anna.clone(), "spring5", "order-6".into())
            .await
            .unwrap_err(),
        AppError::conflict("promotion-already-used")
    );
    assert_eq!(used_count(db, "SPRING5").await, 2);
    db.clock().advance(365 * DAY);
    assert_eq!(
        record(db.clone(), bruno.clone(), "welcome10", "order-7".into())
            .await
            .unwrap_err(),
        AppError::conflict("promotion-expired")
    );
}

/// 20 orders at once, each its own transaction, for a code limited to 5 uses (and, with
/// another code, 10 orders of one organisation for a code it may use once).
async fn limits_hold_under_concurrent_orders(db: &Db) {
    let anna = manager(db, "anna@example.ch", "Anna").await;
    let now = db.now_ms();
    let five = NewPromotion {
        code: "FIVE".into(),
        max_uses: Some(5),
        max_per_org: None,
        ..welcome(now)
    };
    create(db, five.check(now).unwrap()).await.unwrap();
    let tasks: Vec<_> = (0..20)
        .map(|n| {
            tokio::spawn(record(
                db.clone(),
                anna.clone(),
                "FIVE",
                format!("order-{n}"),
            ))
        })
        .collect();
    let mut results = Vec::new();
    for task in tasks {
        results.push(task.await.unwrap());
    }
    assert_eq!(
        results.iter().filter(|r| r.is_ok()).count(),
        5,
        "{results:?}"
    );
    for r in results.iter().filter(|r| r.is_err()) {
        assert_eq!(r, &Err(AppError::conflict("promotion-used-up")));
    }
    assert_eq!(used_count(db, "FIVE").await, 5);
    assert_eq!(promotions::uses(db, "FIVE", &anna).await.unwrap(), 5);

    let once = NewPromotion {
        code: "ONCE".into(),
        max_uses: None,
        max_per_org: Some(1),
        ..welcome(now)
    };
    create(db, once.check(now).unwrap()).await.unwrap();
    let tasks: Vec<_> = (0..10)
        .map(|n| {
            tokio::spawn(record(
                db.clone(),
                anna.clone(),
                "once",
                format!("order-{n}"),
            ))
        })
        .collect();
    let mut ok = 0;
    for task in tasks {
        match task.await.unwrap() {
            Ok(()) => ok += 1,
            Err(e) => assert_eq!(e, AppError::conflict("promotion-already-used")),
        }
    }
    assert_eq!(ok, 1);
    assert_eq!(used_count(db, "ONCE").await, 1);
}

#[tokio::test]
async fn free_vouchers() {
    on_each_backend!(vouchers_are_their_organisations_and_used_once);
}

#[tokio::test]
async fn promotion_codes() {
    on_each_backend!(codes_are_found_in_any_case_and_limited_per_organisation);
}

#[tokio::test]
async fn promotion_limits_under_concurrency() {
    for backend in backends() {
        let t = TestDb::new(backend).await;
        limits_hold_under_concurrent_orders(&t.db).await;
        t.cleanup().await;
    }
}
