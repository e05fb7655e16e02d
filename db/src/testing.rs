//! Throw-away databases for tests: a fresh SQLite file and a fresh PostgreSQL database
//! (created on the server at `MANDANT_TEST_PG` or `postgres://postgres@127.0.0.1:5432/postgres`,
//! dropped by `cleanup`). Set `MANDANT_TEST_SKIP_PG=1` to run SQLite only on a machine
//! without PostgreSQL; CI never sets it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::{Backend, Db};
use sqlx::{Connection, Executor};

/// Failures a test injects to prove a use case commits all or nothing.
#[derive(Debug)]
pub struct FailPoints {
    /// Mails that may still be queued before queuing fails; negative: never fails.
    mails_left: std::sync::atomic::AtomicI64,
}

impl Default for FailPoints {
    fn default() -> Self {
        FailPoints {
            mails_left: std::sync::atomic::AtomicI64::new(-1),
        }
    }
}

impl Db {
    /// A count (or any whole number) a test reads with one text parameter.
    pub async fn test_count(&self, sql: &str, param: &str) -> i64 {
        sqlx::query_scalar::<_, Option<i64>>(sql)
            .bind(param)
            .fetch_one(self.pool())
            .await
            .unwrap()
            .unwrap_or(0)
    }

    /// A statement a test runs with one text parameter (a stand-in's change of mind).
    pub async fn test_execute(&self, sql: &str, param: &str) {
        sqlx::query(sql)
            .bind(param)
            .execute(self.pool())
            .await
            .unwrap();
    }

    /// [`Db::test_execute`] from a blocking test scenario.
    pub fn block_on_test_execute(&self, sql: &str, param: &str) {
        tokio::runtime::Handle::current().block_on(self.test_execute(sql, param));
    }

    /// Lets `n` more mails be queued, then makes queuing fail (once) as a crash would.
    pub fn fail_mail_after(&self, n: i64) {
        self.fail_points
            .mails_left
            .store(n, std::sync::atomic::Ordering::SeqCst);
    }

    /// Called where a mail is queued: fails when the test asked for it.
    pub(crate) fn mail_fail_point(&self) -> Result<(), crate::DbError> {
        use std::sync::atomic::Ordering;
        let left = &self.fail_points.mails_left;
        match left.try_update(Ordering::SeqCst, Ordering::SeqCst, |n| {
            (n >= 0).then(|| n - 1)
        }) {
            Ok(0) => Err(crate::DbError::Injected),
            _ => Ok(()),
        }
    }
}

pub struct TestDb {
    pub db: Db,
    pub url: String,
    cleanup: Cleanup,
}

enum Cleanup {
    File(std::path::PathBuf),
    Database { admin_url: String, name: String },
}

fn admin_url() -> String {
    std::env::var("MANDANT_TEST_PG")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

/// The backends this test run covers.
pub fn backends() -> Vec<Backend> {
    if std::env::var("MANDANT_TEST_SKIP_PG").is_ok_and(|v| v == "1") {
        vec![Backend::Sqlite]
    } else {
        vec![Backend::Sqlite, Backend::Postgres]
    }
}

impl TestDb {
    /// A migrated, empty database of `backend`.
    pub async fn new(backend: Backend) -> TestDb {
        let name = format!("mandant_t_{}", uuid::Uuid::now_v7().simple());
        let (url, cleanup) = match backend {
            Backend::Sqlite => {
                let path = std::env::temp_dir().join(format!("{name}.db"));
                (
                    format!("sqlite://{}?mode=rwc", path.display()),
                    Cleanup::File(path),
                )
            }
            Backend::Postgres => {
                let admin = admin_url();
                let mut conn = sqlx::PgConnection::connect(&admin)
                    .await
                    .expect("PostgreSQL for tests (set MANDANT_TEST_SKIP_PG=1 to skip)");
                conn.execute(format!("CREATE DATABASE {name}").as_str())
                    .await
                    .unwrap();
                let base = admin.rsplit_once('/').map(|(b, _)| b.to_owned()).unwrap();
                (
                    format!("{base}/{name}"),
                    Cleanup::Database {
                        admin_url: admin,
                        name,
                    },
                )
            }
        };
        let db = Db::connect(&url).await.unwrap();
        db.migrate().await.unwrap();
        TestDb { db, url, cleanup }
    }

    pub async fn cleanup(self) {
        self.db.close().await;
        match self.cleanup {
            Cleanup::File(path) => {
                for suffix in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
                }
            }
            Cleanup::Database { admin_url, name } => {
                let mut conn = sqlx::PgConnection::connect(&admin_url).await.unwrap();
                conn.execute(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)").as_str())
                    .await
                    .unwrap();
            }
        }
    }
}
