-- Orders that renew, restore or add an option to a product the organisation holds: the
-- product a line is for (NULL: the line creates a new product).
ALTER TABLE order_lines ADD COLUMN for_product TEXT;
