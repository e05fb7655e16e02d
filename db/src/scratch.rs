//! Throw-away databases for the bench: a fresh SQLite file or PostgreSQL database, removed
//! again afterwards.

use crate::DbError;
use sqlx::{Connection, Executor};
use std::path::PathBuf;

/// Refreshes the query planner's statistics, as after any bulk import (PostgreSQL's
/// autovacuum would get there within minutes; a bench should not wait for it).
pub async fn analyze(db: &crate::Db) -> Result<(), DbError> {
    sqlx::query("ANALYZE").execute(db.pool()).await?;
    Ok(())
}

/// A database made for one run.
pub struct Scratch {
    pub url: String,
    place: Place,
}

enum Place {
    File(PathBuf),
    Database { admin_url: String, name: String },
}

impl Scratch {
    /// A new empty SQLite database in `dir`.
    pub fn sqlite(dir: &std::path::Path, name: &str) -> Scratch {
        let path = dir.join(format!("{name}.db"));
        Scratch {
            url: format!("sqlite://{}?mode=rwc", path.display()),
            place: Place::File(path),
        }
    }

    /// A new empty PostgreSQL database next to the one `admin_url` names.
    pub async fn postgres(admin_url: &str, name: &str) -> Result<Scratch, DbError> {
        if !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return Err(DbError::Corrupt(format!("bad database name {name}")));
        }
        let mut conn = sqlx::PgConnection::connect(admin_url).await?;
        conn.execute(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)").as_str())
            .await?;
        conn.execute(format!("CREATE DATABASE {name}").as_str())
            .await?;
        let base = admin_url
            .rsplit_once('/')
            .map(|(b, _)| b.to_owned())
            .unwrap_or_else(|| admin_url.to_owned());
        Ok(Scratch {
            url: format!("{base}/{name}"),
            place: Place::Database {
                admin_url: admin_url.to_owned(),
                name: name.to_owned(),
            },
        })
    }

    /// Removes the database (best effort: a leftover is only disk space).
    pub async fn remove(self) {
        match self.place {
            Place::File(path) => {
                for suffix in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
                }
            }
            Place::Database { admin_url, name } => {
                if let Ok(mut conn) = sqlx::PgConnection::connect(&admin_url).await {
                    let _ = conn
                        .execute(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)").as_str())
                        .await;
                }
            }
        }
    }
}
