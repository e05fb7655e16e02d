//! Gapless invoice numbers. Invoices are issued by the provider running the console, not by
//! the customer organisations, so one sequence per calendar year serves every organisation
//! (`2026-000001`, `2026-000002`, …), as VAT law asks of one issuer. A number is taken inside
//! the transaction that issues the invoice: the row lock (PostgreSQL) or the single writer
//! (SQLite) orders concurrent issuers, and a rolled-back issue gives its number back, so the
//! sequence never skips nor repeats.

use crate::{DbError, Tx};

/// The next number of `year`'s sequence, taken in the issuing transaction.
pub async fn next_invoice_number(tx: &mut Tx, year: i32) -> Result<String, DbError> {
    sqlx::query(
        "INSERT INTO invoice_sequences (year, last_number) VALUES ($1, 0) \
         ON CONFLICT (year) DO NOTHING",
    )
    .bind(i64::from(year))
    .execute(&mut **tx)
    .await?;
    let number: i64 = sqlx::query_scalar(
        "UPDATE invoice_sequences SET last_number = last_number + 1 WHERE year = $1 \
         RETURNING last_number",
    )
    .bind(i64::from(year))
    .fetch_one(&mut **tx)
    .await?;
    Ok(format_number(year, number))
}

/// `2026-000042`: the year, then the number padded to six digits (more when needed).
pub fn format_number(year: i32, number: i64) -> String {
    format!("{year}-{number:06}")
}
