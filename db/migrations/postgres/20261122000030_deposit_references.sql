-- Deposits by bank transfer: each organisation has one standing number, given when it first
-- asks for its deposit slip; the slip's QR or creditor reference is made of it, and a
-- transfer carrying that reference is credited to the organisation's prepaid balance.
CREATE TABLE deposit_references (
    org_id     TEXT PRIMARY KEY NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    number     BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    CONSTRAINT deposit_references_number_key UNIQUE (number)
);
