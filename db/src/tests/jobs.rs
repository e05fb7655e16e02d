//! The job runner on both databases: runs are claimed once, recorded, retried with backoff,
//! keep their lease while they run, are taken over when a runner dies, and pruning is
//! idempotent.

use super::sign_up;
use crate::jobs::{self, Job, RunFuture, Runner};
use crate::testing::{backends, TestDb};
use crate::{pruning, sessions, Db, SystemScope};
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

const PERIOD: i64 = 60_000;

/// Counts its runs; may fail once, or hang on its first run (a runner that dies mid-job).
#[derive(Clone, Default)]
struct Counting {
    name: &'static str,
    runs: Arc<AtomicU64>,
    fail_next: Arc<AtomicBool>,
    hang_next: Arc<AtomicBool>,
    keys: Arc<std::sync::Mutex<Vec<String>>>,
}

impl Counting {
    fn named(name: &'static str) -> Counting {
        Counting {
            name,
            ..Counting::default()
        }
    }
    fn runs(&self) -> u64 {
        self.runs.load(Ordering::SeqCst)
    }
}

impl Job for Counting {
    fn name(&self) -> &'static str {
        self.name
    }
    fn period_ms(&self) -> Option<i64> {
        Some(PERIOD)
    }
    fn lease_ms(&self) -> i64 {
        10_000
    }
    fn run<'a>(&'a self, _: &'a Db, _: &'a SystemScope, key: Option<&'a str>) -> RunFuture<'a> {
        Box::pin(async move {
            if self.hang_next.swap(false, Ordering::SeqCst) {
                std::future::pending::<()>().await;
            }
            // Long enough for two runners' passes to overlap.
            tokio::time::sleep(Duration::from_millis(5)).await;
            if let Some(key) = key {
                self.keys.lock().unwrap().push(key.to_owned());
                return Ok(1);
            }
            self.runs.fetch_add(1, Ordering::SeqCst);
            if self.fail_next.swap(false, Ordering::SeqCst) {
                return Err("provider unreachable".into());
            }
            Ok(3)
        })
    }
}

/// Clock milliseconds a [`Gated`] claim lasts unless renewed.
const SHORT_LEASE: i64 = 1_200;

/// Runs until released: a long job (an export, a renewal batch).
#[derive(Clone, Default)]
struct Gated {
    name: &'static str,
    started: Arc<tokio::sync::Notify>,
    release: Arc<tokio::sync::Notify>,
}

impl Job for Gated {
    fn name(&self) -> &'static str {
        self.name
    }
    fn period_ms(&self) -> Option<i64> {
        Some(PERIOD)
    }
    fn lease_ms(&self) -> i64 {
        SHORT_LEASE
    }
    fn run<'a>(&'a self, _: &'a Db, _: &'a SystemScope, _: Option<&'a str>) -> RunFuture<'a> {
        Box::pin(async move {
            self.started.notify_one();
            self.release.notified().await;
            Ok(1)
        })
    }
}

async fn outcomes(db: &Db, job: &str) -> Vec<String> {
    jobs::runs_of(db, job)
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.outcome)
        .collect()
}

async fn a_due_job_runs_once_per_period_and_every_run_is_recorded(db: &Db) {
    let job = Counting::named("count");
    let runner = Runner::new(db.clone(), "test").with(job.clone());
    runner.register().await.unwrap();
    assert_eq!(runner.run_due().await.unwrap().len(), 1);
    // Not due again before its period has passed.
    assert!(runner.run_due().await.unwrap().is_empty());
    db.clock().advance(PERIOD);
    assert_eq!(runner.run_due().await.unwrap().len(), 1);
    assert_eq!(job.runs(), 2);
    let runs = jobs::runs_of(db, "count").await.unwrap();
    assert_eq!(runs.len(), 2);
    for run in &runs {
        assert_eq!(run.outcome, "succeeded");
        assert_eq!(run.items, 3);
        assert_eq!(run.actor, "job:count");
        assert_eq!(run.runner, runner.id());
        assert!(run.finished_at.is_some());
    }
}

async fn a_failed_run_is_retried_after_backoff(db: &Db) {
    let job = Counting::named("flaky");
    job.fail_next.store(true, Ordering::SeqCst);
    let runner = Runner::new(db.clone(), "test").with(job.clone());
    runner.register().await.unwrap();
    let ran = runner.run_due().await.unwrap();
    assert_eq!(ran[0].result, Err("provider unreachable".to_owned()));
    let row = jobs::list(db).await.unwrap().remove(0);
    assert_eq!(row.failures, 1);
    assert_eq!(row.last_error.as_deref(), Some("provider unreachable"));
    // The first retry waits 30 seconds, not a whole period.
    db.clock().advance(29_000);
    assert!(runner.run_due().await.unwrap().is_empty());
    db.clock().advance(1_000);
    assert_eq!(runner.run_due().await.unwrap()[0].result, Ok(3));
    assert_eq!(jobs::list(db).await.unwrap()[0].failures, 0);
    assert_eq!(outcomes(db, "flaky").await, ["failed", "succeeded"]);
}

