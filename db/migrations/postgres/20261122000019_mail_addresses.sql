-- The addresses of mail services, and the temporary login name an account gets when the
-- address it signed in with is deleted (until its owner chooses a new login e-mail).
CREATE TABLE mail_addresses (
    id         TEXT PRIMARY KEY NOT NULL,
    org_id     TEXT NOT NULL,
    product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    address    TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    CONSTRAINT mail_addresses_address_key UNIQUE (address)
);
CREATE INDEX mail_addresses_product_idx ON mail_addresses(product_id);

ALTER TABLE users ADD COLUMN temporary_login TEXT;
CREATE UNIQUE INDEX users_temporary_login_key ON users(temporary_login);
