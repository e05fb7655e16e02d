-- Paying part of an order from the prepaid balance and the rest by another method in one
-- checkout: the payment's `amount_minor` is what the processor charges, `prepaid_minor` the
-- part the balance pays when the processor's payment succeeds (debited then, in the same
-- transaction as the invoice). The invoice keeps the part it was paid from the balance.
ALTER TABLE payments ADD COLUMN prepaid_minor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE invoices ADD COLUMN prepaid_minor BIGINT NOT NULL DEFAULT 0;
