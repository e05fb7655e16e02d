-- Credit notes: an issued invoice never changes; a correction is a credit note that annuls
-- it whole, numbered in the same gapless sequence as invoices (one issuer). A paid invoice
-- credited is refunded to the organisation's prepaid balance (`refunded_minor`), an unpaid
-- one is cancelled. One credit note per invoice.
CREATE TABLE credit_notes (
    id             TEXT PRIMARY KEY NOT NULL,
    org_id         TEXT NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
    invoice_id     TEXT NOT NULL REFERENCES invoices(id) ON DELETE RESTRICT,
    number         TEXT NOT NULL,
    reason         TEXT NOT NULL,
    refunded_minor BIGINT NOT NULL,
    issued_at      BIGINT NOT NULL,
    CONSTRAINT credit_notes_invoice_key UNIQUE (invoice_id),
    CONSTRAINT credit_notes_number_key UNIQUE (number)
);
CREATE INDEX credit_notes_org_idx ON credit_notes(org_id);
