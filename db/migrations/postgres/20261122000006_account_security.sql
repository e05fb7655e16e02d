-- Account security: sessions get a public id (listed and revoked without exposing the token
-- hash) and the address they came from; login attempts are counted per account and per
-- address in hourly windows; security events feed Recent activity and security mails.
-- Existing sessions have no public id: everyone signs in again once.
DELETE FROM sessions;
ALTER TABLE sessions ADD COLUMN public_id TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN ip TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX sessions_public_id_idx ON sessions(public_id);

CREATE TABLE login_throttle (
    throttle_key TEXT NOT NULL,
    window_start BIGINT NOT NULL,
    attempts     BIGINT NOT NULL,
    PRIMARY KEY (throttle_key, window_start)
);

CREATE TABLE security_events (
    id         TEXT PRIMARY KEY NOT NULL,
    user_id    TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,
    at         BIGINT NOT NULL,
    ip         TEXT NOT NULL,
    user_agent TEXT NOT NULL,
    -- Short code printed in the security mail about this event, so a real mail can be told
    -- from a fake one by finding the same code in Recent activity.
    code       TEXT NOT NULL
);
CREATE INDEX security_events_user_idx ON security_events(user_id, at);

-- Devices (browser profiles) a user has signed in from, by the hash of a device cookie.
CREATE TABLE known_devices (
    user_id     TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    device_hash TEXT NOT NULL,
    first_seen  BIGINT NOT NULL,
    PRIMARY KEY (user_id, device_hash)
);
