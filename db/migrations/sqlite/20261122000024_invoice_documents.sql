-- What an invoice says, copied when it is issued so that later edits (a billing address,
-- the provider's address, the catalogue) never change an issued invoice: the seller and
-- the buyer, the totals and VAT treatment, how it was paid, and its lines. Invoices from
-- before this have no copy and no printable document.
ALTER TABLE invoices ADD COLUMN seller_name TEXT;
ALTER TABLE invoices ADD COLUMN seller_street TEXT;
ALTER TABLE invoices ADD COLUMN seller_postal_code TEXT;
ALTER TABLE invoices ADD COLUMN seller_city TEXT;
ALTER TABLE invoices ADD COLUMN seller_country TEXT;
ALTER TABLE invoices ADD COLUMN seller_vat_number TEXT;
ALTER TABLE invoices ADD COLUMN buyer_name TEXT;
ALTER TABLE invoices ADD COLUMN buyer_street TEXT;
ALTER TABLE invoices ADD COLUMN buyer_postal_code TEXT;
ALTER TABLE invoices ADD COLUMN buyer_city TEXT;
ALTER TABLE invoices ADD COLUMN buyer_country TEXT;
ALTER TABLE invoices ADD COLUMN net_minor BIGINT;
ALTER TABLE invoices ADD COLUMN tax_minor BIGINT;
ALTER TABLE invoices ADD COLUMN vat_treatment TEXT;
ALTER TABLE invoices ADD COLUMN payment_method TEXT;

CREATE TABLE invoice_lines (
    invoice_id    TEXT NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
    position      BIGINT NOT NULL,
    item          TEXT NOT NULL,
    line          BIGINT,
    kind          TEXT,
    name          TEXT NOT NULL,
    display_name  TEXT NOT NULL,
    period_months BIGINT,
    voucher_id    TEXT,
    for_product   TEXT,
    net_minor     BIGINT NOT NULL,
    tax_minor     BIGINT NOT NULL,
    gross_minor   BIGINT NOT NULL,
    rate_bp       BIGINT NOT NULL,
    PRIMARY KEY (invoice_id, position)
);
