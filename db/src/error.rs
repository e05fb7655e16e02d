//! Database failures, and their translation into the error codes the interface sees.

use domain::AppError;

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("database URL must start with sqlite: or postgres:")]
    UnsupportedUrl,
    #[error(transparent)]
    Sqlx(#[from] sqlx::Error),
    #[error(transparent)]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("stored value is corrupt: {0}")]
    Corrupt(String),
    /// A failure a test injected (`Db::fail_mail_after`).
    #[cfg(any(test, feature = "testing"))]
    #[error("injected failure")]
    Injected,
}

impl DbError {
    /// Whether a unique constraint rejected the write. SQLite does not report constraint
    /// names, so callers pass the only unique key the statement can hit.
    pub fn is_unique_violation(&self) -> bool {
        matches!(self, DbError::Sqlx(sqlx::Error::Database(e)) if e.is_unique_violation())
    }
}

impl From<DbError> for AppError {
    /// Internal details are logged with a reference; only the reference leaves the server.
    fn from(err: DbError) -> Self {
        let reference = uuid::Uuid::now_v7().simple().to_string();
        tracing::error!(%reference, error = %err, "database error");
        AppError::Internal { reference }
    }
}