async fn a_one_off_run_happens_once(db: &Db) {
    let job = Counting::named("mail-list");
    let runner = Runner::new(db.clone(), "test").with(job.clone());
    runner.register().await.unwrap();
    runner.run_due().await.unwrap();
    let mut tx = db.begin().await.unwrap();
    jobs::schedule_once(&mut tx, "mail-list", "org-1", db.now_ms())
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let ran = runner.run_due().await.unwrap();
    assert_eq!(ran.len(), 1);
    assert_eq!(ran[0].job, "mail-list:org-1");
    assert_eq!(*job.keys.lock().unwrap(), ["org-1"]);
    // Done: neither a later pass nor scheduling the same key again runs it twice.
    let mut tx = db.begin().await.unwrap();
    jobs::schedule_once(&mut tx, "mail-list", "org-1", db.now_ms())
        .await
        .unwrap();
    tx.commit().await.unwrap();
    db.clock().advance(PERIOD);
    let ran = runner.run_due().await.unwrap();
    assert_eq!(ran.len(), 1, "only the periodic run: {ran:?}");
    assert_eq!(job.keys.lock().unwrap().len(), 1);
}

/// Two runners (two instances) on one database, each with its own connection pool, pass
/// over the same jobs concurrently: every due job runs exactly once per period.
async fn two_runners_run_each_due_job_exactly_once(t: &TestDb) {
    let names = ["alpha", "beta", "gamma", "delta", "epsilon"];
    let other = Db::connect(&t.url)
        .await
        .unwrap()
        .with_clock(t.db.clock().clone());
    let mut counts: HashMap<&str, (Counting, Counting)> = HashMap::new();
    let mut first = Runner::new(t.db.clone(), "one");
    let mut second = Runner::new(other.clone(), "two");
    for name in names {
        let (a, b) = (Counting::named(name), Counting::named(name));
        first = first.with(a.clone());
        second = second.with(b.clone());
        counts.insert(name, (a, b));
    }
    first.register().await.unwrap();
    second.register().await.unwrap();
    let rounds = 4;
    for _ in 0..rounds {
        let (a, b) = tokio::join!(first.run_due(), second.run_due());
        assert_eq!(a.unwrap().len() + b.unwrap().len(), names.len());
        t.db.clock().advance(PERIOD);
    }
    for name in names {
        let (a, b) = &counts[name];
        assert_eq!(a.runs() + b.runs(), rounds, "{name}");
        assert_eq!(
            outcomes(&t.db, name).await,
            vec!["succeeded"; rounds as usize]
        );
    }
    other.close().await;
}

