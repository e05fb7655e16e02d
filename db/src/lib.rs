//! Persistence for Mandant. One set of portable queries serves SQLite (the embedded
//! default) and PostgreSQL (several instances), through sqlx's `Any` driver; each dialect
//! has its own migration folder. Organisation-owned rows are reachable only through an
//! [`OrgScope`], whose only constructor checks membership and permission.

pub mod app_passwords;
pub mod catalogue;
mod clock;
pub mod credit_notes;
pub mod deposits;
mod error;
pub mod fulfilment;
pub mod grants;
pub mod invitations;
pub mod invoices;
pub mod jobs;
pub mod login_moves;
pub mod mail_addresses;
pub mod mail_choices;
pub mod member_security;
pub mod members;
pub mod numbering;
pub mod orders;
pub mod org_deletion;
pub mod org_settings;
pub mod orgs;
pub mod outbox;
pub mod passwords;
pub mod payments;
pub mod product_changes;
pub mod product_lifecycle;
pub mod product_list;
pub mod products;
pub mod promotions;
pub mod pruning;
pub mod push;
pub mod recovery;
pub mod saved_methods;
mod scope;
pub mod scratch;
mod search;
pub mod security_events;
pub mod sessions;
pub mod sms;
pub mod succession;
mod system_scope;
pub mod teams;
pub mod throttle;
pub mod two_factor;
mod tx;
pub mod users;
pub mod vouchers;
pub mod webauthn;

#[cfg(any(test, feature = "testing"))]
pub mod testing;

pub use clock::Clock;
pub use error::DbError;
pub use scope::OrgScope;
pub use system_scope::SystemScope;
pub use tx::Tx;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, Executor};
use std::str::FromStr;
use std::time::Duration;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The database handle shared by the whole server.
#[derive(Clone, Debug)]
pub struct Db {
    pool: AnyPool,
    backend: Backend,
    clock: Clock,
    /// Failures a test injects into use cases (`testing::FailPoints`).
    #[cfg(any(test, feature = "testing"))]
    fail_points: std::sync::Arc<testing::FailPoints>,
}

static SQLITE_MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

impl Db {
    /// Connects to `url` (`sqlite://path?mode=rwc` or `postgres://…`). SQLite runs in WAL
    /// mode with foreign keys enforced.
    pub async fn connect(url: &str) -> Result<Db, DbError> {
        sqlx::any::install_default_drivers();
        let backend = if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Backend::Postgres
        } else if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else {
            return Err(DbError::UnsupportedUrl);
        };
        if backend == Backend::Sqlite {
            ensure_sqlite_parent_dir(url);
        }
        let options = AnyConnectOptions::from_str(url)?;
        let pool = AnyPoolOptions::new()
            .max_connections(if backend == Backend::Sqlite { 8 } else { 16 })
            .acquire_timeout(Duration::from_secs(10))
            .after_connect(move |conn, _meta| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        conn.execute("PRAGMA foreign_keys = ON").await?;
                        conn.execute("PRAGMA journal_mode = WAL").await?;
                        conn.execute("PRAGMA busy_timeout = 10000").await?;
                        conn.execute("PRAGMA synchronous = NORMAL").await?;
                    }
                    Ok(())
                })
            })
            .connect_with(options)
            .await?;
        Ok(Db {
            pool,
            backend,
            clock: Clock::system(),
            #[cfg(any(test, feature = "testing"))]
            fail_points: Default::default(),
        })
    }

    /// Applies pending migrations of this database's dialect.
    pub async fn migrate(&self) -> Result<(), DbError> {
        let migrator = match self.backend {
            Backend::Sqlite => &SQLITE_MIGRATOR,
            Backend::Postgres => &POSTGRES_MIGRATOR,
        };
        migrator.run(&self.pool).await?;
        Ok(())
    }

    /// This handle with `clock` as the time every repository reads (tests, shifted demos).
    pub fn with_clock(mut self, clock: Clock) -> Db {
        self.clock = clock;
        self
    }

    /// The clock shared by every clone of this handle.
    pub fn clock(&self) -> &Clock {
        &self.clock
    }

    /// The current instant (Unix milliseconds, UTC) by this database's clock.
    pub fn now_ms(&self) -> i64 {
        self.clock.now_ms()
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub(crate) fn pool(&self) -> &AnyPool {
        &self.pool
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// `sqlite://data/mandant.db?mode=rwc` → create `data/` so a fresh checkout just works.
fn ensure_sqlite_parent_dir(url: &str) {
    let path = url
        .trim_start_matches("sqlite:")
        .trim_start_matches("//")
        .split('?')
        .next()
        .unwrap_or_default();
    if let Some(parent) = std::path::Path::new(path).parent() {
        if !parent.as_os_str().is_empty() {
            let _ = std::fs::create_dir_all(parent);
        }
    }
}

/// `Ok` when a write touched exactly one row of the scoped organisation, else `NotFound`:
/// an id from another organisation matches nothing and reads as missing.
pub(crate) fn one_row(rows_affected: u64) -> Result<(), domain::AppError> {
    if rows_affected == 1 {
        Ok(())
    } else {
        Err(domain::AppError::NotFound)
    }
}

/// Tables of rows a user owns outright (deleted by their owner, by id).
#[derive(Clone, Copy)]
pub(crate) enum OwnedRows {
    SecurityKeys,
    AppPasswords,
}

/// Deletes row `id` of `table` when it belongs to `user`; an id of anyone else's row
/// matches nothing and reads as `NotFound`.
pub(crate) async fn delete_owned(
    db: &Db,
    table: OwnedRows,
    user: domain::UserId,
    id: &str,
) -> Result<(), domain::AppError> {
    let sql = match table {
        OwnedRows::SecurityKeys => "DELETE FROM security_keys WHERE id = $1 AND user_id = $2",
        OwnedRows::AppPasswords => "DELETE FROM app_passwords WHERE id = $1 AND user_id = $2",
    };
    let deleted = sqlx::query(sql)
        .bind(id)
        .bind(user.to_string())
        .execute(db.pool())
        .await
        .map_err(DbError::from)?;
    one_row(deleted.rows_affected())
}

/// A new UUIDv7 (time-ordered, not guessable) for a row.
pub(crate) fn new_uuid() -> uuid::Uuid {
    uuid::Uuid::now_v7()
}

#[cfg(test)]
mod tests;
