//! Organisation settings, deletion and legal-representative succession on both databases.

use super::sign_up;
use crate::testing::{backends, TestDb};
use crate::{
    invoices, members, org_deletion, org_settings, orgs, products, succession, users, Db, OrgScope,
};
use domain::dto::PostalAddress;
use domain::{AppError, OrgId, Permission, Role, UserId};

async fn scope(db: &Db, user: UserId, org: OrgId) -> OrgScope {
    OrgScope::authorize(db, user, org, Permission::OrgView)
        .await
        .unwrap()
}

fn address(country: &str) -> PostalAddress {
    PostalAddress {
        street: "Rue du Lac 1".into(),
        postal_code: "1000".into(),
        city: "Lausanne".into(),
        country: country.into(),
    }
}

async fn the_country_sets_the_currency_unless_money_is_pending(db: &Db) {
    let (owner, org) = sign_up(db, "owner@example.ch", "Owner").await;
    let s = scope(db, owner, org).await;
    org_settings::update(db, &s, "Owner Sàrl", &address("FR"), None, "Europe/Paris")
        .await
        .unwrap();
    let details = org_settings::details(db, &s).await.unwrap();
    assert_eq!(
        (details.name.as_str(), details.currency.as_str()),
        ("Owner Sàrl", "EUR")
    );
    assert_eq!(details.address.city, "Lausanne");
    assert_eq!(
        details.time_zone, "Europe/Paris",
        "the chosen zone, for product dates"
    );
    assert!(!details.currency_locked);

    // An unpaid invoice in EUR pins the currency.
    invoices::insert(
        db,
        &s,
        invoices::NewInvoice {
            number: "INV-1",
            status: domain::status::InvoiceStatus::Unpaid,
            total_minor: 1200,
            issued_at: 1,
            due_at: 2,
            paid_at: None,
        },
    )
    .await
    .unwrap();
    assert!(org_settings::details(db, &s).await.unwrap().currency_locked);
    assert_eq!(
        org_settings::update(db, &s, "Owner Sàrl", &address("CH"), None, "")
            .await
            .unwrap_err(),
        AppError::conflict("currency-locked")
    );
    // Same currency: fine.
    org_settings::update(db, &s, "Owner SARL", &address("DE"), None, "")
        .await
        .unwrap();

    let id = org_settings::add_billing_address(
        db,
        &s,
        "Accounting",
        "acc@example.ch",
        &address("CH"),
        None,
    )
    .await
    .unwrap();
    assert_eq!(
        org_settings::details(db, &s)
            .await
            .unwrap()
            .billing_addresses
            .len(),
        1
    );
    // Another organisation cannot remove it.
    let (other, other_org) = sign_up(db, "other@example.ch", "Other").await;
    let outsider = scope(db, other, other_org).await;
    assert_eq!(
        org_settings::remove_billing_address(db, &outsider, id)
            .await
            .unwrap_err(),
        AppError::NotFound
    );
    org_settings::remove_billing_address(db, &s, id)
        .await
        .unwrap();

    // Logo stored and replaced.
    let v1 = org_settings::set_logo(db, &s, b"png-1", 300, 100)
        .await
        .unwrap();
    org_settings::set_logo(db, &s, b"png-2", 300, 100)
        .await
        .unwrap();
    assert_eq!(org_settings::logo(db, &s).await.unwrap().unwrap(), b"png-2");
    assert!(
        org_settings::details(db, &s)
            .await
            .unwrap()
            .logo_version
            .unwrap()
            >= v1
    );
    assert!(org_settings::logo(db, &outsider).await.unwrap().is_none());
}

