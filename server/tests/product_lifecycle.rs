//! The `product-lifecycle` job driven by the clock, hour by hour through October 2026 (when
//! Switzerland leaves summer time) and on: reminders on the right local days and once each,
//! a domain expiring, waiting, going into redemption and being released, on both databases.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{NaiveDateTime, TimeZone};
use db::testing::{backends, TestDb};
use db::{Clock, Db, OrgScope, SystemScope};
use domain::datetime::Region;
use domain::status::ProductStatus;
use domain::{Lang, Permission, ProductId};

const HOUR: i64 = 3_600_000;

fn zurich(text: &str) -> i64 {
    let local = NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap();
    chrono_tz::Europe::Zurich
        .from_local_datetime(&local)
        .earliest()
        .unwrap()
        .timestamp_millis()
}

fn zurich_day(at: i64) -> String {
    chrono::Utc
        .timestamp_millis_opt(at)
        .unwrap()
        .with_timezone(&chrono_tz::Europe::Zurich)
        .format("%Y-%m-%d")
        .to_string()
}

async fn owner_with_products(db: &Db) -> (OrgScope, ProductId, ProductId) {
    let region = Region {
        lang: Lang::De,
        country: "CH".into(),
        time_zone: "Europe/Zurich".into(),
    };
    let mut tx = db.begin().await.unwrap();
    let (user, org) = db::users::sign_up(
        &mut tx,
        db::users::NewUser {
            email: "owner@example.ch",
            name: "Olga Owner",
            password_hash: "hash",
            region: &region,
        },
        "Olga AG",
        "CH",
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let scope = OrgScope::authorize(db, user, org, Permission::ProductManage)
        .await
        .unwrap();
    let product = |kind, name, auto_renew| db::products::NewProduct {
        kind,
        name,
        status: ProductStatus::Active,
        expires_at: Some(zurich("2026-11-01 12:00")),
        auto_renew,
    };
    let domain = db::products::insert(db, &scope, product("domain", "olga-shop.com", false))
        .await
        .unwrap();
    let renewing = db::products::insert(db, &scope, product("web-hosting", "Olga hosting", true))
        .await
        .unwrap();
    (scope, domain, renewing)
}

async fn status(db: &Db, scope: &OrgScope, product: ProductId) -> ProductStatus {
    db::product_changes::detail(db, scope, product)
        .await
        .unwrap()
        .product
        .status
}

async fn reminders(db: &Db) -> Vec<db::outbox::Mail> {
    db::outbox::recent(db, 100)
        .await
        .unwrap()
        .into_iter()
        .filter(|m| m.kind == "product-expiry-reminder")
        .collect()
}

async fn a_domain_lives_its_whole_lifecycle(db: &Db) {
    server::catalogue_cli::ensure_default(db).await.unwrap();
    let (scope, domain, renewing) = owner_with_products(db).await;
    let job = SystemScope::operator("lifecycle-test").unwrap();
    let run = || app::use_cases::product_lifecycle::run(db, &job);

    // Hour by hour from mid-September to the end of October (the clocks go back on the
    // 25th), noting the local day each reminder went out on.
    let mut sent_on = Vec::new();
    let mut became_soon = None;
    while db.now_ms() < zurich("2026-10-31 23:00") {
        run().await.unwrap();
        let mails = reminders(db).await;
        if mails.len() > sent_on.len() {
            sent_on.push((zurich_day(db.now_ms()), mails[0].subject.clone()));
        }
        if became_soon.is_none() && status(db, &scope, domain).await == ProductStatus::ExpiringSoon
        {
            became_soon = Some(zurich_day(db.now_ms()));
        }
        db.clock().advance(HOUR);
    }
    let days: Vec<&str> = sent_on.iter().map(|(d, _)| d.as_str()).collect();
    assert_eq!(
        days,
        ["2026-10-02", "2026-10-18", "2026-10-25", "2026-10-31"]
    );
    assert!(sent_on[0].1.contains("olga-shop.com"), "{}", sent_on[0].1);
    assert!(
        sent_on[3].1.contains("morgen"),
        "German, one day: {}",
        sent_on[3].1
    );
    let body = &reminders(db).await[0].body_text;
    assert!(
        body.contains("01.11.2026"),
        "the end date in Swiss format: {body}"
    );
    assert_eq!(became_soon.as_deref(), Some("2026-10-02"));
    // Automatic renewal on: no reminder and still active.
    assert_eq!(status(db, &scope, renewing).await, ProductStatus::Active);
    assert_eq!(
        reminders(db).await.len(),
        4,
        "nothing about the renewing hosting"
    );

    // The end date, the grace week, 30 days of redemption (.com), then the name is gone.
    let step_to = |text: &'static str| {
        db.clock().advance(zurich(text) - db.now_ms());
        run()
    };
    step_to("2026-11-01 00:05").await.unwrap();
    assert_eq!(status(db, &scope, domain).await, ProductStatus::Expired);
    assert_eq!(status(db, &scope, renewing).await, ProductStatus::Expired);
    step_to("2026-11-07 23:55").await.unwrap();
    assert_eq!(status(db, &scope, domain).await, ProductStatus::Expired);
    step_to("2026-11-08 00:05").await.unwrap();
    assert_eq!(
        status(db, &scope, domain).await,
        ProductStatus::InRedemption
    );
    step_to("2026-12-07 23:55").await.unwrap();
    assert_eq!(
        status(db, &scope, domain).await,
        ProductStatus::InRedemption
    );
    step_to("2026-12-08 00:05").await.unwrap();
    assert_eq!(status(db, &scope, domain).await, ProductStatus::Released);
    // The hosting is not a domain: it stays expired for the accounting jobs.
    assert_eq!(status(db, &scope, renewing).await, ProductStatus::Expired);

    // Every step is in the history, by the job; running again changes nothing.
    assert_eq!(run().await.unwrap(), 0);
    let history = db::product_changes::detail(db, &scope, domain)
        .await
        .unwrap()
        .history;
    let steps: Vec<_> = history
        .iter()
        .map(|e| match &e.change {
            domain::dto::ProductChange::Status { to, .. } => *to,
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        steps,
        [
            ProductStatus::Released,
            ProductStatus::InRedemption,
            ProductStatus::Expired,
            ProductStatus::ExpiringSoon
        ]
    );
    assert_eq!(
        history[0].actor,
        domain::dto::ProductActor::System {
            name: "operator:lifecycle-test".into()
        }
    );
    assert_eq!(reminders(db).await.len(), 4, "each reminder once");
}

#[tokio::test]
async fn product_lifecycle() {
    for backend in backends() {
        let t = TestDb::new(backend).await;
        let db =
            t.db.clone()
                .with_clock(Clock::frozen(zurich("2026-09-20 00:30")));
        a_domain_lives_its_whole_lifecycle(&db).await;
        t.cleanup().await;
    }
}