/// A runner that dies mid-job (its future dropped) keeps the job claimed only until the
/// lease ends; then another runner takes it over and the dead run reads as abandoned.
async fn a_dead_runners_lease_expires_and_another_finishes(t: &TestDb) {
    let db = &t.db;
    let hanging = Counting::named("sweep");
    hanging.hang_next.store(true, Ordering::SeqCst);
    let dying = Runner::new(db.clone(), "dying").with(hanging.clone());
    dying.register().await.unwrap();
    let task = tokio::spawn(async move { dying.run_due().await });
    while outcomes(db, "sweep").await != ["running"] {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    task.abort();
    let _ = task.await;

    let healthy = Counting::named("sweep");
    let survivor = Runner::new(db.clone(), "survivor").with(healthy.clone());
    assert!(
        survivor.run_due().await.unwrap().is_empty(),
        "lease still runs"
    );
    db.clock().advance(10_000);
    assert_eq!(survivor.run_due().await.unwrap().len(), 1);
    assert_eq!(healthy.runs(), 1);
    assert_eq!(outcomes(db, "sweep").await, ["abandoned", "succeeded"]);
}

/// A runner "first" that has started a [`Gated`] `export` run; the task ends with its pass.
async fn start_long_run(
    db: &Db,
) -> (
    Gated,
    tokio::task::JoinHandle<Result<Vec<jobs::Ran>, crate::DbError>>,
) {
    let long = Gated {
        name: "export",
        ..Gated::default()
    };
    let first = Runner::new(db.clone(), "first").with(long.clone());
    first.register().await.unwrap();
    let task = tokio::spawn(async move { first.run_due().await });
    long.started.notified().await;
    (long, task)
}

async fn a_long_run_renews_its_lease_and_keeps_its_job(t: &TestDb) {
    let db = &t.db;
    let (long, task) = start_long_run(db).await;
    // Well past the lease it was claimed with.
    tokio::time::sleep(Duration::from_millis(SHORT_LEASE as u64 * 5 / 2)).await;
    let other = Counting::named("export");
    let second = Runner::new(db.clone(), "second").with(other.clone());
    assert!(
        second.run_due().await.unwrap().is_empty(),
        "the first runner still holds the job"
    );
    long.release.notify_one();
    let ran = task.await.unwrap().unwrap();
    assert_eq!(ran.len(), 1);
    assert_eq!(ran[0].result, Ok(1));
    assert_eq!(other.runs(), 0);
    assert_eq!(outcomes(db, "export").await, ["succeeded"]);
}

async fn a_run_taken_over_by_another_runner_stops(t: &TestDb) {
    let db = &t.db;
    let (_never_released, task) = start_long_run(db).await;
    // As when this runner could not renew in time and another one claimed the job.
    sqlx::query("UPDATE jobs SET claimed_by = 'other' WHERE name = 'export'")
        .execute(db.pool())
        .await
        .unwrap();
    let ran = tokio::time::timeout(Duration::from_secs(30), task)
        .await
        .expect("the run stops at its next renewal")
        .unwrap()
        .unwrap();
    assert!(ran.is_empty(), "{ran:?}");
    let row = jobs::list(db).await.unwrap().remove(0);
    assert_eq!(
        row.claimed_by.as_deref(),
        Some("other"),
        "the other claim stands"
    );
}

async fn pruning_forgets_what_expired_and_a_second_run_changes_nothing(db: &Db) {
    let (anna, _) = sign_up(db, "anna@example.ch", "Anna").await;
    in_tx!(db, tx => sessions::create(&mut tx, "old", anna, false, &Default::default()).await)
        .unwrap();
    db.clock().advance(3 * 3_600_000);
    in_tx!(db, tx => sessions::create(&mut tx, "fresh", anna, false, &Default::default()).await)
        .unwrap();
    crate::throttle::count_attempt(db, "account:anna@example.ch", db.now_ms())
        .await
        .unwrap();
    db.clock().advance(3_600_000);
    sessions::resolve(db, "fresh").await.unwrap();

    let scope = SystemScope::job("prune-expired");
    let first = pruning::prune_expired(db, &scope).await.unwrap();
    let removed: HashMap<_, _> = first.into_iter().collect();
    assert_eq!(removed["sessions"], 1);
    assert_eq!(removed["login_throttle"], 1);
    assert!(sessions::resolve(db, "fresh").await.unwrap().is_some());
    let again = pruning::prune_expired(db, &scope).await.unwrap();
    assert!(again.iter().all(|(_, n)| *n == 0), "{again:?}");
    assert_eq!(sessions::count_for_user(db, anna).await.unwrap(), 1);
}

#[tokio::test]
async fn job_runs_are_scheduled_recorded_and_retried() {
    on_each_backend!(a_due_job_runs_once_per_period_and_every_run_is_recorded);
    on_each_backend!(a_failed_run_is_retried_after_backoff);
    on_each_backend!(a_one_off_run_happens_once);
}

async fn unpaid_invoices_become_overdue_once_due(db: &Db) {
    use domain::Permission;
    let (anna, org) = sign_up(db, "anna@example.ch", "Anna").await;
    let scope = crate::OrgScope::authorize(db, anna, org, Permission::OrgUpdate)
        .await
        .unwrap();
    let now = db.now_ms();
    use domain::status::InvoiceStatus::{Paid, Unpaid};
    for (number, status, due_in) in [("1", Unpaid, 86_400_000), ("2", Paid, -86_400_000)] {
        crate::invoices::insert(
            db,
            &scope,
            crate::invoices::NewInvoice {
                number,
                status,
                total_minor: 1990,
                issued_at: now,
                due_at: now + due_in,
                paid_at: (status == Paid).then_some(now),
            },
        )
        .await
        .unwrap();
    }
    let system = SystemScope::job("mark-overdue");
    assert_eq!(crate::invoices::mark_overdue(db, &system).await.unwrap(), 0);
    db.clock().advance(2 * 86_400_000);
    assert_eq!(crate::invoices::mark_overdue(db, &system).await.unwrap(), 1);
    assert_eq!(
        crate::invoices::mark_overdue(db, &system).await.unwrap(),
        0,
        "idempotent"
    );
    let statuses: Vec<String> = crate::invoices::list_all(db, &scope)
        .await
        .unwrap()
        .into_iter()
        .map(|i| format!("{}:{}", i.number, domain::status::Status::code(i.status)))
        .collect();
    assert_eq!(statuses, ["1:overdue", "2:paid"]);
}

#[tokio::test]
async fn pruning_and_overdue_marking_are_idempotent() {
    on_each_backend!(pruning_forgets_what_expired_and_a_second_run_changes_nothing);
    on_each_backend!(unpaid_invoices_become_overdue_once_due);
}

#[tokio::test]
async fn several_runners_share_the_jobs() {
    for backend in backends() {
        let t = TestDb::new(backend).await;
        two_runners_run_each_due_job_exactly_once(&t).await;
        t.cleanup().await;
        let t = TestDb::new(backend).await;
        a_dead_runners_lease_expires_and_another_finishes(&t).await;
        t.cleanup().await;
        let t = TestDb::new(backend).await;
        a_long_run_renews_its_lease_and_keeps_its_job(&t).await;
        t.cleanup().await;
        let t = TestDb::new(backend).await;
        a_run_taken_over_by_another_runner_stops(&t).await;
        t.cleanup().await;
    }
}
