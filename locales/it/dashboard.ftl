dashboard-title = Dashboard
dashboard-lead = Cosa possiede questa organizzazione e cosa richiede attenzione.
dashboard-products = Prodotti
dashboard-members = Membri
dashboard-unpaid = Da pagare
dashboard-unpaid-count = { $count ->
    [one] una fattura non pagata
   *[other] { $count } fatture non pagate
}
dashboard-unpaid-invoices = Fatture non pagate
dashboard-no-products-title = Ancora nessun prodotto
dashboard-no-products-body = Qui compaiono i domini, gli hosting e i servizi ordinati per questa organizzazione.
dashboard-no-invoices-title = Niente da pagare
dashboard-no-invoices-body = Tutte le fatture di questa organizzazione sono state pagate.

product-col-name = Nome
product-col-kind = Tipo
product-col-status = Stato
product-col-expires = Scadenza

product-kind-domain = Nome di dominio
product-kind-domain-privacy = Privacy del dominio
product-kind-renewal-warranty = Garanzia di rinnovo
product-kind-web-hosting = Hosting web
product-kind-web-mail-hosting = Hosting web e posta
product-kind-mail-service = Servizio di posta
product-kind-cloud-server = Server cloud
product-kind-drive = Archiviazione online
product-kind-backup = Backup
product-kind-ssl-certificate = Certificato SSL
product-kind-newsletter = Crediti newsletter

invoice-col-number = Fattura
invoice-col-issued = Emessa
invoice-col-due = Scadenza
invoice-col-status = Stato
invoice-col-total = Importo
