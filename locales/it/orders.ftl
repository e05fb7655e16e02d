error-conflict-cart-not-sold = Questo prodotto non è offerto.
error-conflict-cart-extension-not-sold = Questa estensione di dominio non è offerta.
error-conflict-cart-no-restore-fee = Per questo dominio non c’è alcuna tariffa di ripristino da pagare.
error-conflict-cart-option-invalid = Questa opzione non va con questo prodotto.
error-conflict-cart-period-not-offered = Questa durata non è offerta per questo prodotto.
error-conflict-cart-too-many-years = Questo prodotto non può essere ordinato per così tanti anni alla volta.
error-conflict-promotion-unknown = Non esiste un codice promozionale così. Ne verifichi l’ortografia.
error-conflict-promotion-not-yet-valid = Questo codice promozionale non è ancora valido.
error-conflict-promotion-expired = Questo codice promozionale è scaduto.
error-conflict-promotion-used-up = Questo codice promozionale è stato usato tante volte quante consentito.
error-conflict-promotion-already-used = La sua organizzazione ha già usato questo codice promozionale.
error-conflict-promotion-wrong-product = Questo codice promozionale non vale per nulla nel carrello.
error-conflict-promotion-wrong-currency = Questo codice promozionale è per un’altra valuta.
error-conflict-voucher-expired = Questo buono è scaduto.
error-conflict-voucher-used = Questo buono è già stato usato.
error-conflict-voucher-wrong-product = Questo buono è per un altro prodotto.
error-conflict-voucher-other-organisation = Questo buono appartiene a un’altra organizzazione.

## The order page: cart, checkout and the placed order
order-period = Durata
order-period-years = { $years ->
    [one] 1 anno
   *[other] { $years } anni
}
order-period-months = { $months ->
    [one] 1 mese
   *[other] { $months } mesi
}
order-options = Opzioni
order-per-year = all’anno
order-in-cart = Nel carrello
order-add-to-cart = Aggiungi al carrello
order-product-title = Altro prodotto
order-product-kind = Prodotto
order-product-label = Nome
order-product-label-hint = Il nome che gli dà, p. es. «Negozio».
order-cart-title = Carrello
order-prices-incl-tax = Prezzi IVA inclusa
order-cart-empty = Il carrello è vuoto. Aggiunga un nome di dominio o un altro prodotto.
order-price-incl-tax = Prezzo IVA incl.
order-price-excl-tax = Prezzo IVA escl.
order-cart-product = Prodotto
order-cart-vat = IVA
order-cart-actions = Azioni
order-total-excl-tax = Totale IVA escl.
order-total-vat = IVA
order-total-incl-tax = Totale IVA incl.
order-reverse-charge = Nessuna IVA addebitata: inversione contabile, l’acquirente assolve l’IVA.
order-export = Nessuna IVA addebitata: l’indirizzo di fatturazione è fuori dall’area IVA.
order-voucher-line = Buono gratuito
order-promotion-line = Codice promozionale { $code }
order-remove = Rimuovi
order-voucher-choose = Usare un buono gratuito per questo prodotto
order-voucher-none = Nessun buono
order-voucher-free = Buono gratuito
order-voucher-until = valido fino al
order-payment-card = Carta di pagamento
order-payment-postfinance-card = PostFinance Card
order-payment-paypal = PayPal
order-payment-twint = TWINT
order-payment-bank-transfer = Bonifico bancario
order-payment-prepaid-account = Conto prepagato
order-checkout-title = Fatturazione e pagamento
order-billing-address = Indirizzo di fatturazione
order-payment-method = Metodo di pagamento
order-promotion-code = Codice promozionale
order-promotion-hint = Scelga prima il metodo di pagamento.
order-promotion-apply = Applica
order-promotion-applied = Codice { $code } applicato.
order-place = Effettua l’ordine
order-choose-payment = Scelga come pagherà per effettuare l’ordine.
order-confirm-title = Effettuare questo ordine?
order-confirm-body = L’ordine attende il pagamento; i prodotti vengono attivati una volta pagato.
order-confirm-place = Effettua l’ordine
order-placed-title = Ordine { $number } effettuato
order-status = Stato
order-pay-until = Da pagare entro il
order-placed-body = Attende il pagamento fino alla data indicata sopra; se non è pagato entro allora scade, e i buoni usati tornano utilizzabili.
field-error-label-invalid = Usi solo lettere, cifre e punteggiatura.
field-error-domain-in-cart = Questo nome di dominio è già nel carrello.
field-error-domain-taken = Questo nome di dominio è appena stato registrato da qualcun altro.
order-go-pay = Paga l’ordine
error-conflict-option-held = Questo prodotto ha già questa opzione.
field-error-product-in-cart = Questo prodotto è già nel carrello.
order-line-renewal = Rinnovo
order-line-added-option = Nuova opzione
order-line-restore-fee = Tariffa di ripristino
mail-order-placed-subject = Ordine { $number } effettuato
mail-order-placed-body = Buongiorno,

    l’ordine { $number } dell’organizzazione { $org } attende il pagamento: { $total } IVA inclusa, da pagare entro il { $date }. I suoi prodotti vengono attivati una volta pagato.

    { $link }
mail-order-paid-subject = Ordine { $number } pagato
mail-order-paid-body = Buongiorno,

    l’ordine { $number } dell’organizzazione { $org } è pagato ({ $total } IVA inclusa); la sua fattura è la { $invoice }. I suoi prodotti sono in attivazione.

    { $link }
