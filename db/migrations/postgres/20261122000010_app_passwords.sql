-- App passwords: per-tool passwords for non-interactive access once two-factor is on. They
-- are 120-bit random strings, so a plain SHA-256 is enough to store them.
CREATE TABLE app_passwords (
    id           TEXT PRIMARY KEY NOT NULL,
    user_id      TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    secret_hash  TEXT NOT NULL,
    created_at   BIGINT NOT NULL,
    last_used_at BIGINT,
    CONSTRAINT app_passwords_secret_key UNIQUE (secret_hash)
);
CREATE INDEX app_passwords_user_idx ON app_passwords(user_id);
