-- Organisation settings: main billing address, further billing addresses, logo, deletion
-- (kept as a marker: invoices stay for the accounting retention period), the prepaid
-- account's ledger, and the guarded replacement of a legal representative.
ALTER TABLE organisations ADD COLUMN street TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN postal_code TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN city TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN deleted_at BIGINT;

CREATE TABLE billing_addresses (
    id          TEXT PRIMARY KEY NOT NULL,
    org_id      TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    street      TEXT NOT NULL,
    postal_code TEXT NOT NULL,
    city        TEXT NOT NULL,
    country     TEXT NOT NULL,
    email       TEXT NOT NULL,
    created_at  BIGINT NOT NULL
);
CREATE INDEX billing_addresses_org_idx ON billing_addresses(org_id);

-- Re-encoded PNG, never the uploaded bytes.
CREATE TABLE org_logos (
    org_id     TEXT PRIMARY KEY NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    png        BLOB NOT NULL,
    width      BIGINT NOT NULL,
    height     BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

-- Prepaid account movements in minor units (credit positive); the balance is their sum.
CREATE TABLE prepaid_entries (
    id           TEXT PRIMARY KEY NOT NULL,
    org_id       TEXT NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
    amount_minor BIGINT NOT NULL,
    currency     TEXT NOT NULL,
    note         TEXT NOT NULL,
    created_at   BIGINT NOT NULL
);
CREATE INDEX prepaid_entries_org_idx ON prepaid_entries(org_id);

CREATE TABLE legal_rep_transfers (
    id           TEXT PRIMARY KEY NOT NULL,
    org_id       TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    from_user    TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    to_user      TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at   BIGINT NOT NULL,
    expires_at   BIGINT NOT NULL,
    accepted_at  BIGINT,
    cancelled_at BIGINT
);
CREATE INDEX legal_rep_transfers_org_idx ON legal_rep_transfers(org_id);
