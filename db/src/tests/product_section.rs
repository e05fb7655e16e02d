//! The Products section's list and a product's changes, on both databases.

use super::sign_up;
use crate::testing::{backends, TestDb};
use crate::{members, product_changes, product_list, products, Db, OrgScope};
use domain::dto::{ProductActor, ProductChange, ProductFilter, ProductQuery, ProductSort, Rights};
use domain::status::ProductStatus;
use domain::{AppError, OrgId, Permission, ProductId, Role, UserId};

const DAY: i64 = 86_400_000;

async fn scope(db: &Db, user: UserId, org: OrgId) -> OrgScope {
    OrgScope::authorize(db, user, org, Permission::OrgView)
        .await
        .unwrap()
}

async fn add(
    db: &Db,
    owner: &OrgScope,
    kind: &str,
    name: &str,
    status: ProductStatus,
    expires_in_days: Option<i64>,
) -> ProductId {
    let now = db.now_ms();
    products::insert(
        db,
        owner,
        products::NewProduct {
            kind,
            name,
            status,
            expires_at: expires_in_days.map(|d| now + d * DAY),
            auto_renew: false,
        },
    )
    .await
    .unwrap()
}

/// Adds a collaborator to `owner`'s organisation with `products` granted.
async fn collaborator(
    db: &Db,
    owner: &OrgScope,
    email: &str,
    technical_right: bool,
    products: Vec<ProductId>,
) -> OrgScope {
    let (user, _) = sign_up(db, email, "Colin Collaborator").await;
    members::add(db, owner, user, Role::Collaborator)
        .await
        .unwrap();
    let rights = Rights {
        role: Role::Collaborator,
        billing_right: false,
        technical_right,
        products,
        teams: Vec::new(),
    };
    in_tx!(db, tx => members::update_rights(&mut tx, owner, user, &rights).await).unwrap();
    let org = owner.org_id();
    scope(db, user, org).await
}

async fn names(db: &Db, scope: &OrgScope, query: ProductQuery) -> Vec<String> {
    product_list::page(db, scope, &query)
        .await
        .unwrap()
        .rows
        .into_iter()
        .map(|r| r.name)
        .collect()
}

async fn the_list_searches_filters_sorts_and_pages(db: &Db) {
    let (owner, org) = sign_up(db, "owner@example.ch", "Olga Owner").await;
    let owner = scope(db, owner, org).await;
    add(
        db,
        &owner,
        "domain",
        "alpha.ch",
        ProductStatus::ExpiringSoon,
        Some(10),
    )
    .await;
    add(
        db,
        &owner,
        "domain",
        "beta_50%.ch",
        ProductStatus::Expired,
        Some(-5),
    )
    .await;
    add(
        db,
        &owner,
        "web-hosting",
        "Shop hosting",
        ProductStatus::Active,
        Some(200),
    )
    .await;
    add(
        db,
        &owner,
        "mail-service",
        "Mail",
        ProductStatus::InMaintenance,
        None,
    )
    .await;
    add(
        db,
        &owner,
        "domain",
        "gone.ch",
        ProductStatus::Terminated,
        Some(3),
    )
    .await;

    // Soonest expiry first, products without an end date last.
    let all = ProductQuery::default();
    assert_eq!(
        names(db, &owner, all.clone()).await,
        ["beta_50%.ch", "gone.ch", "alpha.ch", "Shop hosting", "Mail"]
    );
    let search = |text: &str| ProductQuery {
        search: text.into(),
        ..ProductQuery::default()
    };
    assert_eq!(names(db, &owner, search("ALP")).await, ["alpha.ch"]);
    // `%` and `_` are letters of the search, not wildcards.
    assert_eq!(names(db, &owner, search("_50%")).await, ["beta_50%.ch"]);
    assert!(names(db, &owner, search("a%c")).await.is_empty());
    let kind = ProductQuery {
        kind: Some("web-hosting".into()),
        ..ProductQuery::default()
    };
    assert_eq!(names(db, &owner, kind).await, ["Shop hosting"]);
    // Within 30 days, not past and not terminated.
    let expiring = ProductQuery {
        filter: Some(ProductFilter::ExpiringSoon),
        ..ProductQuery::default()
    };
    assert_eq!(names(db, &owner, expiring).await, ["alpha.ch"]);
    let expired = ProductQuery {
        filter: Some(ProductFilter::Status(ProductStatus::Expired)),
        ..ProductQuery::default()
    };
    assert_eq!(names(db, &owner, expired).await, ["beta_50%.ch"]);
    let by_name = ProductQuery {
        sort: ProductSort::Name,
        descending: true,
        ..ProductQuery::default()
    };
    assert_eq!(
        names(db, &owner, by_name).await,
        ["Shop hosting", "Mail", "gone.ch", "beta_50%.ch", "alpha.ch"]
    );
    // The lifecycle's order, not the alphabet's.
    let by_status = ProductQuery {
        sort: ProductSort::Status,
        ..ProductQuery::default()
    };
    assert_eq!(
        names(db, &owner, by_status).await,
        ["Shop hosting", "alpha.ch", "Mail", "beta_50%.ch", "gone.ch"]
    );
    let second_page = ProductQuery {
        page: 1,
        ..ProductQuery::default()
    };
    let page = product_list::page(db, &owner, &second_page).await.unwrap();
    assert!(page.rows.is_empty());
    assert_eq!(page.total, 5);
}

