//! `mandant catalogue import` and `show` through the functions the commands run, and the
//! default catalogue imported at first start, on both databases.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use db::testing::{backends, TestDb};
use db::Db;
use server::catalogue_cli::{ensure_default, import_file, read, show, DEFAULT_TOML};
use std::path::PathBuf;

/// Imports `text` from a file of its own, as `mandant catalogue import` would, then
/// removes the file.
async fn import_text(db: &Db, text: &str, from: Option<&str>) -> Result<String, String> {
    let path = std::env::temp_dir().join(format!(
        "mandant-catalogue-{}.toml",
        uuid::Uuid::now_v7().simple()
    ));
    std::fs::write(&path, text).unwrap();
    let result = import_file(db, &path, from).await;
    std::fs::remove_file(&path).unwrap();
    result
}

async fn version_count(db: &Db) -> usize {
    db::catalogue::versions(db).await.unwrap().len()
}

const BAD: &str = r#"
[kind.domain]
[kind.web-hosting]
period = [{ months = 1, price = { CHF = "-9.90", EUR = "9.50" } }]
[kind.hosting-deluxe]
period = [{ months = 1, price = { CHF = "9.90", EUR = "9.50" } }]
[kind.backup]
period = [{ months = 12, price = { CHF = "50.00" } }]

[[extension]]
name = ".ch"
price = { CHF = "16.00", EUR = "16.50" }
max_years = 10
redemption_days = 0
restore_fee = { CHF = "50.00", EUR = "50.00" }

[[extension]]
name = "CH"
price = { CHF = "16.00", EUR = "16.50" }
max_years = 10
redemption_days = 0
"#;

async fn a_bad_file_changes_nothing_and_lists_every_error(db: &Db) {
    let err = import_text(db, BAD, Some("2030-01-01")).await.unwrap_err();
    for expected in [
        "not a valid catalogue (5 errors):",
        "kind backup, period of 12 months, price: no price in EUR [catalogue-missing-price]",
        "kind hosting-deluxe: unknown product kind",
        "kind web-hosting, period of 1 month, price.CHF: the price \"-9.90\" is negative \
         [catalogue-negative-price]",
        "extension .ch, restore_fee: a restore fee without a redemption period can never be \
         charged",
        "extension .ch: this extension is listed twice [catalogue-duplicate-extension]",
        "Nothing was changed.",
    ] {
        assert!(err.contains(expected), "{expected:?} missing from:\n{err}");
    }
    assert_eq!(version_count(db).await, 0);

    // Not even TOML: the parser's message, with its line.
    let err = import_text(db, "[kind.domain\n", None).await.unwrap_err();
    assert!(err.contains("line 1"), "{err}");
    let err = import_file(db, &PathBuf::from("/nonexistent/catalogue.toml"), None)
        .await
        .unwrap_err();
    assert!(
        err.starts_with("cannot read /nonexistent/catalogue.toml"),
        "{err}"
    );
    let err = import_text(db, DEFAULT_TOML, Some("1st of May"))
        .await
        .unwrap_err();
    assert!(err.contains("not a date"), "{err}");
    assert_eq!(version_count(db).await, 0);
}

