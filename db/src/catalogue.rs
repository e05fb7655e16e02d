//! The provider's catalogue, stored as versions by the day they take effect.
//!
//! An import stores the validated catalogue's canonical JSON with its SHA-256, and every
//! price that can be ordered as its own row. Nothing is updated or deleted afterwards: a
//! price change is a new version from a later (or the same) day, so reading a price means
//! reading it *at an instant* ([`price_at`], [`current_at`]), and an instant before the
//! change still reads the old price.
//!
//! Effective dates are the start of a calendar day in **UTC** (Unix milliseconds of
//! 00:00 UTC), as operators read and write dates in UTC (`mandant jobs`, `mandant outbox`).

use crate::{Db, DbError, Tx};
use domain::catalogue::{normalise_extension, Period, ProductKind, ValidCatalogue};
use domain::money::{Currency, Money};
use sha2::{Digest, Sha256};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

/// One day in milliseconds.
pub const DAY_MS: i64 = 86_400_000;

/// A stored catalogue version (without its document).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Version {
    /// 1, 2, 3, … in import order.
    pub id: i64,
    /// 00:00 UTC of the first day it applies, Unix milliseconds.
    pub effective_from: i64,
    pub imported_at: i64,
    /// Hex SHA-256 of the canonical document.
    pub sha256: String,
}

/// What an import did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportOutcome {
    /// A new version, in force from its `effective_from`.
    Created(Version),
    /// The catalogue equals the newest version's (shown): nothing was written.
    Unchanged(Version),
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("a catalogue takes effect at the start of a day (00:00 UTC); {} is not", instant_text(*.effective_from))]
    NotStartOfDay { effective_from: i64 },
    #[error(
        "version {} takes effect on {}; a new version cannot start earlier (asked: {})",
        .newest.id,
        day_text(.newest.effective_from),
        day_text(*.requested)
    )]
    EarlierThanNewest { requested: i64, newest: Version },
    /// Another import created the same version number at the same time.
    #[error("another catalogue import ran at the same time; try again")]
    Concurrent,
    #[error(transparent)]
    Db(#[from] DbError),
}

/// The hex SHA-256 of a catalogue's canonical JSON, and that JSON.
pub fn canonical(catalogue: &ValidCatalogue) -> Result<(String, String), DbError> {
    let document = serde_json::to_string(catalogue)
        .map_err(|e| DbError::Corrupt(format!("catalogue cannot be serialised: {e}")))?;
    Ok((sha256_hex(&document), document))
}

fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Stores `catalogue` as a new version in force from `effective_from_ms` (00:00 UTC of a
/// day), inside the caller's transaction: the version and all its prices, or nothing.
/// A catalogue equal to the newest version's is [`ImportOutcome::Unchanged`]; a date
/// before the newest version's is refused. Commit `tx` only on `Ok`: dropping it after an
/// error rolls back whatever the import had written.
pub async fn import(
    tx: &mut Tx,
    catalogue: &ValidCatalogue,
    effective_from_ms: i64,
) -> Result<ImportOutcome, ImportError> {
    if effective_from_ms.rem_euclid(DAY_MS) != 0 {
        return Err(ImportError::NotStartOfDay {
            effective_from: effective_from_ms,
        });
    }
    let (sha256, document) = canonical(catalogue)?;
    let newest = newest_version(tx).await?;
    if let Some(newest) = &newest {
        if newest.sha256 == sha256 {
            return Ok(ImportOutcome::Unchanged(newest.clone()));
        }
        if effective_from_ms < newest.effective_from {
            return Err(ImportError::EarlierThanNewest {
                requested: effective_from_ms,
                newest: newest.clone(),
            });
        }
    }
    let version = Version {
        id: newest.map_or(1, |n| n.id + 1),
        effective_from: effective_from_ms,
        imported_at: tx.now_ms(),
        sha256,
    };
    let inserted = sqlx::query(
        "INSERT INTO catalogue_versions (id, effective_from, imported_at, sha256, document) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(version.id)
    .bind(version.effective_from)
    .bind(version.imported_at)
    .bind(&version.sha256)
    .bind(&document)
    .execute(&mut **tx)
    .await
    .map_err(DbError::from);
    match inserted {
        Err(e) if e.is_unique_violation() => return Err(ImportError::Concurrent),
        other => other?,
    };
    insert_prices(tx, version.id, catalogue).await?;
    Ok(ImportOutcome::Created(version))
}

/// The price rows of a version, a hundred per statement.
async fn insert_prices(
    tx: &mut Tx,
    version: i64,
    catalogue: &ValidCatalogue,
) -> Result<(), DbError> {
    const COLUMNS: usize = 6;
    let rows = catalogue.price_rows();
    for chunk in rows.chunks(100) {
        let values: Vec<String> = (0..chunk.len())
            .map(|i| {
                let n = i * COLUMNS;
                format!(
                    "(${}, ${}, ${}, ${}, ${}, ${})",
                    n + 1,
                    n + 2,
                    n + 3,
                    n + 4,
                    n + 5,
                    n + 6
                )
            })
            .collect();
        let sql = format!(
            "INSERT INTO catalogue_prices \
             (version_id, kind, extension, period_months, currency, price_minor) VALUES {}",
            values.join(", ")
        );
        let mut query = sqlx::query(&sql);
        for row in chunk {
            query = query
                .bind(version)
                .bind(row.kind.code())
                .bind(row.extension.clone().unwrap_or_default())
                .bind(i64::from(row.period.months()))
                .bind(row.price.currency.code())
                .bind(row.price.minor);
        }
        query.execute(&mut **tx).await?;
    }
    Ok(())
}

const VERSION_COLUMNS: &str = "id, effective_from, imported_at, sha256, document";

fn version_fields(row: &AnyRow) -> Result<Version, DbError> {
    Ok(Version {
        id: row.try_get("id")?,
        effective_from: row.try_get("effective_from")?,
        imported_at: row.try_get("imported_at")?,
        sha256: row.try_get("sha256")?,
    })
}

/// A version row with its document, the catalogue read back.
fn version_of(row: &AnyRow) -> Result<(Version, ValidCatalogue), DbError> {
    let version = version_fields(row)?;
    let document: String = row.try_get("document")?;
    let catalogue = catalogue_of(&version, &document)?;
    Ok((version, catalogue))
}

/// The stored document, checked against its hash and validated again.
fn catalogue_of(version: &Version, document: &str) -> Result<ValidCatalogue, DbError> {
    if sha256_hex(document) != version.sha256 {
        return Err(DbError::Corrupt(format!(
            "catalogue version {} does not match its SHA-256",
            version.id
        )));
    }
    serde_json::from_str(document)
        .map_err(|e| DbError::Corrupt(format!("catalogue version {} is invalid: {e}", version.id)))
}

async fn newest_version(conn: &mut AnyConnection) -> Result<Option<Version>, DbError> {
    let row = sqlx::query(
        "SELECT id, effective_from, imported_at, sha256 FROM catalogue_versions \
         ORDER BY effective_from DESC, id DESC LIMIT 1",
    )
    .fetch_optional(conn)
    .await?;
    row.as_ref().map(version_fields).transpose()
}

/// Whether any catalogue was ever imported (read inside the importing transaction).
pub async fn exists(tx: &mut Tx) -> Result<bool, DbError> {
    Ok(newest_version(tx).await?.is_some())
}

/// The version in force at `at_ms` and its catalogue; `None` before the first version.
pub async fn version_at(db: &Db, at_ms: i64) -> Result<Option<(Version, ValidCatalogue)>, DbError> {
    let row = sqlx::query(&format!(
        "SELECT {VERSION_COLUMNS} FROM catalogue_versions WHERE effective_from <= $1 \
         ORDER BY effective_from DESC, id DESC LIMIT 1"
    ))
    .bind(at_ms)
    .fetch_optional(db.pool())
    .await?;
    row.as_ref().map(version_of).transpose()
}

/// The catalogue in force at `at_ms`.
pub async fn current_at(db: &Db, at_ms: i64) -> Result<Option<ValidCatalogue>, DbError> {
    Ok(version_at(db, at_ms).await?.map(|(_, catalogue)| catalogue))
}

/// The newest version (possibly not yet in force) and its catalogue.
pub async fn newest(db: &Db) -> Result<Option<(Version, ValidCatalogue)>, DbError> {
    let row = sqlx::query(&format!(
        "SELECT {VERSION_COLUMNS} FROM catalogue_versions \
         ORDER BY effective_from DESC, id DESC LIMIT 1"
    ))
    .fetch_optional(db.pool())
    .await?;
    row.as_ref().map(version_of).transpose()
}

/// Every version, oldest first.
pub async fn versions(db: &Db) -> Result<Vec<Version>, DbError> {
    let rows = sqlx::query(
        "SELECT id, effective_from, imported_at, sha256 FROM catalogue_versions \
         ORDER BY effective_from, id",
    )
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(version_fields).collect()
}

/// The price of one order of `kind` (of `extension`, for domains) for `period` in
/// `currency`, tax excluded, by the version in force at `at_ms`; `None` when it could not
/// be ordered then. Equals [`ValidCatalogue::price`] of that version.
pub async fn price_at(
    db: &Db,
    kind: ProductKind,
    extension: Option<&str>,
    period: Period,
    currency: Currency,
    at_ms: i64,
) -> Result<Option<Money>, DbError> {
    let extension = if kind.priced_per_extension() {
        match extension {
            Some(ext) => normalise_extension(ext),
            None => return Ok(None),
        }
    } else {
        String::new()
    };
    let minor: Option<i64> = sqlx::query_scalar(
        "SELECT p.price_minor FROM catalogue_prices p \
         WHERE p.version_id = (SELECT v.id FROM catalogue_versions v \
                               WHERE v.effective_from <= $1 \
                               ORDER BY v.effective_from DESC, v.id DESC LIMIT 1) \
           AND p.kind = $2 AND p.extension = $3 AND p.period_months = $4 AND p.currency = $5",
    )
    .bind(at_ms)
    .bind(kind.code())
    .bind(extension)
    .bind(i64::from(period.months()))
    .bind(currency.code())
    .fetch_optional(db.pool())
    .await?;
    Ok(minor.map(|minor| Money::new(minor, currency)))
}

/// 00:00 UTC of the day `at_ms` falls on.
pub fn start_of_day(at_ms: i64) -> i64 {
    at_ms - at_ms.rem_euclid(DAY_MS)
}

/// `2027-01-01` → 00:00 UTC of that day, Unix milliseconds.
pub fn parse_day(text: &str) -> Option<i64> {
    let date = chrono::NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()?;
    Some(date.and_hms_opt(0, 0, 0)?.and_utc().timestamp_millis())
}

/// The UTC day of an instant, `2027-01-01`.
pub fn day_text(at_ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(at_ms)
        .map(|t| t.format("%Y-%m-%d").to_string())
        .unwrap_or_else(|| at_ms.to_string())
}

fn instant_text(at_ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(at_ms)
        .map(|t| t.format("%Y-%m-%d %H:%M:%S%.3f UTC").to_string())
        .unwrap_or_else(|| at_ms.to_string())
}
