-- Blocking a product's management (administrators and legal representatives only) and
-- every change of a product, with who made it: a member (`actor_user_id`) or a job or an
-- operator (`actor_name`, e.g. `job:domain-lifecycle`).
ALTER TABLE products ADD COLUMN management_blocked BIGINT NOT NULL DEFAULT 0
    CHECK (management_blocked IN (0, 1));
CREATE INDEX products_org_expiry_idx ON products(org_id, expires_at);

CREATE TABLE product_events (
    id            TEXT PRIMARY KEY NOT NULL,
    product_id    TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    org_id        TEXT NOT NULL,
    at            BIGINT NOT NULL,
    actor_user_id TEXT,
    actor_name    TEXT,
    change        TEXT NOT NULL,
    value_from    TEXT,
    value_to      TEXT,
    CHECK ((actor_user_id IS NULL) <> (actor_name IS NULL))
);
CREATE INDEX product_events_product_idx ON product_events(product_id, at);
