//! Invoice numbers under concurrency, on both databases.

use crate::numbering::{format_number, next_invoice_number};
use crate::testing::{backends, TestDb};
use crate::Db;

async fn take(db: Db, year: i32, commit: bool) -> String {
    let mut tx = db.begin().await.unwrap();
    let number = next_invoice_number(&mut tx, year).await.unwrap();
    if commit {
        tx.commit().await.unwrap();
    }
    number
}

async fn two_hundred_concurrent_issuers_get_consecutive_numbers(db: &Db) {
    let tasks: Vec<_> = (0..200)
        .map(|_| tokio::spawn(take(db.clone(), 2026, true)))
        .collect();
    let mut numbers = Vec::new();
    for task in tasks {
        numbers.push(task.await.unwrap());
    }
    numbers.sort();
    let expected: Vec<String> = (1..=200).map(|n| format_number(2026, n)).collect();
    assert_eq!(numbers, expected);

    // A rolled-back issue gives its number back; another year starts at 1.
    take(db.clone(), 2026, false).await;
    assert_eq!(take(db.clone(), 2026, true).await, "2026-000201");
    assert_eq!(take(db.clone(), 2027, true).await, "2027-000001");
}

#[tokio::test]
async fn invoice_numbers_are_gapless() {
    for backend in backends() {
        let t = TestDb::new(backend).await;
        two_hundred_concurrent_issuers_get_consecutive_numbers(&t.db).await;
        t.cleanup().await;
    }
}
