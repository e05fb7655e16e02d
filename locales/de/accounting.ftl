# Accounting: orders and paying them
accounting-title = Buchhaltung
accounting-lead = Die Bestellungen Ihrer Organisation und ihre Zahlungen.
accounting-tabs-label = Buchhaltung
accounting-tab-orders = Bestellungen
accounting-tab-addresses = Rechnungsadressen
orders-filter-status = Status
orders-filter-all = Alle Status
orders-none-found-title = Keine Bestellung mit diesem Status
orders-none-found-body = Wählen Sie einen anderen Status, um weitere Bestellungen zu sehen.
orders-empty-title = Noch keine Bestellungen
orders-empty-body = Unter Produkte aufgegebene Bestellungen erscheinen hier, zum Bezahlen und Verfolgen.
orders-col-number = Bestellung
orders-col-products = Produkte
orders-col-placed = Aufgegeben
orders-col-total = Total
orders-col-status = Status
orders-col-pay-by = Zahlbar bis
orders-more-products = { $count ->
    [one] und 1 weiteres
   *[other] und { $count } weitere
}
orders-back = Alle Bestellungen
orders-order-title = Bestellung { $number }
orders-invoice = Rechnung
orders-lines-title = Was bestellt wurde
orders-products-title = Eingerichtete Produkte
orders-setting-up = { $count ->
    [one] Ein Produkt wird noch eingerichtet; das geschieht ohne Ihr Zutun.
   *[other] { $count } Produkte werden noch eingerichtet; das geschieht ohne Ihr Zutun.
}
orders-payments-title = Zahlungen
orders-pay-title = Diese Bestellung bezahlen
orders-prepaid-balance = Guthaben
orders-prepaid-short = Das Prepaid-Guthaben deckt diese Bestellung nicht.
orders-prepaid-part = Zuerst das Guthaben verwenden: { $amount } vom Prepaid-Konto, { $rest } mit der gewählten Zahlungsart
orders-part-prepaid = Vom Prepaid-Konto
orders-part-rest = Mit { $method }
orders-pay = Bezahlen
orders-pay-confirm-title = Bestellung { $number } bezahlen?
orders-pay-card-body = Sie geben Ihre Karte auf der Seite des Zahlungsdienstleisters ein und kommen dann hierher zurück.
orders-pay-prepaid-body = Der Betrag wird sofort vom Prepaid-Guthaben abgebucht.
orders-pay-approve-body = Sie bestätigen die Zahlung auf der Seite des Anbieters oder in seiner App und kehren dann hierher zurück.
orders-pay-confirm = Jetzt bezahlen
error-conflict-order-not-payable = Diese Bestellung kann nicht mehr bezahlt werden: Sie ist bezahlt, storniert oder abgelaufen.
error-conflict-payment-method-unavailable = Diese Zahlungsart kann für diese Bestellung nicht verwendet werden.
error-conflict-payment-processor-unreachable = Der Zahlungsdienstleister ist nicht erreichbar. Es wurde nichts belastet; versuchen Sie es gleich noch einmal.
error-conflict-prepaid-insufficient = Das Prepaid-Guthaben deckt diese Bestellung nicht.
accounting-tab-invoices = Rechnungen
invoices-empty-title = Noch keine Rechnungen
invoices-empty-body = Jede bezahlte Bestellung erhält hier ihre Rechnung.
invoices-filter-status = Status
invoices-filter-all-statuses = Alle Status
invoices-filter-year = Jahr
invoices-filter-all-years = Alle Jahre
invoices-filter-address = Rechnungsadresse
invoices-filter-all-addresses = Alle Rechnungsadressen
invoices-none-found-title = Keine Rechnung entspricht diesen Filtern
invoices-none-found-body = Wählen Sie einen anderen Status, ein anderes Jahr oder eine andere Rechnungsadresse.
invoices-col-number = Rechnung
invoices-col-issued = Ausgestellt
invoices-col-total = Total
invoices-col-status = Status
accounting-tab-to-pay = Zu bezahlen
to-pay-show-all = Alle Verlängerungen anzeigen
to-pay-pay-selection = Auswahl bezahlen
to-pay-pro-forma-selection = Proforma-Rechnung erstellen
to-pay-empty-title = Bald nichts zu verlängern
to-pay-empty-body = Produkte, deren Laufzeit innert zwei Monaten endet, erscheinen hier. Zeigen Sie alle an, um eines früher zu verlängern.
to-pay-window = Verlängerungen, deren Laufzeit innert { $days } Tagen endet.
to-pay-confirm-title = Diese Produkte verlängern?
to-pay-confirm-body = Eine Bestellung verlängert sie alle; bezahlen Sie sie auf der nächsten Seite.
to-pay-confirm-transfer-body = Eine Bestellung verlängert alle; ihre Proforma-Rechnung trägt die QR-Rechnung für die Zahlung per Überweisung.
to-pay-col-product = Produkt
to-pay-col-ends = Endet
to-pay-col-status = Status
to-pay-col-period = Verlängern um
to-pay-col-price = Preis exkl. MWST
accounting-tab-prepaid = Prepaid-Konto
prepaid-balance = Guthaben
prepaid-empty-title = Noch keine Bewegungen
prepaid-empty-body = Einzahlungen und mit dem Guthaben bezahlte Bestellungen erscheinen hier.
prepaid-col-when = Wann
prepaid-col-what = Was
prepaid-col-amount = Betrag
prepaid-movement-deposit = Einzahlung
prepaid-movement-refund = Rückerstattung
prepaid-movement-order = Bestellung bezahlt
prepaid-movement-late-payment = Gutgeschrieben aus einer zweiten Zahlung der Bestellung
prepaid-movement-unfinished-payment = Gutgeschrieben aus einer Zahlung der Bestellung, deren Guthabenanteil nicht mehr gedeckt war
error-conflict-idempotency-key-reused = Diese Anfrage wurde schon mit anderen Angaben gestellt. Laden Sie die Seite neu und versuchen Sie es noch einmal.
field-error-amount-invalid = Geben Sie einen Betrag wie 50 oder 120.50 ein.
field-error-amount-out-of-range = Eine Einzahlung liegt zwischen 0.10 und 9’999.00.
prepaid-deposit-title = Per Karte einzahlen
prepaid-deposit-amount = Einzuzahlender Betrag
prepaid-deposit-confirm-title = { $amount } per Karte einzahlen?
prepaid-deposit-confirm-body = Sie geben Ihre Karte auf der Seite des Zahlungsdienstleisters ein; der Betrag ist nach der Zahlung auf dem Guthaben.
prepaid-deposit = Einzahlen
invoices-col-document = Dokument
invoices-pdf = PDF
invoices-pdf-label = Rechnung { $number } als PDF herunterladen
invoices-pdf-none = Kein PDF für diese frühere Rechnung
invoices-pdf-after-payment = PDF nach Zahlung
orders-pro-forma = Proforma-Rechnung ansehen
orders-transfer-body = Für die Zahlung per Überweisung verwenden Sie die QR-Rechnung auf der Proforma-Rechnung. Die Bestellung gilt als bezahlt, sobald die Überweisung eingegangen ist.
topbar-counts-label = Was in der Buchhaltung wartet
topbar-to-pay = { $count ->
    [one] 1 zu bezahlen
   *[other] { $count } zu bezahlen
}
topbar-pending-orders = { $count ->
    [one] 1 offene Bestellung
   *[other] { $count } offene Bestellungen
}
accounting-tab-payment-methods = Zahlungsmittel
saved-methods-lead = Karten sowie TWINT- und PayPal-Profile, die der Zahlungsdienstleister für automatische Verlängerungen aufbewahrt. Mandant sieht die Kartennummer nie.
saved-methods-make-default = Als Standard festlegen
saved-methods-remove = Entfernen
saved-methods-remove-label = { $method } entfernen
saved-methods-remove-title = { $method } entfernen?
saved-methods-remove-body = Automatische Verlängerungen werden nicht mehr damit belastet. Sie können es bei der nächsten Zahlung wieder speichern.
saved-methods-empty-title = Kein gespeichertes Zahlungsmittel
saved-methods-empty-body = Wählen Sie „Für automatische Verlängerungen behalten“, wenn Sie mit Karte, PostFinance Card, TWINT oder PayPal bezahlen.
saved-methods-default = Standard
saved-methods-col-method = Zahlungsmittel
saved-methods-col-expires = Gültig bis
saved-methods-col-actions = Aktionen
orders-pay-save = Für automatische Verlängerungen behalten (beim Zahlungsdienstleister, nicht bei Mandant)
invoices-credit-note = Gutschrift (PDF)
prepaid-transfer-title = Per Banküberweisung
prepaid-transfer-body = Zahlen Sie einen beliebigen Betrag mit dem QR-Einzahlungsschein von Ihrer Bank: er wird hier gutgeschrieben, sobald die Bank die Überweisung meldet, meist am nächsten Werktag.
prepaid-transfer-slip = Einzahlungsschein herunterladen (PDF)
saved-methods-expired = Abgelaufen
