-- Second factor: an authenticator-app (TOTP) secret per user (confirmed once a first code
-- matched; last_step blocks replays), salted hashes of backup codes, and sign-ins waiting
-- for their second factor (no session exists until it is given).
CREATE TABLE totp_secrets (
    user_id      TEXT PRIMARY KEY NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    secret       TEXT NOT NULL,
    confirmed_at BIGINT,
    last_step    BIGINT,
    created_at   BIGINT NOT NULL
);

CREATE TABLE backup_codes (
    id         TEXT PRIMARY KEY NOT NULL,
    user_id    TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    salt       TEXT NOT NULL,
    code_hash  TEXT NOT NULL,
    used_at    BIGINT,
    created_at BIGINT NOT NULL
);
CREATE INDEX backup_codes_user_idx ON backup_codes(user_id);

CREATE TABLE pending_logins (
    token_hash TEXT PRIMARY KEY NOT NULL,
    user_id    TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    persistent BIGINT NOT NULL CHECK (persistent IN (0, 1)),
    expires_at BIGINT NOT NULL
);
