-- The organisation's time zone, in which product end dates are calendar dates (empty until
-- chosen: the billing country's zone applies); when an ongoing redemption ends; and the
-- expiry reminders already sent, one per product, term and number of days.
ALTER TABLE organisations ADD COLUMN time_zone TEXT NOT NULL DEFAULT '';
ALTER TABLE products ADD COLUMN redemption_until BIGINT;

CREATE TABLE product_reminders (
    product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    expires_at BIGINT NOT NULL,
    days       BIGINT NOT NULL,
    sent_at    BIGINT NOT NULL,
    PRIMARY KEY (product_id, expires_at, days)
);