async fn only_an_empty_organisation_is_deleted(db: &Db) {
    let (owner, org) = sign_up(db, "owner@example.ch", "Owner").await;
    let s = scope(db, owner, org).await;
    let (helper, _) = sign_up(db, "helper@example.ch", "Helper").await;
    members::add(db, &s, helper, Role::Administrator)
        .await
        .unwrap();
    let product = products::insert(
        db,
        &s,
        products::NewProduct {
            kind: "domain",
            name: "shop.ch",
            status: domain::status::ProductStatus::Active,
            expires_at: None,
            auto_renew: false,
        },
    )
    .await
    .unwrap();
    org_deletion::add_prepaid_entry(db, &s, 5000, "top-up")
        .await
        .unwrap();
    let check = org_deletion::check(db, &s).await.unwrap();
    assert_eq!((check.products, check.prepaid_balance.minor), (1, 5000));
    assert!(check.blocked() && check.may_delete);
    assert_eq!(
        in_tx!(db, tx => org_deletion::delete(&mut tx, &s).await).unwrap_err(),
        AppError::conflict("org-not-empty")
    );
    // Administrators see the blockers but may not delete.
    let admin = scope(db, helper, org).await;
    assert!(!org_deletion::check(db, &admin).await.unwrap().may_delete);
    assert_eq!(
        in_tx!(db, tx => org_deletion::delete(&mut tx, &admin).await).unwrap_err(),
        AppError::Forbidden
    );

    // Emptied: it goes; the accounts stay.
    sqlx::query("DELETE FROM products WHERE id = $1")
        .bind(product.to_string())
        .execute(db.pool())
        .await
        .unwrap();
    org_deletion::add_prepaid_entry(db, &s, -5000, "refund")
        .await
        .unwrap();
    assert!(!org_deletion::check(db, &s).await.unwrap().blocked());
    let deleted = in_tx!(db, tx => org_deletion::delete(&mut tx, &s).await).unwrap();
    assert_eq!(deleted.members.len(), 2);
    assert_eq!(
        OrgScope::authorize(db, owner, org, Permission::OrgView)
            .await
            .unwrap_err(),
        AppError::NotFound
    );
    assert!(users::get(db, helper).await.unwrap().is_some());
    let helper_orgs = orgs::list_for_user(db, helper).await.unwrap();
    assert!(helper_orgs.iter().all(|o| o.id != org));
}

async fn a_successor_accepts_and_the_roles_swap(db: &Db) {
    let (owner, org) = sign_up(db, "owner@example.ch", "Owner").await;
    let s = scope(db, owner, org).await;
    let (heir, _) = sign_up(db, "heir@example.ch", "Heir").await;
    members::add(db, &s, heir, Role::Collaborator)
        .await
        .unwrap();
    let (stranger, _) = sign_up(db, "stranger@example.ch", "Stranger").await;
    assert_eq!(
        succession::start(db, &s, stranger).await.unwrap_err(),
        AppError::NotFound
    );
    let heir_scope = scope(db, heir, org).await;
    assert_eq!(
        succession::start(db, &heir_scope, owner).await.unwrap_err(),
        AppError::Forbidden
    );
    assert_eq!(succession::page(db, &s).await.unwrap().candidates.len(), 1);

    succession::start(db, &s, heir).await.unwrap();
    let pending = succession::page(db, &heir_scope)
        .await
        .unwrap()
        .pending
        .unwrap();
    assert_eq!(pending.to_user, heir);
    // Only the named successor accepts.
    assert_eq!(
        in_tx!(db, tx => succession::accept(&mut tx, &s).await).unwrap_err(),
        AppError::Forbidden
    );
    in_tx!(db, tx => succession::accept(&mut tx, &heir_scope).await).unwrap();
    assert_eq!(scope(db, heir, org).await.role(), Role::LegalRepresentative);
    assert_eq!(scope(db, owner, org).await.role(), Role::Administrator);
    assert!(succession::page(db, &s).await.unwrap().pending.is_none());
    assert_eq!(
        in_tx!(db, tx => succession::accept(&mut tx, &heir_scope).await).unwrap_err(),
        AppError::conflict("succession-invalid")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn organisation_settings() {
    on_each_backend!(the_country_sets_the_currency_unless_money_is_pending);
    on_each_backend!(only_an_empty_organisation_is_deleted);
    on_each_backend!(a_successor_accepts_and_the_roles_swap);
}