async fn limited_members_list_only_their_products_and_manage_them_with_the_right(db: &Db) {
    let (owner, org) = sign_up(db, "owner@example.ch", "Olga Owner").await;
    let owner = scope(db, owner, org).await;
    let site = add(
        db,
        &owner,
        "web-hosting",
        "site",
        ProductStatus::Active,
        Some(100),
    )
    .await;
    add(
        db,
        &owner,
        "domain",
        "private.ch",
        ProductStatus::Active,
        Some(100),
    )
    .await;
    let viewer = collaborator(db, &owner, "viewer@example.ch", false, vec![site]).await;
    let technician = collaborator(db, &owner, "tech@example.ch", true, vec![site]).await;

    let seen = product_list::page(db, &viewer, &ProductQuery::default())
        .await
        .unwrap();
    assert_eq!(seen.total, 1);
    assert_eq!(seen.rows[0].name, "site");
    assert!(!seen.rows[0].can_manage);
    let seen = product_list::page(db, &technician, &ProductQuery::default())
        .await
        .unwrap();
    assert!(seen.rows[0].can_manage);
    // A search cannot reach what is not granted.
    let probe = ProductQuery {
        search: "private".into(),
        ..ProductQuery::default()
    };
    assert_eq!(
        product_list::page(db, &technician, &probe)
            .await
            .unwrap()
            .total,
        0
    );

    in_tx!(db, tx => product_changes::set_management_blocked(&mut tx, &owner, site, true).await)
        .unwrap();
    let seen = product_list::page(db, &technician, &ProductQuery::default())
        .await
        .unwrap();
    assert!(seen.rows[0].management_blocked && !seen.rows[0].can_manage);
    let owners = product_list::page(db, &owner, &ProductQuery::default())
        .await
        .unwrap();
    assert!(owners.rows.iter().all(|r| r.can_manage));
}

