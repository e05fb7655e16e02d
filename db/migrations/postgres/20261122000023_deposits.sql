-- Deposits to the prepaid account are payments for no order: `order_id` becomes optional
-- and `purpose` says which ('order' or 'deposit').
ALTER TABLE payments ALTER COLUMN order_id DROP NOT NULL;
ALTER TABLE payments ADD COLUMN purpose TEXT NOT NULL DEFAULT 'order';
ALTER TABLE payments ADD CONSTRAINT payments_purpose_check
    CHECK ((purpose = 'order') = (order_id IS NOT NULL));
