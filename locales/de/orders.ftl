error-conflict-cart-not-sold = Dieses Produkt wird nicht angeboten.
error-conflict-cart-extension-not-sold = Diese Domainendung wird nicht angeboten.
error-conflict-cart-no-restore-fee = Für diese Domain ist keine Wiederherstellungsgebühr zu zahlen.
error-conflict-cart-option-invalid = Diese Option passt nicht zu diesem Produkt.
error-conflict-cart-period-not-offered = Diese Laufzeit wird für dieses Produkt nicht angeboten.
error-conflict-cart-too-many-years = Dieses Produkt kann nicht für so viele Jahre auf einmal bestellt werden.
error-conflict-promotion-unknown = Diesen Aktionscode gibt es nicht. Prüfen Sie die Schreibweise.
error-conflict-promotion-not-yet-valid = Dieser Aktionscode gilt noch nicht.
error-conflict-promotion-expired = Dieser Aktionscode ist abgelaufen.
error-conflict-promotion-used-up = Dieser Aktionscode wurde so oft verwendet, wie er darf.
error-conflict-promotion-already-used = Ihre Organisation hat diesen Aktionscode schon verwendet.
error-conflict-promotion-wrong-product = Dieser Aktionscode gilt für nichts im Warenkorb.
error-conflict-promotion-wrong-currency = Dieser Aktionscode gilt für eine andere Währung.
error-conflict-voucher-expired = Dieser Gutschein ist abgelaufen.
error-conflict-voucher-used = Dieser Gutschein wurde schon verwendet.
error-conflict-voucher-wrong-product = Dieser Gutschein gilt für ein anderes Produkt.
error-conflict-voucher-other-organisation = Dieser Gutschein gehört einer anderen Organisation.

## The order page: cart, checkout and the placed order
order-period = Laufzeit
order-period-years = { $years ->
    [one] 1 Jahr
   *[other] { $years } Jahre
}
order-period-months = { $months ->
    [one] 1 Monat
   *[other] { $months } Monate
}
order-options = Optionen
order-per-year = pro Jahr
order-in-cart = Im Warenkorb
order-add-to-cart = In den Warenkorb
order-product-title = Weiteres Produkt
order-product-kind = Produkt
order-product-label = Name
order-product-label-hint = Ihr eigener Name dafür, z. B. «Shop».
order-cart-title = Warenkorb
order-prices-incl-tax = Preise inkl. MWST
order-cart-empty = Der Warenkorb ist leer. Fügen Sie einen Domainnamen oder ein anderes Produkt hinzu.
order-price-incl-tax = Preis inkl. MWST
order-price-excl-tax = Preis exkl. MWST
order-cart-product = Produkt
order-cart-vat = MWST
order-cart-actions = Aktionen
order-total-excl-tax = Total exkl. MWST
order-total-vat = MWST
order-total-incl-tax = Total inkl. MWST
order-reverse-charge = Keine MWST berechnet: Steuerschuldnerschaft des Leistungsempfängers.
order-export = Keine MWST berechnet: Die Rechnungsadresse liegt ausserhalb des MWST-Gebiets.
order-voucher-line = Gratisgutschein
order-promotion-line = Aktionscode { $code }
order-remove = Entfernen
order-voucher-choose = Einen Gratisgutschein für dieses Produkt verwenden
order-voucher-none = Kein Gutschein
order-voucher-free = Gratisgutschein
order-voucher-until = gültig bis
order-payment-card = Zahlungskarte
order-payment-postfinance-card = PostFinance Card
order-payment-paypal = PayPal
order-payment-twint = TWINT
order-payment-bank-transfer = Banküberweisung
order-payment-prepaid-account = Prepaid-Konto
order-checkout-title = Rechnung und Zahlung
order-billing-address = Rechnungsadresse
order-payment-method = Zahlungsart
order-promotion-code = Aktionscode
order-promotion-hint = Wählen Sie zuerst die Zahlungsart.
order-promotion-apply = Anwenden
order-promotion-applied = Code { $code } angewendet.
order-place = Bestellung aufgeben
order-choose-payment = Wählen Sie, wie Sie bezahlen, um die Bestellung aufzugeben.
order-confirm-title = Diese Bestellung aufgeben?
order-confirm-body = Die Bestellung wartet auf ihre Zahlung; die Produkte werden eingerichtet, sobald sie bezahlt ist.
order-confirm-place = Bestellung aufgeben
order-placed-title = Bestellung { $number } aufgegeben
order-status = Status
order-pay-until = Zu bezahlen bis
order-placed-body = Sie wartet bis zum obigen Datum auf ihre Zahlung; bis dahin unbezahlt, verfällt sie, und ihre Gutscheine sind wieder verwendbar.
field-error-label-invalid = Verwenden Sie nur Buchstaben, Ziffern und Satzzeichen.
field-error-domain-in-cart = Dieser Domainname ist schon im Warenkorb.
field-error-domain-taken = Dieser Domainname wurde soeben von jemand anderem registriert.
order-go-pay = Bestellung bezahlen
error-conflict-option-held = Dieses Produkt hat diese Option schon.
field-error-product-in-cart = Dieses Produkt ist schon im Warenkorb.
order-line-renewal = Verlängerung
order-line-added-option = Neue Option
order-line-restore-fee = Wiederherstellungsgebühr
mail-order-placed-subject = Bestellung { $number } aufgegeben
mail-order-placed-body = Guten Tag

    Die Bestellung { $number } der Organisation { $org } wartet auf ihre Zahlung: { $total } inkl. MWST, zahlbar bis { $date }. Ihre Produkte werden eingerichtet, sobald sie bezahlt ist.

    { $link }
mail-order-paid-subject = Bestellung { $number } bezahlt
mail-order-paid-body = Guten Tag

    Die Bestellung { $number } der Organisation { $org } ist bezahlt ({ $total } inkl. MWST); ihre Rechnung ist { $invoice }. Ihre Produkte werden eingerichtet.

    { $link }