async fn a_good_file_is_imported_shown_and_changed_by_date(db: &Db) {
    let default = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../catalogue/default.toml");
    let report = import_file(db, &default, Some("2030-01-01")).await.unwrap();
    assert!(
        report.starts_with("Version 1 created, in force from 2030-01-01 (00:00 UTC).\nFirst catalogue: 13 kinds, 12 extensions, "),
        "{report}"
    );

    let table = show(db, Some("2030-01-01")).await.unwrap();
    assert!(
        table.starts_with("Catalogue version 1 in force from 2030-01-01"),
        "{table}"
    );
    let be = table.lines().find(|l| l.starts_with("domain  ")).unwrap();
    let words: Vec<&str> = be.split_whitespace().collect();
    assert_eq!(
        words,
        vec![
            "domain", ".be", "1", "year", "12.00", "11.50", "1–10", "40", "days", "60.00", "58.00"
        ]
    );
    let hosting = table
        .lines()
        .find(|l| l.starts_with("web-mail-hosting") && l.contains("1 year"))
        .unwrap();
    assert_eq!(
        hosting.split_whitespace().collect::<Vec<_>>(),
        vec![
            "web-mail-hosting",
            "1",
            "year",
            "149.00",
            "145.00",
            "1–3",
            "yes"
        ]
    );
    let before = show(db, Some("2029-12-31")).await.unwrap();
    assert!(
        before.starts_with("No catalogue is in force on 2029-12-31"),
        "{before}"
    );

    // Dearer .ch from March: the report names the change; February keeps the old price.
    let dearer = DEFAULT_TOML.replace(
        r#"price = { CHF = "16.00", EUR = "16.50" }"#,
        r#"price = { CHF = "17.00", EUR = "17.50" }"#,
    );
    let report = import_text(db, &dearer, Some("2030-03-01")).await.unwrap();
    assert_eq!(
        report,
        "Version 2 created, in force from 2030-03-01 (00:00 UTC).\nChanges from version 1:\n  \
         ~ domain .ch: CHF 16.00, EUR 16.50 a year, 1–10 years, redemption 0 days → \
         CHF 17.00, EUR 17.50 a year, 1–10 years, redemption 0 days"
    );
    let february = show(db, Some("2030-02-28")).await.unwrap();
    assert!(
        february.contains("Version 2 takes effect on 2030-03-01."),
        "{february}"
    );
    let price = |table: &str| {
        table
            .lines()
            .find(|l| l.contains(" .ch "))
            .map(|l| l.split_whitespace().nth(4).unwrap().to_owned())
    };
    assert_eq!(price(&february).as_deref(), Some("16.00"));
    assert_eq!(
        price(&show(db, Some("2030-03-01")).await.unwrap()).as_deref(),
        Some("17.00")
    );

    // The same file again changes nothing; an earlier day is refused.
    let again = import_text(db, &dearer, Some("2030-04-01")).await.unwrap();
    assert_eq!(
        again,
        "Unchanged: the catalogue equals version 2 (in force from 2030-03-01); nothing was written."
    );
    let err = import_file(db, &default, Some("2030-02-01"))
        .await
        .unwrap_err();
    assert_eq!(
        err,
        "version 2 takes effect on 2030-03-01; a new version cannot start earlier \
         (asked: 2030-02-01)\nNothing was changed."
    );
    assert_eq!(version_count(db).await, 2);

    // With a catalogue in place, the start-up default does nothing.
    assert_eq!(ensure_default(db).await.unwrap(), None);
    assert_eq!(version_count(db).await, 2);
}

async fn the_default_is_imported_once_from_the_epoch(db: &Db) {
    let first = ensure_default(db).await.unwrap().unwrap();
    assert_eq!((first.id, first.effective_from), (1, 0));
    assert_eq!(ensure_default(db).await.unwrap(), None);
    assert_eq!(version_count(db).await, 1);
    let catalogue = db::catalogue::current_at(db, db.now_ms())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(catalogue, read(DEFAULT_TOML).unwrap());
    // Today's default import of the same file is unchanged.
    let report = import_text(db, DEFAULT_TOML, None).await.unwrap();
    assert!(
        report.starts_with("Unchanged: the catalogue equals version 1"),
        "{report}"
    );
}

#[tokio::test]
async fn catalogue_commands() {
    for backend in backends() {
        let t = TestDb::new(backend).await;
        a_bad_file_changes_nothing_and_lists_every_error(&t.db).await;
        a_good_file_is_imported_shown_and_changed_by_date(&t.db).await;
        t.cleanup().await;
        let t = TestDb::new(backend).await;
        the_default_is_imported_once_from_the_epoch(&t.db).await;
        t.cleanup().await;
    }
}
