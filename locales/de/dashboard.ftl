dashboard-title = Übersicht
dashboard-lead = Was diese Organisation besitzt und was Ihre Aufmerksamkeit erfordert.
dashboard-products = Produkte
dashboard-members = Mitglieder
dashboard-unpaid = Zu bezahlen
dashboard-unpaid-count = { $count ->
    [one] eine offene Rechnung
   *[other] { $count } offene Rechnungen
}
dashboard-unpaid-invoices = Offene Rechnungen
dashboard-no-products-title = Noch keine Produkte
dashboard-no-products-body = Hier erscheinen Domains, Hostings und Dienste, die für diese Organisation bestellt wurden.
dashboard-no-invoices-title = Nichts zu bezahlen
dashboard-no-invoices-body = Alle Rechnungen dieser Organisation sind bezahlt.

product-col-name = Name
product-col-kind = Typ
product-col-status = Status
product-col-expires = Ablaufdatum

product-kind-domain = Domainname
product-kind-domain-privacy = Domain-Datenschutz
product-kind-renewal-warranty = Verlängerungsgarantie
product-kind-web-hosting = Webhosting
product-kind-web-mail-hosting = Web- und Mail-Hosting
product-kind-mail-service = Mail-Dienst
product-kind-cloud-server = Cloud-Server
product-kind-drive = Online-Speicher
product-kind-backup = Backup
product-kind-ssl-certificate = SSL-Zertifikat
product-kind-newsletter = Newsletter-Guthaben

invoice-col-number = Rechnung
invoice-col-issued = Ausgestellt
invoice-col-due = Fällig
invoice-col-status = Status
invoice-col-total = Betrag
