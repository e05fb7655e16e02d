dashboard-title = Dashboard
dashboard-lead = What this organisation owns and what needs attention.
dashboard-products = Products
dashboard-members = Members
dashboard-unpaid = To pay
dashboard-unpaid-count = { $count ->
    [one] one unpaid invoice
   *[other] { $count } unpaid invoices
}
dashboard-unpaid-invoices = Unpaid invoices
dashboard-no-products-title = No products yet
dashboard-no-products-body = Domains, hostings and services ordered for this organisation appear here.
dashboard-no-invoices-title = Nothing to pay
dashboard-no-invoices-body = All invoices of this organisation are paid.

product-col-name = Name
product-col-kind = Type
product-col-status = Status
product-col-expires = Expires

product-kind-domain = Domain name
product-kind-domain-privacy = Domain privacy
product-kind-renewal-warranty = Renewal warranty
product-kind-web-hosting = Web hosting
product-kind-web-mail-hosting = Web and mail hosting
product-kind-mail-service = Mail service
product-kind-cloud-server = Cloud server
product-kind-drive = Online storage
product-kind-backup = Backup
product-kind-ssl-certificate = SSL certificate
product-kind-newsletter = Newsletter credits

invoice-col-number = Invoice
invoice-col-issued = Issued
invoice-col-due = Due
invoice-col-status = Status
invoice-col-total = Amount
