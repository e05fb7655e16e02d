//! `mandant seed-demo`: a demo dataset for trying the console and for the browser tests.
//! An agency user works in three organisations; each organisation has products and
//! invoices in its own currency. Runs only on an empty database.

use app::api::ssr::password;
use db::invoices::NewInvoice;
use db::products::NewProduct;
use db::{Db, OrgScope};
use domain::datetime::Region;
use domain::status::{InvoiceStatus, ProductStatus};
use domain::{AppError, Lang, OrgId, Permission, Role, UserId};

/// Password of every demo account (shown in the README).
pub const DEMO_PASSWORD: &str = "demo-password-2026";
pub const AGENCY_EMAIL: &str = "agency@example.com";

const DAY: i64 = 86_400_000;

struct DemoUser {
    email: &'static str,
    name: &'static str,
    lang: Lang,
    country: &'static str,
    time_zone: &'static str,
    org: &'static str,
}

const USERS: &[DemoUser] = &[
    DemoUser {
        email: AGENCY_EMAIL,
        name: "Alex Brunner",
        lang: Lang::En,
        country: "CH",
        time_zone: "Europe/Zurich",
        org: "Brunner Web Agency",
    },
    DemoUser {
        email: "claire@example.com",
        name: "Claire Dubois",
        lang: Lang::Fr,
        country: "FR",
        time_zone: "Europe/Paris",
        org: "Boulangerie Soleil",
    },
    DemoUser {
        email: "marco@example.com",
        name: "Marco Bernasconi",
        lang: Lang::It,
        country: "CH",
        time_zone: "Europe/Zurich",
        org: "Clinica Alpina",
    },
    DemoUser {
        email: "sofia@example.com",
        name: "Sofía García",
        lang: Lang::Es,
        country: "ES",
        time_zone: "Europe/Madrid",
        org: "García Estudio",
    },
    DemoUser {
        email: "lena@example.com",
        name: "Lena Meier",
        lang: Lang::De,
        country: "DE",
        time_zone: "Europe/Berlin",
        org: "Meier Beratung",
    },
];

