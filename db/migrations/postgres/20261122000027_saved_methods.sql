-- Payment methods saved at the payment service provider for later payments (automatic
-- renewals): the provider keeps the card or TWINT/PayPal profile and gives Mandant a token
-- (its alias); Mandant keeps only the token, a masked label and the expiry. `save_method`
-- on a payment says the payer asked to save what they pay with.
CREATE TABLE saved_methods (
    id          TEXT PRIMARY KEY NOT NULL,
    org_id      TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    method      TEXT NOT NULL,
    processor   TEXT NOT NULL,
    token       TEXT NOT NULL,
    label       TEXT NOT NULL,
    -- `YYYY-MM` for cards, NULL for profiles that do not expire.
    expires     TEXT,
    is_default  BIGINT NOT NULL DEFAULT 0,
    created_at  BIGINT NOT NULL,
    CONSTRAINT saved_methods_token_key UNIQUE (org_id, processor, token)
);
CREATE INDEX saved_methods_org_idx ON saved_methods(org_id);

ALTER TABLE payments ADD COLUMN save_method BIGINT NOT NULL DEFAULT 0;
