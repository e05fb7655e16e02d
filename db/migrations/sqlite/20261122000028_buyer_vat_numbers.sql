-- The buyer's VAT number, per billing address (the organisation's main one and each further
-- one): it decides reverse charge for EU businesses, and the invoice copies it when issued.
ALTER TABLE organisations ADD COLUMN vat_number TEXT;
ALTER TABLE billing_addresses ADD COLUMN vat_number TEXT;
ALTER TABLE invoices ADD COLUMN buyer_vat_number TEXT;