/// Seeds the demo data unless the database already has users. Returns whether it seeded.
pub async fn seed_demo(db: &Db) -> Result<bool, AppError> {
    if db::users::any_exist(db).await? {
        return Ok(false);
    }
    let hash = password::hash(DEMO_PASSWORD.to_owned()).await?;
    let mut people: Vec<(UserId, OrgId)> = vec![];
    let mut tx = db.begin().await?;
    for u in USERS {
        let region = Region {
            lang: u.lang,
            country: u.country.into(),
            time_zone: u.time_zone.into(),
        };
        let ids = db::users::sign_up(
            &mut tx,
            db::users::NewUser {
                email: u.email,
                name: u.name,
                password_hash: &hash,
                region: &region,
            },
            u.org,
            u.country,
        )
        .await?;
        people.push(ids);
    }
    tx.commit().await?;
    let (agency, agency_org) = people[0];
    let (claire, bakery) = people[1];
    let (marco, clinic) = people[2];

    // The agency administers the bakery and works on the clinic's products.
    let bakery_scope = OrgScope::authorize(db, claire, bakery, Permission::MemberInvite).await?;
    db::members::add(db, &bakery_scope, agency, Role::Administrator).await?;
    let clinic_scope = OrgScope::authorize(db, marco, clinic, Permission::MemberInvite).await?;
    db::members::add(db, &clinic_scope, agency, Role::Collaborator).await?;
    // An outside consultant who works for the clinic.
    let (lena, _) = people[4];
    db::members::add(db, &clinic_scope, lena, Role::External).await?;

    let now = db.now_ms();
    let agency_scope =
        OrgScope::authorize(db, agency, agency_org, Permission::ProductManage).await?;
    add_products(
        db,
        &agency_scope,
        &[
            (
                "domain",
                "brunner-web.ch",
                ProductStatus::Active,
                Some(now + 210 * DAY),
                true,
            ),
            (
                "web-mail-hosting",
                "Brunner hosting",
                ProductStatus::Active,
                Some(now + 95 * DAY),
                true,
            ),
            (
                "ssl-certificate",
                "www.brunner-web.ch",
                ProductStatus::ExpiringSoon,
                Some(now + 12 * DAY),
                false,
            ),
            (
                "domain",
                "brunner-shop.swiss",
                ProductStatus::ExpiringSoon,
                Some(now + 10 * DAY),
                false,
            ),
            (
                "domain",
                "brunner-old.com",
                ProductStatus::Expired,
                Some(now - 4 * DAY),
                false,
            ),
            (
                "domain",
                "brunner-archive.de",
                ProductStatus::InRedemption,
                Some(now - 12 * DAY),
                false,
            ),
        ],
    )
    .await?;
    add_invoices(
        db,
        &agency_scope,
        "BWA",
        &[
            (18_900, now - 20 * DAY, now + 10 * DAY, None),
            (9_600, now - 60 * DAY, now - 30 * DAY, Some(now - 35 * DAY)),
        ],
    )
    .await?;

    add_products(
        db,
        &bakery_scope,
        &[
            (
                "domain",
                "boulangerie-soleil.fr",
                ProductStatus::ExpiringSoon,
                Some(now + 20 * DAY),
                false,
            ),
            (
                "mail-service",
                "Mail boulangerie-soleil.fr",
                ProductStatus::InMaintenance,
                Some(now + 300 * DAY),
                true,
            ),
            (
                "newsletter",
                "Newsletter",
                ProductStatus::Active,
                None,
                false,
            ),
        ],
    )
    .await?;
    add_invoices(
        db,
        &bakery_scope,
        "BSO",
        &[
            (4_590, now - 5 * DAY, now + 25 * DAY, None),
            (12_000, now - 40 * DAY, now - 10 * DAY, None),
        ],
    )
    .await?;

    add_products(
        db,
        &clinic_scope,
        &[
            (
                "domain",
                "clinica-alpina.ch",
                ProductStatus::Active,
                Some(now + 400 * DAY),
                true,
            ),
            (
                "cloud-server",
                "Cloud server patient portal",
                ProductStatus::Active,
                Some(now + 45 * DAY),
                true,
            ),
            (
                "backup",
                "Backup 2 TB",
                ProductStatus::Blocked,
                Some(now - 3 * DAY),
                false,
            ),
            (
                "drive",
                "Team drive",
                ProductStatus::InRedemption,
                Some(now - 20 * DAY),
                false,
            ),
        ],
    )
    .await?;
    add_invoices(
        db,
        &clinic_scope,
        "CAL",
        &[(129_000, now - 2 * DAY, now + 28 * DAY, None)],
    )
    .await?;
    // Limited members see only what they are granted; the agency also manages what it
    // was given (the technical right).
    let mut agency_products = Vec::new();
    for product in db::products::list(db, &clinic_scope).await? {
        if product.name == "clinica-alpina.ch" || product.name == "Cloud server patient portal" {
            agency_products.push(product.id);
        }
        if product.name == "Team drive" {
            db::products::grant(db, &clinic_scope, lena, product.id).await?;
        }
    }
    let agency_rights = domain::dto::Rights {
        role: Role::Collaborator,
        billing_right: false,
        technical_right: true,
        products: agency_products,
        teams: Vec::new(),
    };
    let mut tx = db.begin().await?;
    db::members::update_rights(&mut tx, &clinic_scope, agency, &agency_rights).await?;
    // The bakery keeps its newsletter's management to its administrators.
    let newsletter = db::products::list(db, &bakery_scope)
        .await?
        .into_iter()
        .find(|p| p.kind == "newsletter");
    if let Some(newsletter) = newsletter {
        db::product_changes::set_management_blocked(&mut tx, &bakery_scope, newsletter.id, true)
            .await?;
    }
    tx.commit().await?;
    // The bakery has money on its prepaid account (one of the things that block deletion).
    db::org_deletion::add_prepaid_entry(db, &bakery_scope, 5_000, "top-up").await?;
    Ok(true)
}

async fn add_products(
    db: &Db,
    scope: &OrgScope,
    items: &[(&str, &str, ProductStatus, Option<i64>, bool)],
) -> Result<(), AppError> {
    for (kind, name, status, expires_at, auto_renew) in items {
        db::products::insert(
            db,
            scope,
            NewProduct {
                kind,
                name,
                status: *status,
                expires_at: *expires_at,
                auto_renew: *auto_renew,
            },
        )
        .await?;
    }
    Ok(())
}

async fn add_invoices(
    db: &Db,
    scope: &OrgScope,
    prefix: &str,
    items: &[(i64, i64, i64, Option<i64>)],
) -> Result<(), AppError> {
    for (n, (total, issued, due, paid)) in items.iter().enumerate() {
        let status = match paid {
            Some(_) => InvoiceStatus::Paid,
            None if *due < db.now_ms() => InvoiceStatus::Overdue,
            None => InvoiceStatus::Unpaid,
        };
        let number = format!("{prefix}-{}", 1001 + n);
        db::invoices::insert(
            db,
            scope,
            NewInvoice {
                number: &number,
                status,
                total_minor: *total,
                issued_at: *issued,
                due_at: *due,
                paid_at: *paid,
            },
        )
        .await?;
    }
    Ok(())
}
