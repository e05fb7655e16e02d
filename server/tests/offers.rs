//! `mandant voucher …` and `mandant promotion …` through the functions the commands run, the
//! demo's offers, and an order priced and placed with them, on both databases.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use db::testing::{backends, TestDb};
use db::{promotions, vouchers, Db, OrgScope, SystemScope};
use domain::cart::{price_cart, Cart, CartLine};
use domain::catalogue::{Period, ProductKind};
use domain::money::Currency;
use domain::tax::{Buyer, Seller};
use domain::{OrgId, Permission};
use server::catalogue_cli::ensure_default;
use server::offers_cli::{promotion, seed_demo_offers, voucher, DEMO_ORGANISATION};

fn operator() -> SystemScope {
    SystemScope::operator("alice").unwrap()
}

fn args(text: &str) -> Vec<String> {
    text.split_whitespace().map(str::to_owned).collect()
}

async fn run_voucher(db: &Db, text: &str) -> Result<String, String> {
    voucher(db, &operator(), &args(text)).await
}

async fn run_promotion(db: &Db, text: &str) -> Result<String, String> {
    promotion(db, &operator(), &args(text)).await
}

async fn demo_org(db: &Db) -> OrgId {
    vouchers::organisation_named(db, &operator(), DEMO_ORGANISATION)
        .await
        .unwrap()
        .unwrap()
}

async fn voucher_count(db: &Db, org: OrgId) -> usize {
    vouchers::list(db, &operator(), org).await.unwrap().len()
}

async fn code_count(db: &Db) -> usize {
    promotions::list(db, &operator()).await.unwrap().len()
}

async fn setup(db: &Db) -> OrgId {
    ensure_default(db).await.unwrap();
    assert!(server::seed::seed_demo(db).await.unwrap());
    demo_org(db).await
}

async fn vouchers_are_granted_and_listed(db: &Db) {
    let org = setup(db).await;
    let report = run_voucher(
        db,
        &format!("grant {org} domain --extension CH --months 24 --until 2099-12-31"),
    )
    .await
    .unwrap();
    assert!(
        report.starts_with("Voucher ") && report.contains(&format!("granted to Brunner Web Agency ({org}): domain .ch, 2 years free, once; usable until 2100-01-01 00:00 UTC.")),
        "{report}"
    );
    let report = run_voucher(db, &format!("grant {org} web-hosting --months=1"))
        .await
        .unwrap();
    assert!(report.contains("web-hosting, 1 month free"), "{report}");
    let list = run_voucher(db, &format!("list {org}")).await.unwrap();
    let lines: Vec<&str> = list.lines().collect();
    assert_eq!(lines[0], format!("Vouchers of Brunner Web Agency ({org}):"));
    assert!(lines[1].starts_with("ID "), "{list}");
    assert_eq!(lines.len(), 4, "{list}");
    assert!(
        list.contains("domain .ch, 2 years") && list.contains("available"),
        "{list}"
    );
    assert!(list.contains("operator:alice"), "{list}");
    assert_eq!(voucher_count(db, org).await, 2);

    // Every refusal says why and changes nothing.
    let unknown = OrgId(uuid::Uuid::now_v7());
    for (command, expected) in [
        (
            "grant".to_owned(),
            "grant needs an organisation id and a product kind",
        ),
        (format!("grant {org}"), "grant needs an organisation id"),
        (
            format!("grant {org} domain extra"),
            "grant needs an organisation id",
        ),
        (
            "grant 42 domain".to_owned(),
            "\"42\" is not an organisation id",
        ),
        (
            format!("grant {unknown} domain"),
            "there is no organisation",
        ),
        (
            format!("grant {org} hosting"),
            "unknown product kind \"hosting\" (one of: domain, ",
        ),
        (
            format!("grant {org} web-hosting --extension .ch"),
            "web-hosting is not priced per extension",
        ),
        (
            format!("grant {org} domain --extension .xyz"),
            "does not sell the extension .xyz",
        ),
        (
            format!("grant {org} domain --extension .de --months 24"),
            "domain .de cannot be ordered for 2 years",
        ),
        (
            format!("grant {org} domain --months 3"),
            "domain cannot be ordered for 3 months",
        ),
        (
            format!("grant {org} domain --months 0"),
            "--months is a whole number from 1 to 120",
        ),
        (
            format!("grant {org} domain --months twelve"),
            "--months is a whole number",
        ),
        (
            format!("grant {org} domain --until 2000-01-01"),
            "the expiry must be in the future",
        ),
        (
            format!("grant {org} domain --until tomorrow"),
            "--until \"tomorrow\" is not a date",
        ),
        (
            format!("grant {org} domain --until"),
            "--until needs a value",
        ),
        (
            format!("grant {org} domain --color red"),
            "unknown option \"--color\"",
        ),
        (
            format!("grant {org} domain --months 12 --months 24"),
            "--months is given twice",
        ),
        ("list".to_owned(), "list needs an organisation id"),
        (format!("list {unknown}"), "there is no organisation"),
        ("revoke".to_owned(), "unknown voucher command \"revoke\""),
    ] {
        let err = run_voucher(db, &command).await.unwrap_err();
        assert!(err.contains(expected), "{command}: {err}");
    }
    assert!(run_voucher(db, "")
        .await
        .unwrap_err()
        .starts_with("usage: mandant voucher"));
    assert_eq!(voucher_count(db, org).await, 2);
}

