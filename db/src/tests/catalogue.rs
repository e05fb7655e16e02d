//! Catalogue versions on both databases: imported in one piece, read by date, never
//! changed in place.

use crate::catalogue::{
    self, current_at, import, parse_day, price_at, start_of_day, versions, ImportError,
    ImportOutcome, DAY_MS,
};
use crate::testing::{backends, TestDb};
use crate::Db;
use domain::catalogue::{Catalogue, Period, ProductKind, ValidCatalogue};
use domain::money::{Currency, Money};

const DEFAULT: &str = include_str!("../../../catalogue/default.toml");

fn parse(text: &str) -> ValidCatalogue {
    toml::from_str::<Catalogue>(text)
        .unwrap()
        .validate()
        .unwrap()
}

/// The default with .ch and web hosting dearer.
fn dearer() -> ValidCatalogue {
    parse(
        &DEFAULT
            .replace(
                r#"price = { CHF = "16.00", EUR = "16.50" }"#,
                r#"price = { CHF = "17.00", EUR = "17.50" }"#,
            )
            .replace(
                r#"{ months = 12, price = { CHF = "99.00", EUR = "95.00" } }"#,
                r#"{ months = 12, price = { CHF = "109.00", EUR = "105.00" } }"#,
            ),
    )
}

async fn run_import(
    db: &Db,
    catalogue: &ValidCatalogue,
    from: i64,
) -> Result<ImportOutcome, ImportError> {
    let mut tx = db.begin().await.unwrap();
    let outcome = import(&mut tx, catalogue, from).await?;
    tx.commit().await.unwrap();
    Ok(outcome)
}

async fn counts(db: &Db) -> (i64, i64) {
    let versions: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM catalogue_versions")
        .fetch_one(db.pool())
        .await
        .unwrap();
    let prices: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM catalogue_prices")
        .fetch_one(db.pool())
        .await
        .unwrap();
    (versions, prices)
}

async fn ch_price(db: &Db, at: i64) -> Option<Money> {
    price_at(
        db,
        ProductKind::Domain,
        Some(".ch"),
        Period::YEAR,
        Currency::Chf,
        at,
    )
    .await
    .unwrap()
}

fn chf(minor: i64) -> Money {
    Money::new(minor, Currency::Chf)
}

async fn import_then_read(db: &Db) {
    let now = db.now_ms();
    assert_eq!(current_at(db, now).await.unwrap(), None);
    assert_eq!(ch_price(db, now).await, None);

    let default = parse(DEFAULT);
    let ImportOutcome::Created(v1) = run_import(db, &default, 0).await.unwrap() else {
        panic!("first import creates a version");
    };
    assert_eq!((v1.id, v1.effective_from), (1, 0));
    assert!(
        (now..=db.now_ms()).contains(&v1.imported_at),
        "stamped by the db clock"
    );
    assert_eq!(v1.sha256.len(), 64);
    assert_eq!(current_at(db, now).await.unwrap(), Some(default.clone()));
    assert_eq!(current_at(db, -1).await.unwrap(), None, "before the epoch");
    assert_eq!(ch_price(db, now).await, Some(chf(1600)));
    assert_eq!(
        price_at(
            db,
            ProductKind::Domain,
            Some("CH"),
            Period::years(3).unwrap(),
            Currency::Chf,
            now
        )
        .await
        .unwrap(),
        Some(chf(4800))
    );
    assert_eq!(
        price_at(
            db,
            ProductKind::Domain,
            Some(".de"),
            Period::years(2).unwrap(),
            Currency::Chf,
            now
        )
        .await
        .unwrap(),
        None,
        ".de is renewed one year at a time"
    );
    assert_eq!(
        price_at(
            db,
            ProductKind::WebHosting,
            None,
            Period::MONTH,
            Currency::Eur,
            now
        )
        .await
        .unwrap(),
        Some(Money::new(950, Currency::Eur))
    );
    // Every stored price is what the catalogue itself answers.
    let rows = default.price_rows();
    assert_eq!(counts(db).await, (1, rows.len() as i64));
    for row in rows {
        let stored = price_at(
            db,
            row.kind,
            row.extension.as_deref(),
            row.period,
            row.price.currency,
            now,
        )
        .await
        .unwrap();
        assert_eq!(
            stored,
            Some(row.price),
            "{:?} {:?}",
            row.kind,
            row.extension
        );
    }
}

