-- Orders placed from the Products section (domain::order): the order with its totals, the
-- VAT treatment and how the customer means to pay, and its lines as priced when placed
-- (products, options, free vouchers, the promotion's discount). `request_key` makes placing
-- idempotent: a second request with the same key finds the first order. Order numbers run
-- per calendar year (O-2026-000001); unlike invoice numbers they need not be gapless.
CREATE TABLE orders (
    id                 TEXT PRIMARY KEY NOT NULL,
    org_id             TEXT NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
    number             TEXT NOT NULL,
    status             TEXT NOT NULL,
    currency           TEXT NOT NULL,
    net_minor          BIGINT NOT NULL,
    tax_minor          BIGINT NOT NULL,
    gross_minor        BIGINT NOT NULL,
    vat_treatment      TEXT NOT NULL,
    payment_method     TEXT NOT NULL,
    -- NULL: the organisation's main billing address.
    billing_address_id TEXT,
    promotion_code     TEXT,
    placed_by          TEXT REFERENCES users(id) ON DELETE SET NULL,
    placed_at          BIGINT NOT NULL,
    expires_at         BIGINT NOT NULL,
    request_key        TEXT NOT NULL,
    CONSTRAINT orders_number_key UNIQUE (number),
    CONSTRAINT orders_request_key UNIQUE (org_id, request_key)
);
CREATE INDEX orders_org_idx ON orders(org_id, status, placed_at);

CREATE TABLE order_lines (
    order_id      TEXT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    position      BIGINT NOT NULL,
    -- 'product', 'option', 'voucher' or 'promotion'.
    item          TEXT NOT NULL,
    -- The request's line this one belongs to (NULL for the promotion).
    line          BIGINT,
    kind          TEXT,
    -- The domain name (ASCII form) or label; the code for the promotion.
    name          TEXT NOT NULL,
    -- As shown: the domain name in its Unicode form.
    display_name  TEXT NOT NULL,
    period_months BIGINT,
    voucher_id    TEXT,
    net_minor     BIGINT NOT NULL,
    tax_minor     BIGINT NOT NULL,
    gross_minor   BIGINT NOT NULL,
    rate_bp       BIGINT NOT NULL,
    PRIMARY KEY (order_id, position)
);

CREATE TABLE order_sequences (
    year        BIGINT PRIMARY KEY NOT NULL,
    last_number BIGINT NOT NULL
);

-- Whether the user sees prices with their tax (remembered from the order page).
ALTER TABLE users ADD COLUMN prices_include_tax BIGINT NOT NULL DEFAULT 0 CHECK (prices_include_tax IN (0, 1));
