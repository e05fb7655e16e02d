-- "This wasn't me": each mailed security event carries a link (only its hash is stored) that
-- secures the account: every session, app password and pending sign-in ends and the
-- password must be reset.
ALTER TABLE security_events ADD COLUMN disavow_hash TEXT;
CREATE INDEX security_events_disavow_idx ON security_events(disavow_hash);
