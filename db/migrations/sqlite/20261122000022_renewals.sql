-- Orders that renew, restore or add an option to a product the organisation holds: the
-- product a line is for (NULL: the line creates a new product).
ALTER TABLE order_lines ADD COLUMN for_product TEXT;

-- A promotion code that runs for several periods keeps discounting the renewals of the
-- products first ordered with it: which code, and how many renewals it still covers.
ALTER TABLE products ADD COLUMN promotion_code TEXT;
ALTER TABLE products ADD COLUMN promotion_renewals_left BIGINT NOT NULL DEFAULT 0;