async fn changes_are_checked_and_recorded_once(db: &Db) {
    let (owner_id, org) = sign_up(db, "owner@example.ch", "Olga Owner").await;
    let owner = scope(db, owner_id, org).await;
    let site = add(
        db,
        &owner,
        "web-hosting",
        "site",
        ProductStatus::Active,
        Some(100),
    )
    .await;
    let mail = add(
        db,
        &owner,
        "mail-service",
        "Team mail",
        ProductStatus::Active,
        Some(100),
    )
    .await;
    let other = add(
        db,
        &owner,
        "domain",
        "other.ch",
        ProductStatus::Active,
        Some(100),
    )
    .await;
    let technician = collaborator(db, &owner, "tech@example.ch", true, vec![site]).await;

    in_tx!(db, tx => product_changes::rename(&mut tx, &owner, site, "Main site").await).unwrap();
    // The same name again, the same setting twice: nothing more recorded.
    in_tx!(db, tx => product_changes::rename(&mut tx, &owner, site, "Main site").await).unwrap();
    for _ in 0..2 {
        in_tx!(db, tx => product_changes::set_auto_renew(&mut tx, &owner, site, true).await)
            .unwrap();
    }
    in_tx!(db, tx => product_changes::rename(&mut tx, &technician, site, "Tech site").await)
        .unwrap();
    let blocked = in_tx!(db, tx => product_changes::set_management_blocked(&mut tx, &owner, site, true).await)
        .unwrap();
    assert_eq!(
        blocked,
        product_changes::Outcome::Changed {
            name: "Tech site".into()
        }
    );
    let again = in_tx!(db, tx => product_changes::set_management_blocked(&mut tx, &owner, site, true).await)
        .unwrap();
    assert_eq!(again, product_changes::Outcome::Unchanged);

    // Blocked: the technician may look but not change, and cannot unblock.
    let refused =
        in_tx!(db, tx => product_changes::rename(&mut tx, &technician, site, "Mine").await);
    assert_eq!(refused, Err(AppError::Forbidden));
    let refused = in_tx!(db, tx => product_changes::set_management_blocked(&mut tx, &technician, site, false).await);
    assert_eq!(refused, Err(AppError::Forbidden));
    let seen = product_changes::detail(db, &technician, site)
        .await
        .unwrap();
    assert!(!seen.actions.any() && !seen.product.can_manage);
    assert_eq!(seen.product.name, "Tech site");
    // Not granted: forbidden; another organisation: not found.
    assert_eq!(
        product_changes::detail(db, &technician, other).await,
        Err(AppError::Forbidden)
    );
    let (stranger, stranger_org) = sign_up(db, "stranger@example.ch", "Stan").await;
    let stranger = scope(db, stranger, stranger_org).await;
    assert_eq!(
        product_changes::detail(db, &stranger, site).await,
        Err(AppError::NotFound)
    );
    let refused =
        in_tx!(db, tx => product_changes::rename(&mut tx, &stranger, site, "Hijacked").await);
    assert_eq!(refused, Err(AppError::NotFound));

    let detail = product_changes::detail(db, &owner, site).await.unwrap();
    let changes: Vec<ProductChange> = detail.history.iter().map(|e| e.change.clone()).collect();
    assert_eq!(
        changes,
        [
            ProductChange::ManagementBlocked,
            ProductChange::Renamed {
                from: "Main site".into(),
                to: "Tech site".into()
            },
            ProductChange::AutoRenewal { on: true },
            ProductChange::Renamed {
                from: "site".into(),
                to: "Main site".into()
            },
        ]
    );
    assert_eq!(
        detail.history[0].actor,
        ProductActor::Member {
            name: "Olga Owner".into()
        }
    );
    assert_eq!(
        detail.history[1].actor,
        ProductActor::Member {
            name: "Colin Collaborator".into()
        }
    );
    assert!(detail.product.auto_renew && detail.product.management_blocked);

    // A mail service goes into maintenance instead of being blocked.
    let refused = in_tx!(db, tx => product_changes::set_management_blocked(&mut tx, &owner, mail, true).await);
    assert_eq!(
        refused,
        Err(AppError::conflict("mail-service-not-blockable"))
    );
    in_tx!(db, tx => product_changes::set_maintenance(&mut tx, &owner, mail, true).await).unwrap();
    let again =
        in_tx!(db, tx => product_changes::set_maintenance(&mut tx, &owner, mail, true).await)
            .unwrap();
    assert_eq!(again, product_changes::Outcome::Unchanged);
    let detail = product_changes::detail(db, &owner, mail).await.unwrap();
    assert_eq!(detail.product.status, ProductStatus::InMaintenance);
    assert_eq!(
        detail.history[0].change,
        ProductChange::Status {
            from: ProductStatus::Active,
            to: ProductStatus::InMaintenance
        }
    );
    in_tx!(db, tx => product_changes::set_maintenance(&mut tx, &owner, mail, false).await).unwrap();
    let detail = product_changes::detail(db, &owner, mail).await.unwrap();
    assert_eq!(detail.product.status, ProductStatus::Active);
    assert_eq!(detail.history.len(), 2);
    let refused =
        in_tx!(db, tx => product_changes::set_maintenance(&mut tx, &owner, site, true).await);
    assert_eq!(
        refused,
        Err(AppError::conflict("maintenance-mail-service-only"))
    );
}

#[tokio::test]
async fn product_list() {
    on_each_backend!(the_list_searches_filters_sorts_and_pages);
    on_each_backend!(limited_members_list_only_their_products_and_manage_them_with_the_right);
}

#[tokio::test]
async fn product_changes() {
    on_each_backend!(changes_are_checked_and_recorded_once);
}
