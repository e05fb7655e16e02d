-- Membership beyond the role: technical management, contact preferences, last activity;
-- teams with product access; invitations by e-mail (single use, bound to the address).
ALTER TABLE memberships ADD COLUMN technical_right BIGINT NOT NULL DEFAULT 0 CHECK (technical_right IN (0, 1));
-- Comma-separated mail categories the member receives for the organisation.
ALTER TABLE memberships ADD COLUMN contact_prefs TEXT NOT NULL DEFAULT 'products';
ALTER TABLE memberships ADD COLUMN last_active_at BIGINT;

CREATE TABLE teams (
    id         TEXT PRIMARY KEY NOT NULL,
    org_id     TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    CONSTRAINT teams_org_id_key UNIQUE (org_id, id)
);
CREATE UNIQUE INDEX teams_org_name_idx ON teams(org_id, LOWER(name));

CREATE TABLE team_members (
    org_id  TEXT NOT NULL,
    team_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    PRIMARY KEY (team_id, user_id),
    FOREIGN KEY (org_id, team_id) REFERENCES teams(org_id, id) ON DELETE CASCADE,
    FOREIGN KEY (org_id, user_id) REFERENCES memberships(org_id, user_id) ON DELETE CASCADE
);
CREATE INDEX team_members_user_idx ON team_members(org_id, user_id);

CREATE TABLE team_product_grants (
    org_id     TEXT NOT NULL,
    team_id    TEXT NOT NULL,
    product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    PRIMARY KEY (team_id, product_id),
    FOREIGN KEY (org_id, team_id) REFERENCES teams(org_id, id) ON DELETE CASCADE
);

CREATE TABLE invitations (
    id              TEXT PRIMARY KEY NOT NULL,
    org_id          TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    email           TEXT NOT NULL,
    role            TEXT NOT NULL,
    billing_right   BIGINT NOT NULL CHECK (billing_right IN (0, 1)),
    technical_right BIGINT NOT NULL CHECK (technical_right IN (0, 1)),
    -- Comma-separated product and team ids granted on acceptance (checked against the
    -- organisation again then, so deleted ones are skipped).
    product_ids     TEXT NOT NULL,
    team_ids        TEXT NOT NULL,
    token_hash      TEXT NOT NULL,
    invited_by      TEXT REFERENCES users(id) ON DELETE SET NULL,
    created_at      BIGINT NOT NULL,
    expires_at      BIGINT NOT NULL,
    accepted_at     BIGINT,
    revoked_at      BIGINT,
    CONSTRAINT invitations_token_key UNIQUE (token_hash)
);
CREATE INDEX invitations_org_idx ON invitations(org_id, created_at);
