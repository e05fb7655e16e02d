//! One transaction per use case. A use case (a server function, an API handler or a job)
//! opens a [`Tx`], passes it to every repository call it makes — including queuing mail in
//! the outbox and recording security events — and commits once: a failure anywhere leaves
//! nothing behind. Dropping a `Tx` without committing rolls it back.

use crate::{Db, DbError};
use sqlx::{Any, AnyConnection, Transaction};
use std::ops::{Deref, DerefMut};

pub struct Tx {
    inner: Transaction<'static, Any>,
    /// The instant of this use case: every row it writes carries the same time.
    now_ms: i64,
    db: Db,
}

impl Db {
    /// Opens the transaction of one use case.
    pub async fn begin(&self) -> Result<Tx, DbError> {
        Ok(Tx {
            inner: self.pool().begin().await?,
            now_ms: self.now_ms(),
            db: self.clone(),
        })
    }
}

impl Tx {
    /// The instant the use case started, by the database's clock.
    pub fn now_ms(&self) -> i64 {
        self.now_ms
    }

    /// The database outside this transaction, for reads that need not wait for it.
    pub fn db(&self) -> &Db {
        &self.db
    }

    /// Makes every write of the use case visible at once.
    pub async fn commit(self) -> Result<(), DbError> {
        self.inner.commit().await?;
        Ok(())
    }
}

impl Deref for Tx {
    type Target = AnyConnection;
    fn deref(&self) -> &AnyConnection {
        &self.inner
    }
}

impl DerefMut for Tx {
    fn deref_mut(&mut self) -> &mut AnyConnection {
        &mut self.inner
    }
}