async fn promotion_codes_are_created_and_listed(db: &Db) {
    setup(db).await;
    let report = run_promotion(
        db,
        "create welcome10 --percent 10 --kinds domain,web-hosting --from 2026-01-01 \
         --until 2099-12-31 --max-uses 1000 --max-per-org 1",
    )
    .await
    .unwrap();
    assert_eq!(
        report,
        "Promotion code WELCOME10 created: 10 % on domain,web-hosting, first period only; \
         from 2026-01-01 00:00 UTC through 2099-12-31 (UTC); at most 1000 uses, 1 per \
         organisation.\n"
    );
    let report = run_promotion(
        db,
        "create Spring5 --amount 5.00 --currency chf --periods 3",
    )
    .await
    .unwrap();
    assert!(
        report
            .starts_with("Promotion code SPRING5 created: CHF 5.00 on all, first 3 periods; from "),
        "{report}"
    );
    assert!(report.ends_with("(UTC); no use limit.\n"), "{report}");
    let list = run_promotion(db, "list").await.unwrap();
    let rows: Vec<Vec<&str>> = list
        .lines()
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert_eq!(
        rows[0],
        ["CODE", "DISCOUNT", "KINDS", "PERIODS", "FROM", "UNTIL", "USES", "PER", "ORG", "STATE"]
    );
    let welcome = rows.iter().find(|r| r[0] == "WELCOME10").unwrap();
    assert_eq!(
        welcome[1..],
        [
            "10",
            "%",
            "domain,web-hosting",
            "1",
            "2026-01-01",
            "2099-12-31",
            "0/1000",
            "1",
            "active"
        ]
    );
    let spring = rows.iter().find(|r| r[0] == "SPRING5").unwrap();
    assert_eq!(spring[1..4], ["CHF", "5.00", "all"]);
    assert_eq!(spring[spring.len() - 4..], ["-", "0", "-", "active"]);
    assert_eq!(code_count(db).await, 2);

    for (command, expected) in [
        ("create", "create needs exactly one code"),
        ("create A B --percent 5", "create needs exactly one code"),
        (
            "create no --percent 5",
            "\"no\" is not a code: a code is 3 to 32",
        ),
        ("create TEN", "give --percent or --amount"),
        (
            "create TEN --percent 10 --amount 5",
            "give either --percent or --amount, not both",
        ),
        (
            "create TEN --percent 0",
            "--percent is above 0 and at most 100",
        ),
        (
            "create TEN --percent 100.5",
            "--percent is above 0 and at most 100",
        ),
        (
            "create TEN --percent 10 --currency CHF",
            "--currency goes with --amount",
        ),
        ("create TEN --amount 5.00", "--amount needs --currency"),
        (
            "create TEN --amount 5.00 --currency USD",
            "--currency is CHF or EUR",
        ),
        (
            "create TEN --amount 5.001 --currency CHF",
            "--amount is a positive amount",
        ),
        (
            "create TEN --amount 0 --currency EUR",
            "--amount is a positive amount",
        ),
        (
            "create TEN --percent 10 --kinds domain,hosting",
            "unknown product kind \"hosting\"",
        ),
        (
            "create TEN --percent 10 --periods 0",
            "--periods is a whole number from 1 to 120",
        ),
        (
            "create TEN --percent 10 --periods 121",
            "--periods is a whole number from 1 to 120",
        ),
        (
            "create TEN --percent 10 --from 2030-01-01 --until 2029-12-30",
            "--until must be after --from",
        ),
        (
            "create TEN --percent 10 --until 2001-01-01",
            "--until is in the past",
        ),
        (
            "create TEN --percent 10 --from 1.1.2030",
            "--from \"1.1.2030\" is not a date",
        ),
        (
            "create TEN --percent 10 --max-uses 0",
            "--max-uses is a whole number from 1",
        ),
        (
            "create TEN --percent 10 --max-uses 1 --max-per-org 2",
            "--max-per-org cannot be above --max-uses",
        ),
        (
            "create TEN --percent 10 --limit 5",
            "unknown option \"--limit\"",
        ),
        (
            "create WELCOME10 --percent 20",
            "the code WELCOME10 exists already. Nothing was changed.",
        ),
        ("list all", "list takes no arguments"),
        ("delete TEN", "unknown promotion command \"delete\""),
    ] {
        let err = run_promotion(db, command).await.unwrap_err();
        assert!(err.contains(expected), "{command}: {err}");
    }
    assert_eq!(code_count(db).await, 2);
    let welcome = promotions::find(db, "welcome10").await.unwrap().unwrap();
    assert_eq!(
        welcome.discount.to_string(),
        "10 %",
        "not replaced by the refused 20 %"
    );
}

