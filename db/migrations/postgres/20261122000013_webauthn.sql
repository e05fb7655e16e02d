-- Security keys and passkeys (WebAuthn) as a second factor. A credential keeps webauthn-rs'
-- serialized passkey (public key, signature counter), rewritten after each use so a cloned
-- authenticator's stale counter is noticed. Ceremonies span two requests that any server
-- instance may answer, so their state waits here: a registration is bound to its user, an
-- authentication to the hash of the pending sign-in's token.
CREATE TABLE security_keys (
    id            TEXT PRIMARY KEY NOT NULL,
    user_id       TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    passkey       TEXT NOT NULL,
    credential_id TEXT NOT NULL,
    created_at    BIGINT NOT NULL,
    last_used_at  BIGINT,
    CONSTRAINT security_keys_credential_key UNIQUE (credential_id)
);
CREATE INDEX security_keys_user_idx ON security_keys(user_id);

CREATE TABLE webauthn_ceremonies (
    owner      TEXT PRIMARY KEY NOT NULL,
    user_id    TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    state      TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
