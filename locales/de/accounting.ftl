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
orders-transfer-later = Bezahlen per Banküberweisung mit Proforma-Rechnung kommt mit der übrigen Buchhaltung.
orders-pay = Bezahlen
orders-pay-confirm-title = Bestellung { $number } bezahlen?
orders-pay-card-body = Sie geben Ihre Karte auf der Seite des Zahlungsdienstleisters ein und kommen dann hierher zurück.
orders-pay-prepaid-body = Der Betrag wird sofort vom Prepaid-Guthaben abgebucht.
orders-pay-confirm = Jetzt bezahlen
error-conflict-order-not-payable = Diese Bestellung kann nicht mehr bezahlt werden: Sie ist bezahlt, storniert oder abgelaufen.
error-conflict-payment-method-unavailable = Diese Zahlungsart kann für diese Bestellung nicht verwendet werden.
error-conflict-payment-processor-unreachable = Der Zahlungsdienstleister ist nicht erreichbar. Es wurde nichts belastet; versuchen Sie es gleich noch einmal.
error-conflict-prepaid-insufficient = Das Prepaid-Guthaben deckt diese Bestellung nicht.
accounting-tab-invoices = Rechnungen
invoices-pdf-later = Rechnungen als PDF, in Ihrer Sprache und mit QR-Rechnung, kommen mit der übrigen Buchhaltung.
invoices-empty-title = Noch keine Rechnungen
invoices-empty-body = Jede bezahlte Bestellung erhält hier ihre Rechnung.
invoices-col-number = Rechnung
invoices-col-issued = Ausgestellt
invoices-col-total = Total
invoices-col-status = Status
accounting-tab-to-pay = Zu bezahlen
to-pay-show-all = Alle Verlängerungen anzeigen
to-pay-pay-selection = Auswahl bezahlen
to-pay-empty-title = Bald nichts zu verlängern
to-pay-empty-body = Produkte, deren Laufzeit innert zwei Monaten endet, erscheinen hier. Zeigen Sie alle an, um eines früher zu verlängern.
to-pay-window = Verlängerungen, deren Laufzeit innert { $days } Tagen endet.
to-pay-confirm-title = Diese Produkte verlängern?
to-pay-confirm-body = Eine Bestellung verlängert sie alle; bezahlen Sie sie auf der nächsten Seite.
to-pay-col-product = Produkt
to-pay-col-ends = Endet
to-pay-col-status = Status
to-pay-col-period = Verlängern um
to-pay-col-price = Preis exkl. MWST
accounting-tab-prepaid = Prepaid-Konto
prepaid-balance = Guthaben
prepaid-deposit-later = Einzahlen per Karte oder Überweisung kommt mit der übrigen Buchhaltung; Bestellungen können mit dem Guthaben bezahlt werden.
prepaid-empty-title = Noch keine Bewegungen
prepaid-empty-body = Einzahlungen und mit dem Guthaben bezahlte Bestellungen erscheinen hier.
prepaid-col-when = Wann
prepaid-col-what = Was
prepaid-col-amount = Betrag
prepaid-movement-deposit = Einzahlung
prepaid-movement-refund = Rückerstattung
prepaid-movement-order = Bestellung bezahlt
prepaid-movement-late-payment = Gutgeschrieben aus einer zweiten Zahlung der Bestellung
