//! Background jobs: named periodic or one-off work that every server instance's runner may
//! pick up. A run is claimed with a lease — a conditional `UPDATE … WHERE claimed_until <=
//! now` that only one runner can win — so several instances never run a job twice, and a
//! runner that dies mid-run simply lets its lease expire for another to take over. Every run
//! is recorded (`job_runs`) with its actor, outcome and item count, and failures are retried
//! with backoff. A job's work must be idempotent: running it again changes nothing.

use crate::{new_uuid, Db, DbError, SystemScope};
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

/// How long a failed job waits before its next attempt: 30 s, 1 min, 2 min … at most 1 h.
pub fn backoff_ms(failures: i64) -> i64 {
    let doubling = failures.clamp(1, 8) - 1;
    (30_000_i64 << doubling).min(3_600_000)
}

/// What a job's run returns: how many items it handled, or why it failed (for operators).
pub type RunResult = Result<u64, String>;
pub type RunFuture<'a> = Pin<Box<dyn Future<Output = RunResult> + Send + 'a>>;

/// One kind of background work: periodic (its own row, `prune-expired`) and/or one-off
/// runs scheduled with [`schedule_once`] as `<name>:<key>` rows.
pub trait Job: Send + Sync + 'static {
    /// Stable name, also the job's row (`prune-expired`).
    fn name(&self) -> &'static str;
    /// How often it runs; `None` for a job that only runs when scheduled.
    fn period_ms(&self) -> Option<i64>;
    /// How long a claim lasts without renewal; the runner renews it every third of it while
    /// the run goes on, so a long run keeps its job and a dead runner's expires.
    fn lease_ms(&self) -> i64 {
        300_000
    }
    /// Does the work once, acting as `scope`; `key` is the one-off run's key, `None` for
    /// the periodic run.
    fn run<'a>(&'a self, db: &'a Db, scope: &'a SystemScope, key: Option<&'a str>)
        -> RunFuture<'a>;
}

/// A job's row as `mandant jobs` shows it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct JobRow {
    pub name: String,
    pub period_ms: Option<i64>,
    pub next_run_at: i64,
    pub claimed_by: Option<String>,
    pub claimed_until: i64,
    pub failures: i64,
    pub last_error: Option<String>,
    pub done_at: Option<i64>,
}

/// One recorded run.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct RunRow {
    pub id: String,
    pub job: String,
    pub actor: String,
    pub runner: String,
    pub started_at: i64,
    pub finished_at: Option<i64>,
    pub outcome: String,
    pub items: i64,
    pub error: Option<String>,
}

/// Makes sure a periodic job has its row (first run due at once); keeps its period current.
pub async fn register(db: &Db, name: &str, period_ms: i64) -> Result<(), DbError> {
    sqlx::query(
        "INSERT INTO jobs (name, period_ms, next_run_at, claimed_until, failures) \
         VALUES ($1, $2, $3, 0, 0) ON CONFLICT (name) DO UPDATE SET period_ms = $2",
    )
    .bind(name)
    .bind(period_ms)
    .bind(db.now_ms())
    .execute(db.pool())
    .await?;
    Ok(())
}

