-- Background jobs: one row per named job (periodic or one-off). A runner owns a job while
-- its lease (`claimed_until`) runs, so several instances never run the same job at once and
-- a crashed runner's claim simply expires.
CREATE TABLE jobs (
    name          TEXT PRIMARY KEY NOT NULL,
    period_ms     BIGINT,
    next_run_at   BIGINT NOT NULL,
    claimed_by    TEXT,
    claimed_until BIGINT NOT NULL,
    failures      BIGINT NOT NULL,
    last_error    TEXT,
    done_at       BIGINT
);
CREATE INDEX jobs_due_idx ON jobs(next_run_at);

-- Every run of a job: who ran it, when, how it ended and how many items it handled.
CREATE TABLE job_runs (
    id          TEXT PRIMARY KEY NOT NULL,
    job         TEXT NOT NULL REFERENCES jobs(name) ON DELETE CASCADE,
    actor       TEXT NOT NULL,
    runner      TEXT NOT NULL,
    started_at  BIGINT NOT NULL,
    finished_at BIGINT,
    outcome     TEXT NOT NULL CHECK (outcome IN ('running', 'succeeded', 'failed', 'abandoned')),
    items       BIGINT NOT NULL,
    error       TEXT
);
CREATE INDEX job_runs_job_idx ON job_runs(job, started_at);

-- Gapless yearly invoice numbers, taken inside the transaction that issues the invoice.
CREATE TABLE invoice_sequences (
    year        BIGINT PRIMARY KEY NOT NULL,
    last_number BIGINT NOT NULL
);
