-- Deposits to the prepaid account are payments for no order: `order_id` becomes optional
-- and `purpose` says which ('order' or 'deposit'). SQLite cannot relax a NOT NULL, so the
-- table is rebuilt with its rows.
CREATE TABLE payments_rebuilt (
    id              TEXT PRIMARY KEY NOT NULL,
    org_id          TEXT NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
    order_id        TEXT REFERENCES orders(id) ON DELETE RESTRICT,
    purpose         TEXT NOT NULL DEFAULT 'order',
    method          TEXT NOT NULL,
    status          TEXT NOT NULL,
    amount_minor    BIGINT NOT NULL,
    currency        TEXT NOT NULL,
    processor       TEXT NOT NULL,
    processor_ref   TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    created_by      TEXT REFERENCES users(id) ON DELETE SET NULL,
    created_at      BIGINT NOT NULL,
    completed_at    BIGINT,
    CONSTRAINT payments_idempotency_key UNIQUE (org_id, idempotency_key),
    CONSTRAINT payments_processor_ref_key UNIQUE (processor, processor_ref),
    CHECK ((purpose = 'order') = (order_id IS NOT NULL))
);
INSERT INTO payments_rebuilt (id, org_id, order_id, purpose, method, status, amount_minor,
    currency, processor, processor_ref, idempotency_key, created_by, created_at, completed_at)
    SELECT id, org_id, order_id, 'order', method, status, amount_minor, currency, processor,
    processor_ref, idempotency_key, created_by, created_at, completed_at FROM payments;
DROP TABLE payments;
ALTER TABLE payments_rebuilt RENAME TO payments;
CREATE INDEX payments_order_idx ON payments(order_id);
