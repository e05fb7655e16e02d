-- Per-member rights beyond the role: the billing right (see and pay invoices) and access to
-- individual products for limited members (collaborators, externals).
ALTER TABLE memberships ADD COLUMN billing_right BIGINT NOT NULL DEFAULT 0 CHECK (billing_right IN (0, 1));

CREATE TABLE product_grants (
    org_id     TEXT NOT NULL,
    user_id    TEXT NOT NULL,
    product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    PRIMARY KEY (org_id, user_id, product_id),
    FOREIGN KEY (org_id, user_id) REFERENCES memberships(org_id, user_id) ON DELETE CASCADE
);
CREATE INDEX product_grants_product_idx ON product_grants(product_id);
