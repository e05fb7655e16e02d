-- Paying orders (app::payments) and setting up what they bought (app::use_cases::fulfilment).
--
-- A payment is one attempt to pay one order through one processor (the sandbox, a payment
-- service provider, or the prepaid account). `idempotency_key` makes starting a payment
-- idempotent per organisation; `processor_ref` is the processor's id of the checkout, by
-- which its callbacks find the payment. Every callback's event id is kept once
-- (`payment_events`), so a repeated callback changes nothing.
CREATE TABLE payments (
    id              TEXT PRIMARY KEY NOT NULL,
    org_id          TEXT NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
    order_id        TEXT NOT NULL REFERENCES orders(id) ON DELETE RESTRICT,
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
    CONSTRAINT payments_processor_ref_key UNIQUE (processor, processor_ref)
);
CREATE INDEX payments_order_idx ON payments(order_id);

CREATE TABLE payment_events (
    processor   TEXT NOT NULL,
    event_id    TEXT NOT NULL,
    received_at BIGINT NOT NULL,
    PRIMARY KEY (processor, event_id)
);

ALTER TABLE orders ADD COLUMN paid_at BIGINT;
-- The invoice issued when the order was paid.
ALTER TABLE orders ADD COLUMN invoice_id TEXT;
ALTER TABLE invoices ADD COLUMN order_id TEXT;

-- Setting up a paid order's products, line by line: the product a line created, and the
-- attempts that failed (the fulfilment job retries them).
ALTER TABLE order_lines ADD COLUMN product_id TEXT;
ALTER TABLE order_lines ADD COLUMN attempts BIGINT NOT NULL DEFAULT 0;
ALTER TABLE order_lines ADD COLUMN last_error TEXT;
ALTER TABLE order_lines ADD COLUMN retry_at BIGINT;

-- A domain's options ('domain-privacy,renewal-warranty') and the order that created a product.
ALTER TABLE products ADD COLUMN options TEXT NOT NULL DEFAULT '';
ALTER TABLE products ADD COLUMN order_id TEXT;
