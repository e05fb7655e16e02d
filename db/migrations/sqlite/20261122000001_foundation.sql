-- Users, organisations, memberships, sessions; products and invoices as owned rows.
-- Flags are BIGINT 0/1: sqlx's Any driver cannot decode SQLite booleans.
-- Instants are Unix milliseconds (UTC); money is integer minor units + currency.
CREATE TABLE users (
    id            TEXT PRIMARY KEY NOT NULL,
    email         TEXT NOT NULL,
    name          TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    lang          TEXT NOT NULL,
    country       TEXT NOT NULL,
    time_zone     TEXT NOT NULL,
    last_org_id   TEXT,
    created_at    BIGINT NOT NULL,
    CONSTRAINT users_email_key UNIQUE (email)
);

CREATE TABLE organisations (
    id         TEXT PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL,
    country    TEXT NOT NULL,
    currency   TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE memberships (
    org_id    TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    user_id   TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role      TEXT NOT NULL,
    joined_at BIGINT NOT NULL,
    PRIMARY KEY (org_id, user_id)
);
CREATE INDEX memberships_user_idx ON memberships(user_id);

CREATE TABLE sessions (
    token_hash          TEXT PRIMARY KEY NOT NULL,
    user_id             TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    persistent          BIGINT NOT NULL CHECK (persistent IN (0, 1)),
    user_agent          TEXT NOT NULL,
    created_at          BIGINT NOT NULL,
    last_seen_at        BIGINT NOT NULL,
    absolute_expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_user_idx ON sessions(user_id);

CREATE TABLE products (
    id         TEXT PRIMARY KEY NOT NULL,
    org_id     TEXT NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
    kind       TEXT NOT NULL,
    name       TEXT NOT NULL,
    status     TEXT NOT NULL,
    expires_at BIGINT,
    auto_renew BIGINT NOT NULL CHECK (auto_renew IN (0, 1)),
    created_at BIGINT NOT NULL
);
CREATE INDEX products_org_idx ON products(org_id);

CREATE TABLE invoices (
    id          TEXT PRIMARY KEY NOT NULL,
    org_id      TEXT NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
    number      TEXT NOT NULL,
    status      TEXT NOT NULL,
    total_minor BIGINT NOT NULL,
    currency    TEXT NOT NULL,
    issued_at   BIGINT NOT NULL,
    due_at      BIGINT NOT NULL,
    paid_at     BIGINT,
    CONSTRAINT invoices_number_key UNIQUE (number)
);
CREATE INDEX invoices_org_idx ON invoices(org_id);
