-- Recovery channels, SMS codes, push approval and the choice of mailed security events.
--
-- A recovery e-mail and phone (E.164) per account: reset links also go to the recovery
-- e-mail, and the forgotten-login flow sends the login address to the recovery phone.
ALTER TABLE users ADD COLUMN recovery_email TEXT;
ALTER TABLE users ADD COLUMN recovery_phone TEXT;
CREATE INDEX users_recovery_phone_idx ON users(recovery_phone);

-- The outbox carries text messages too: a channel per row, each delivered by its own sender.
ALTER TABLE mail_outbox ADD COLUMN channel TEXT NOT NULL DEFAULT 'mail';
CREATE INDEX mail_outbox_channel_idx ON mail_outbox(channel, status, next_attempt_at);

-- A phone number receiving second-factor codes by SMS (confirmed once a first code matched).
CREATE TABLE sms_factors (
    user_id      TEXT PRIMARY KEY NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    phone        TEXT NOT NULL,
    confirmed_at BIGINT,
    created_at   BIGINT NOT NULL
);

-- Short-lived codes sent by SMS, stored hashed, bound to what they unlock: enrolling the
-- phone (`enrol`) or one waiting sign-in (`login:<pending token hash>`). Wrong guesses are
-- counted per code and end it.
CREATE TABLE sms_codes (
    id         TEXT PRIMARY KEY NOT NULL,
    user_id    TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    purpose    TEXT NOT NULL,
    code_hash  TEXT NOT NULL,
    attempts   BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at    BIGINT
);
CREATE INDEX sms_codes_user_idx ON sms_codes(user_id, purpose);

-- A waiting sign-in asking the user's signed-in sessions for approval.
CREATE TABLE push_approvals (
    id           TEXT PRIMARY KEY NOT NULL,
    user_id      TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    pending_hash TEXT NOT NULL,
    ip           TEXT NOT NULL,
    user_agent   TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('waiting', 'approved', 'denied', 'used')),
    created_at   BIGINT NOT NULL,
    expires_at   BIGINT NOT NULL,
    decided_at   BIGINT
);
CREATE INDEX push_approvals_user_idx ON push_approvals(user_id, status, expires_at);
CREATE INDEX push_approvals_pending_idx ON push_approvals(pending_hash);

-- Which security events the user wants mailed, where they differ from the defaults.
CREATE TABLE security_mail_choices (
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind    TEXT NOT NULL,
    mailed  BIGINT NOT NULL CHECK (mailed IN (0, 1)),
    PRIMARY KEY (user_id, kind)
);

-- What an event changed, where undoing it needs it (the previous login address).
ALTER TABLE security_events ADD COLUMN detail TEXT;
