-- Free vouchers and promotion codes (domain::cart::voucher, domain::cart::promotion).
--
-- A voucher is granted by an operator to one organisation for one product kind (for
-- domains optionally one extension) and one period, free, single use, until `expires_at`
-- (exclusive, Unix ms). Redeeming it is a conditional UPDATE (`used_at IS NULL AND
-- expires_at > now`), so two concurrent orders cannot both use it.
CREATE TABLE vouchers (
    id            TEXT PRIMARY KEY NOT NULL,
    org_id        TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL,
    -- '.ch': only for that extension (domains); NULL: any extension, or not a domain.
    extension     TEXT,
    period_months BIGINT NOT NULL CHECK (period_months BETWEEN 1 AND 120),
    expires_at    BIGINT NOT NULL,
    granted_at    BIGINT NOT NULL,
    -- Who granted it: 'operator:alice'.
    granted_by    TEXT NOT NULL,
    used_at       BIGINT,
    -- The order it was used for.
    used_order_id TEXT,
    CHECK ((used_at IS NULL) = (used_order_id IS NULL))
);
CREATE INDEX vouchers_org_idx ON vouchers(org_id, expires_at);

-- A promotion code: stored normalised (upper case); a percentage in basis points or a
-- fixed amount in one currency (tax excluded); for `periods` periods (1: the first only);
-- for some kinds ('domain,web-hosting') or all (''); valid from `valid_from` until
-- `valid_until` (exclusive; NULL: no end); at most `max_uses` uses in all and
-- `max_per_org` per organisation (NULL: no limit). `used_count` counts the uses: recording
-- one is `UPDATE … SET used_count = used_count + 1 WHERE … used_count < max_uses`, which
-- also locks the row, so concurrent orders cannot pass either limit.
CREATE TABLE promotion_codes (
    id           TEXT PRIMARY KEY NOT NULL,
    code         TEXT NOT NULL UNIQUE,
    percent_bp   BIGINT CHECK (percent_bp BETWEEN 1 AND 10000),
    amount_minor BIGINT CHECK (amount_minor > 0),
    currency     TEXT,
    periods      BIGINT NOT NULL CHECK (periods BETWEEN 1 AND 120),
    kinds        TEXT NOT NULL,
    valid_from   BIGINT NOT NULL,
    valid_until  BIGINT,
    max_uses     BIGINT CHECK (max_uses > 0),
    max_per_org  BIGINT CHECK (max_per_org > 0),
    used_count   BIGINT NOT NULL DEFAULT 0,
    created_at   BIGINT NOT NULL,
    -- Who created it: 'operator:alice'.
    created_by   TEXT NOT NULL,
    CHECK ((percent_bp IS NULL) <> (amount_minor IS NULL)),
    CHECK ((amount_minor IS NULL) = (currency IS NULL)),
    CHECK (valid_until IS NULL OR valid_until > valid_from),
    CHECK (used_count >= 0 AND (max_uses IS NULL OR used_count <= max_uses))
);

-- One row per use: which organisation used the code for which order.
CREATE TABLE promotion_uses (
    code_id   TEXT NOT NULL REFERENCES promotion_codes(id) ON DELETE RESTRICT,
    org_id    TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    order_ref TEXT NOT NULL,
    used_at   BIGINT NOT NULL,
    PRIMARY KEY (code_id, order_ref)
);
CREATE INDEX promotion_uses_org_idx ON promotion_uses(code_id, org_id);
