-- Files sent with a queued mail (a deleted organisation's invoice PDFs), made when the mail
-- is queued so the mail carries exactly what was issued at that moment.
CREATE TABLE mail_attachments (
    mail_id      TEXT NOT NULL REFERENCES mail_outbox(id) ON DELETE CASCADE,
    position     BIGINT NOT NULL,
    file_name    TEXT NOT NULL,
    content_type TEXT NOT NULL,
    bytes        BYTEA NOT NULL,
    PRIMARY KEY (mail_id, position)
);