async fn a_new_version_applies_from_its_day(db: &Db) {
    let default = parse(DEFAULT);
    run_import(db, &default, 0).await.unwrap();
    let now = db.now_ms();
    let change = start_of_day(now) + 10 * DAY_MS;
    let ImportOutcome::Created(v2) = run_import(db, &dearer(), change).await.unwrap() else {
        panic!("changed prices make a version");
    };
    assert_eq!(v2.id, 2);
    // Until the day before, the old prices; from that day on, the new ones.
    assert_eq!(ch_price(db, now).await, Some(chf(1600)));
    assert_eq!(ch_price(db, change - 1).await, Some(chf(1600)));
    assert_eq!(ch_price(db, change).await, Some(chf(1700)));
    assert_eq!(
        current_at(db, change - 1).await.unwrap(),
        Some(default.clone())
    );
    assert_eq!(current_at(db, change).await.unwrap(), Some(dearer()));
    assert_eq!(
        price_at(
            db,
            ProductKind::WebHosting,
            None,
            Period::years(2).unwrap(),
            Currency::Chf,
            change
        )
        .await
        .unwrap(),
        Some(chf(21_800))
    );
    // The clock reaching the day changes what is in force, nothing else.
    db.clock().advance(change - now);
    assert_eq!(ch_price(db, db.now_ms()).await, Some(chf(1700)));
    let (newest, _) = catalogue::newest(db).await.unwrap().unwrap();
    assert_eq!(newest, v2);

    // A third version on the same day as the second supersedes it from that day.
    let third = parse(&DEFAULT.replace(
        r#"price = { CHF = "16.00", EUR = "16.50" }"#,
        r#"price = { CHF = "18.00", EUR = "18.50" }"#,
    ));
    let ImportOutcome::Created(v3) = run_import(db, &third, change).await.unwrap() else {
        panic!("same day, another catalogue");
    };
    assert_eq!(ch_price(db, change).await, Some(chf(1800)));
    assert_eq!(ch_price(db, change - 1).await, Some(chf(1600)));
    assert_eq!(
        versions(db)
            .await
            .unwrap()
            .iter()
            .map(|v| v.id)
            .collect::<Vec<_>>(),
        vec![1, 2, v3.id]
    );
}

async fn refused_imports_change_nothing(db: &Db) {
    let day = parse_day("2030-03-01").unwrap();
    run_import(db, &parse(DEFAULT), day).await.unwrap();
    let before = counts(db).await;

    let earlier = run_import(db, &dearer(), day - DAY_MS).await.unwrap_err();
    let ImportError::EarlierThanNewest { requested, newest } = &earlier else {
        panic!("{earlier}");
    };
    assert_eq!((*requested, newest.id), (day - DAY_MS, 1));
    assert_eq!(
        earlier.to_string(),
        "version 1 takes effect on 2030-03-01; a new version cannot start earlier (asked: 2030-02-28)"
    );
    let mid_day = run_import(db, &dearer(), day + 3_600_000)
        .await
        .unwrap_err();
    assert!(
        matches!(mid_day, ImportError::NotStartOfDay { .. }),
        "{mid_day}"
    );
    assert_eq!(counts(db).await, before);

    // An import whose transaction is not committed leaves nothing either.
    {
        let mut tx = db.begin().await.unwrap();
        let outcome = import(&mut tx, &dearer(), day + DAY_MS).await.unwrap();
        assert!(matches!(outcome, ImportOutcome::Created(_)));
    }
    assert_eq!(counts(db).await, before);
    assert_eq!(ch_price(db, day + DAY_MS).await, Some(chf(1600)));
}

async fn an_identical_import_is_unchanged(db: &Db) {
    let default = parse(DEFAULT);
    let ImportOutcome::Created(v1) = run_import(db, &default, 0).await.unwrap() else {
        panic!("created");
    };
    let before = counts(db).await;
    let later = start_of_day(db.now_ms());
    assert_eq!(
        run_import(db, &parse(DEFAULT), later).await.unwrap(),
        ImportOutcome::Unchanged(v1.clone())
    );
    // Comments, order and spelling are not the catalogue: still unchanged.
    let respelled = DEFAULT
        .replace("name = \".com\"", "name = \"COM\"")
        .replace("# Priced per extension, below.\n", "");
    assert_eq!(
        run_import(db, &parse(&respelled), later).await.unwrap(),
        ImportOutcome::Unchanged(v1)
    );
    assert_eq!(counts(db).await, before);

    // Going back to an earlier catalogue after a change is a new version.
    run_import(db, &dearer(), later).await.unwrap();
    let ImportOutcome::Created(v3) = run_import(db, &default, later).await.unwrap() else {
        panic!("a revert is a version");
    };
    assert_eq!(v3.id, 3);
    assert_eq!(ch_price(db, later).await, Some(chf(1600)));
}

async fn a_tampered_document_is_corrupt(db: &Db) {
    run_import(db, &parse(DEFAULT), 0).await.unwrap();
    sqlx::query("UPDATE catalogue_versions SET document = REPLACE(document, '16.00', '1.00')")
        .execute(db.pool())
        .await
        .unwrap();
    let err = current_at(db, db.now_ms()).await.unwrap_err();
    assert!(err.to_string().contains("SHA-256"), "{err}");
}

#[test]
fn days_are_utc() {
    assert_eq!(parse_day("1970-01-02"), Some(DAY_MS));
    assert_eq!(parse_day("2027-02-30"), None);
    assert_eq!(parse_day("27-01-01x"), None);
    assert_eq!(catalogue::day_text(DAY_MS * 365), "1971-01-01");
    assert_eq!(start_of_day(DAY_MS + 5), DAY_MS);
    assert_eq!(start_of_day(-5), -DAY_MS);
}

#[tokio::test]
async fn catalogue_versions() {
    on_each_backend!(import_then_read);
    on_each_backend!(a_new_version_applies_from_its_day);
    on_each_backend!(refused_imports_change_nothing);
    on_each_backend!(an_identical_import_is_unchanged);
    on_each_backend!(a_tampered_document_is_corrupt);
}