/// The demo's offers, loaded twice, then an order of the demo organisation using them.
async fn the_demo_offers_price_and_place_an_order(db: &Db) {
    let org = setup(db).await;
    seed_demo_offers(db).await.unwrap();
    seed_demo_offers(db).await.unwrap();
    assert_eq!(voucher_count(db, org).await, 1, "loaded once");
    assert_eq!(code_count(db).await, 2);
    let welcome = promotions::find(db, "WELCOME10").await.unwrap().unwrap();
    assert_eq!(
        (welcome.max_uses, welcome.max_per_org, welcome.periods),
        (Some(1_000), Some(1), 1)
    );
    assert_eq!(
        welcome.valid_until.unwrap() - welcome.valid_from,
        365 * 86_400_000
    );
    let spring = promotions::find(db, "spring5").await.unwrap().unwrap();
    assert_eq!(spring.discount.to_string(), "CHF 5.00");

    let agency = db::users::find_by_email(db, server::seed::AGENCY_EMAIL)
        .await
        .unwrap()
        .unwrap();
    let scope = OrgScope::authorize(db, agency.id, org, Permission::ProductManage)
        .await
        .unwrap();
    let available = vouchers::available(db, &scope).await.unwrap();
    assert_eq!(available.len(), 1);
    assert_eq!(available[0].describe(), "domain .ch, 1 year");

    let now = db.now_ms();
    let catalogue = db::catalogue::current_at(db, now).await.unwrap().unwrap();
    let cart = Cart {
        lines: vec![
            CartLine::domain(&catalogue, "brunner-shop.ch", Period::YEAR).unwrap(),
            CartLine::product(ProductKind::WebHosting, "Shop", Period::YEAR),
        ],
    };
    let usable_voucher = available[0].clone().usable(org, now).unwrap();
    let code = promotions::usable(db, &scope, "welcome10").await.unwrap();
    let priced = price_cart(
        &catalogue,
        &cart,
        Currency::Chf,
        &Seller {
            country: "CH".into(),
        },
        &Buyer {
            country: "CH".into(),
            vat_number: None,
            is_business: false,
        },
        chrono::DateTime::from_timestamp_millis(now)
            .unwrap()
            .date_naive(),
        &[usable_voucher],
        Some(&code),
    )
    .unwrap();
    // The .ch is free; 10 % off the hosting: 99.00 − 9.90 = 89.10, VAT 8.1 %.
    assert_eq!(priced.net().minor, 8_910);
    assert_eq!(
        priced.gross().minor,
        priced.net().minor + priced.tax().minor
    );

    // Placing the order redeems the voucher and records the code, together.
    let mut tx = db.begin().await.unwrap();
    for id in priced.vouchers() {
        let v = vouchers::get(db, &scope, id).await.unwrap().unwrap();
        vouchers::redeem(&mut tx, &scope, &v, "order-1")
            .await
            .unwrap();
    }
    let code = priced.promotion_code().unwrap();
    promotions::record_use(&mut tx, &scope, code, "order-1")
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert!(vouchers::available(db, &scope).await.unwrap().is_empty());
    assert_eq!(
        promotions::usable(db, &scope, "WELCOME10")
            .await
            .unwrap_err(),
        domain::AppError::conflict("promotion-already-used")
    );
    let list = run_voucher(db, &format!("list {org}")).await.unwrap();
    assert!(
        list.contains("used ") && list.contains("(order order-1)"),
        "{list}"
    );
    let codes = run_promotion(db, "list").await.unwrap();
    assert!(codes.contains("1/1000"), "{codes}");
}

#[tokio::test]
async fn offers_commands() {
    for backend in backends() {
        let t = TestDb::new(backend).await;
        vouchers_are_granted_and_listed(&t.db).await;
        t.cleanup().await;
        let t = TestDb::new(backend).await;
        promotion_codes_are_created_and_listed(&t.db).await;
        t.cleanup().await;
        let t = TestDb::new(backend).await;
        the_demo_offers_price_and_place_an_order(&t.db).await;
        t.cleanup().await;
    }
}