/// Schedules a one-off run of job `job` for `key` at `at` (e.g. `mail-invoice-list` for an
/// organisation), in the use case's transaction. Scheduling the same key again while it is
/// pending changes nothing.
pub async fn schedule_once(
    tx: &mut crate::Tx,
    job: &str,
    key: &str,
    at: i64,
) -> Result<(), DbError> {
    sqlx::query(
        "INSERT INTO jobs (name, next_run_at, claimed_until, failures) VALUES ($1, $2, 0, 0) \
         ON CONFLICT (name) DO NOTHING",
    )
    .bind(format!("{job}:{key}"))
    .bind(at)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Names of due one-off runs of `job`.
async fn due_once(db: &Db, job: &str) -> Result<Vec<String>, DbError> {
    Ok(sqlx::query_scalar(
        "SELECT name FROM jobs WHERE name LIKE $1 AND period_ms IS NULL AND done_at IS NULL \
         AND next_run_at <= $2 AND claimed_until <= $2 ORDER BY next_run_at",
    )
    .bind(format!("{job}:%"))
    .bind(db.now_ms())
    .fetch_all(db.pool())
    .await?)
}

/// A claimed run: the runner owns the job until its lease ends.
#[derive(Debug, Clone)]
pub struct Claim {
    pub job: String,
    pub run_id: String,
    runner: String,
    period_ms: Option<i64>,
}

/// Claims `name` for `runner` if it is due and nobody holds a live lease on it. A run left
/// `running` by a runner whose lease expired is recorded as abandoned. `period_ms` is the
/// job's period for its periodic row, `None` for a one-off run.
pub async fn claim(
    db: &Db,
    scope: &SystemScope,
    name: &str,
    runner: &str,
    lease_ms: i64,
    period_ms: Option<i64>,
) -> Result<Option<Claim>, DbError> {
    let mut tx = db.begin().await?;
    let now = tx.now_ms();
    let won = sqlx::query(
        "UPDATE jobs SET claimed_by = $1, claimed_until = $2 WHERE name = $3 \
         AND done_at IS NULL AND next_run_at <= $4 AND claimed_until <= $4",
    )
    .bind(runner)
    .bind(now + lease_ms)
    .bind(name)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    if won.rows_affected() != 1 {
        return Ok(None);
    }
    sqlx::query(
        "UPDATE job_runs SET outcome = 'abandoned', finished_at = $1 \
         WHERE job = $2 AND outcome = 'running'",
    )
    .bind(now)
    .bind(name)
    .execute(&mut *tx)
    .await?;
    let run_id = new_uuid().to_string();
    sqlx::query(
        "INSERT INTO job_runs (id, job, actor, runner, started_at, outcome, items) \
         VALUES ($1, $2, $3, $4, $5, 'running', 0)",
    )
    .bind(&run_id)
    .bind(name)
    .bind(scope.actor())
    .bind(runner)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(Some(Claim {
        job: name.to_owned(),
        run_id,
        runner: runner.to_owned(),
        period_ms,
    }))
}

/// Extends a claim's lease from now while its run goes on; `false` once another runner
/// holds the job (its lease had ended and was taken over).
pub async fn renew(db: &Db, claim: &Claim, lease_ms: i64) -> Result<bool, DbError> {
    let renewed =
        sqlx::query("UPDATE jobs SET claimed_until = $1 WHERE name = $2 AND claimed_by = $3")
            .bind(db.now_ms() + lease_ms)
            .bind(&claim.job)
            .bind(&claim.runner)
            .execute(db.pool())
            .await?;
    Ok(renewed.rows_affected() == 1)
}

/// Records how a claimed run ended and schedules the next one: a periodic job one period
/// later, a one-off job never again after success; a failure after backoff. A runner whose
/// lease was taken over in the meantime changes nothing (the other runner's claim stands).
pub async fn finish(db: &Db, claim: &Claim, result: &RunResult) -> Result<(), DbError> {
    let mut tx = db.begin().await?;
    let now = tx.now_ms();
    let still_ours = match result {
        Ok(_) => {
            sqlx::query(
                "UPDATE jobs SET claimed_by = NULL, claimed_until = 0, failures = 0, \
                 last_error = NULL, next_run_at = $1, done_at = $2 \
                 WHERE name = $3 AND claimed_by = $4",
            )
            .bind(now + claim.period_ms.unwrap_or(0))
            .bind(claim.period_ms.is_none().then_some(now))
            .bind(&claim.job)
            .bind(&claim.runner)
            .execute(&mut *tx)
            .await?
        }
        Err(error) => {
            let failures: i64 = sqlx::query_scalar("SELECT failures FROM jobs WHERE name = $1")
                .bind(&claim.job)
                .fetch_one(&mut *tx)
                .await?;
            sqlx::query(
                "UPDATE jobs SET claimed_by = NULL, claimed_until = 0, failures = failures + 1, \
                 last_error = $1, next_run_at = $2 WHERE name = $3 AND claimed_by = $4",
            )
            .bind(error)
            .bind(now + backoff_ms(failures + 1))
            .bind(&claim.job)
            .bind(&claim.runner)
            .execute(&mut *tx)
            .await?
        }
    };
    if still_ours.rows_affected() == 1 {
        let (outcome, items, error) = match result {
            Ok(items) => ("succeeded", i64::try_from(*items).unwrap_or(i64::MAX), None),
            Err(e) => ("failed", 0, Some(e.as_str())),
        };
        sqlx::query(
            "UPDATE job_runs SET outcome = $1, items = $2, error = $3, finished_at = $4 \
             WHERE id = $5 AND outcome = 'running'",
        )
        .bind(outcome)
        .bind(items)
        .bind(error)
        .bind(now)
        .bind(&claim.run_id)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Every job, by name.
pub async fn list(db: &Db) -> Result<Vec<JobRow>, DbError> {
    Ok(sqlx::query_as(
        "SELECT name, period_ms, next_run_at, claimed_by, claimed_until, failures, last_error, \
         done_at FROM jobs ORDER BY name",
    )
    .fetch_all(db.pool())
    .await?)
}

const SELECT_RUNS: &str =
    "SELECT id, job, actor, runner, started_at, finished_at, outcome, items, error FROM job_runs";

/// The newest runs of every job, newest first.
pub async fn recent_runs(db: &Db, limit: i64) -> Result<Vec<RunRow>, DbError> {
    Ok(sqlx::query_as(&format!(
        "{SELECT_RUNS} ORDER BY started_at DESC, id DESC LIMIT $1"
    ))
    .bind(limit)
    .fetch_all(db.pool())
    .await?)
}

/// Every run of `job`, oldest first.
pub async fn runs_of(db: &Db, job: &str) -> Result<Vec<RunRow>, DbError> {
    Ok(sqlx::query_as(&format!(
        "{SELECT_RUNS} WHERE job = $1 ORDER BY started_at, id"
    ))
    .bind(job)
    .fetch_all(db.pool())
    .await?)
}

/// Runs the registered jobs that are due, one after the other, on one instance.
#[derive(Clone)]
pub struct Runner {
    db: Db,
    id: String,
    jobs: Vec<Arc<dyn Job>>,
}

/// What one pass of a runner did with one job.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ran {
    /// The job's row: its name, or `<name>:<key>` for a one-off run.
    pub job: String,
    pub result: RunResult,
}

impl Runner {
    /// A runner with a unique id (host and process make it readable in `mandant jobs`).
    pub fn new(db: Db, label: &str) -> Runner {
        Runner {
            db,
            id: format!("{label}/{}", new_uuid().simple()),
            jobs: Vec::new(),
        }
    }

    pub fn with(mut self, job: impl Job) -> Runner {
        self.jobs.push(Arc::new(job));
        self
    }

    pub fn id(&self) -> &str {
        &self.id
    }

    /// Registers every job's row; call once before the first pass.
    pub async fn register(&self) -> Result<(), DbError> {
        for job in &self.jobs {
            if let Some(period) = job.period_ms() {
                register(&self.db, job.name(), period).await?;
            }
        }
        Ok(())
    }

    /// Claims and runs every due job once; returns what ran.
    pub async fn run_due(&self) -> Result<Vec<Ran>, DbError> {
        let mut ran = Vec::new();
        for job in &self.jobs {
            let scope = SystemScope::job(job.name());
            let mut rows = due_once(&self.db, job.name()).await?;
            if job.period_ms().is_some() {
                rows.insert(0, job.name().to_owned());
            }
            for row in rows {
                ran.extend(self.claim_and_run(job.as_ref(), &scope, row).await?);
            }
        }
        Ok(ran)
    }

    /// Runs job `name` now (an operator's `mandant jobs run`), acting as `scope`. `None`
    /// when no such job is registered here or another runner holds it.
    pub async fn run_now(&self, name: &str, scope: &SystemScope) -> Result<Option<Ran>, DbError> {
        let Some(job) = self.jobs.iter().find(|j| j.name() == name) else {
            return Ok(None);
        };
        sqlx::query("UPDATE jobs SET next_run_at = $1 WHERE name = $2 AND done_at IS NULL")
            .bind(self.db.now_ms())
            .bind(name)
            .execute(self.db.pool())
            .await?;
        self.claim_and_run(job.as_ref(), scope, name.to_owned())
            .await
    }

    async fn claim_and_run(
        &self,
        job: &dyn Job,
        scope: &SystemScope,
        row: String,
    ) -> Result<Option<Ran>, DbError> {
        let period = if row == job.name() {
            job.period_ms()
        } else {
            None
        };
        let Some(claim) = claim(&self.db, scope, &row, &self.id, job.lease_ms(), period).await?
        else {
            return Ok(None);
        };
        let key = row.split_once(':').map(|(_, key)| key);
        let Some(result) = self.run_keeping_lease(job, scope, key, &claim).await else {
            tracing::warn!(
                job = row,
                "job taken over by another runner; this run stopped"
            );
            return Ok(None);
        };
        if let Err(error) = &result {
            tracing::warn!(job = row, %error, "job failed");
        }
        finish(&self.db, &claim, &result).await?;
        Ok(Some(Ran { job: row, result }))
    }

    /// Runs the job, renewing its lease every third of it; `None` when another runner took
    /// the job over meanwhile: the run is dropped there (an open transaction of it rolls
    /// back), and the job's idempotence makes the other runner's run the one that counts.
    async fn run_keeping_lease(
        &self,
        job: &dyn Job,
        scope: &SystemScope,
        key: Option<&str>,
        claim: &Claim,
    ) -> Option<RunResult> {
        let lease = job.lease_ms();
        let every = self
            .db
            .clock()
            .real_duration(lease / 3)
            .max(std::time::Duration::from_millis(1));
        let work = job.run(&self.db, scope, key);
        tokio::pin!(work);
        loop {
            tokio::select! {
                result = &mut work => return Some(result),
                _ = tokio::time::sleep(every) => match renew(&self.db, claim, lease).await {
                    Ok(true) => {}
                    Ok(false) => return None,
                    // The database is away for a moment: the run goes on, and a takeover is
                    // seen at the next renewal or when it finishes.
                    Err(error) => tracing::warn!(%error, "job lease not renewed"),
                },
            }
        }
    }

    /// Runs due jobs every `tick` for as long as the server runs.
    pub fn spawn(self, tick: std::time::Duration) -> tokio::task::JoinHandle<()> {
        tokio::spawn(async move {
            if let Err(error) = self.register().await {
                tracing::error!(%error, "jobs could not be registered");
            }
            loop {
                if let Err(error) = self.run_due().await {
                    tracing::error!(%error, "job runner: database unavailable");
                }
                tokio::time::sleep(tick).await;
            }
        })
    }
}
