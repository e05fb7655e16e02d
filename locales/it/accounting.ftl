# Accounting: orders and paying them
accounting-title = Contabilità
accounting-lead = Gli ordini della sua organizzazione e i loro pagamenti.
accounting-tabs-label = Contabilità
accounting-tab-orders = Ordini
accounting-tab-addresses = Indirizzi di fatturazione
orders-filter-status = Stato
orders-filter-all = Tutti gli stati
orders-none-found-title = Nessun ordine con questo stato
orders-none-found-body = Scelga un altro stato per vedere altri ordini.
orders-empty-title = Ancora nessun ordine
orders-empty-body = Gli ordini effettuati in Prodotti compaiono qui, da pagare e da seguire.
orders-col-number = Ordine
orders-col-products = Prodotti
orders-col-placed = Effettuato
orders-col-total = Totale
orders-col-status = Stato
orders-col-pay-by = Da pagare entro
orders-more-products = { $count ->
    [one] e 1 altro
   *[other] e altri { $count }
}
orders-back = Tutti gli ordini
orders-order-title = Ordine { $number }
orders-invoice = Fattura
orders-lines-title = Cosa è stato ordinato
orders-products-title = Prodotti attivati
orders-setting-up = { $count ->
    [one] Un prodotto è ancora in attivazione; avviene senza di lei.
   *[other] { $count } prodotti sono ancora in attivazione; avviene senza di lei.
}
orders-payments-title = Pagamenti
orders-pay-title = Pagare questo ordine
orders-prepaid-balance = saldo
orders-prepaid-short = Il saldo prepagato non copre questo ordine.
orders-prepaid-part = Usare prima il saldo: { $amount } dal conto prepagato, { $rest } con il metodo scelto
orders-part-prepaid = Dal conto prepagato
orders-part-rest = Con { $method }
orders-pay = Paga
orders-pay-confirm-title = Pagare l’ordine { $number }?
orders-pay-card-body = Inserirà la carta sulla pagina del fornitore di pagamento, poi tornerà qui.
orders-pay-prepaid-body = L’importo viene prelevato subito dal saldo prepagato.
orders-pay-approve-body = Approverà il pagamento sulla pagina del fornitore o nella sua app, poi tornerà qui.
orders-pay-confirm = Paga ora
error-conflict-order-not-payable = Questo ordine non può più essere pagato: è pagato, annullato o scaduto.
error-conflict-payment-method-unavailable = Questo metodo di pagamento non può essere usato per questo ordine.
error-conflict-payment-processor-unreachable = Il fornitore di pagamento non è raggiungibile. Non è stato addebitato nulla; riprovi tra un momento.
error-conflict-prepaid-insufficient = Il saldo prepagato non copre questo ordine.
accounting-tab-invoices = Fatture
invoices-empty-title = Ancora nessuna fattura
invoices-empty-body = Ogni ordine pagato riceve qui la sua fattura.
invoices-filter-status = Stato
invoices-filter-all-statuses = Tutti gli stati
invoices-filter-year = Anno
invoices-filter-all-years = Tutti gli anni
invoices-filter-address = Indirizzo di fatturazione
invoices-filter-all-addresses = Tutti gli indirizzi di fatturazione
invoices-none-found-title = Nessuna fattura corrisponde a questi filtri
invoices-none-found-body = Scelga un altro stato, un altro anno o un altro indirizzo di fatturazione.
invoices-col-number = Fattura
invoices-col-issued = Emessa
invoices-col-total = Totale
invoices-col-status = Stato
accounting-tab-to-pay = Da pagare
to-pay-show-all = Mostra tutti i rinnovi
to-pay-pay-selection = Paga la selezione
to-pay-pro-forma-selection = Genera una fattura proforma
to-pay-empty-title = Niente da rinnovare a breve
to-pay-empty-body = I prodotti la cui scadenza cade entro due mesi compaiono qui. Mostri tutto per rinnovarne uno prima.
to-pay-window = Rinnovi con scadenza entro { $days } giorni.
to-pay-confirm-title = Rinnovare questi prodotti?
to-pay-confirm-body = Un solo ordine li rinnova tutti; lo paghi alla pagina successiva.
to-pay-confirm-transfer-body = Un solo ordine li rinnova tutti; la sua fattura proforma reca la QR-fattura per pagarla con bonifico.
to-pay-col-product = Prodotto
to-pay-col-ends = Scadenza
to-pay-col-status = Stato
to-pay-col-period = Rinnova per
to-pay-col-price = Prezzo IVA escl.
accounting-tab-prepaid = Conto prepagato
prepaid-balance = Saldo
prepaid-empty-title = Ancora nessun movimento
prepaid-empty-body = I versamenti e gli ordini pagati con il saldo compaiono qui.
prepaid-col-when = Quando
prepaid-col-what = Cosa
prepaid-col-amount = Importo
prepaid-movement-deposit = Versamento
prepaid-movement-refund = Rimborso
prepaid-movement-order = Ordine pagato
prepaid-movement-late-payment = Trattenuto da un secondo pagamento dell’ordine
prepaid-movement-unfinished-payment = Trattenuto da un pagamento dell’ordine la cui parte prepagata non era più coperta
error-conflict-idempotency-key-reused = Questa richiesta è già stata fatta con altri dati. Ricarichi la pagina e riprovi.
field-error-amount-invalid = Inserisca un importo come 50 o 120.50.
field-error-amount-out-of-range = Un versamento è compreso tra 0.10 e 9’999.00.
prepaid-deposit-title = Versa con carta
prepaid-deposit-amount = Importo da versare
prepaid-deposit-confirm-title = Versare { $amount } con carta?
prepaid-deposit-confirm-body = Inserirà la carta sulla pagina del fornitore di pagamento; l’importo è sul saldo una volta pagato.
prepaid-deposit = Versa
invoices-col-document = Documento
invoices-pdf = PDF
invoices-pdf-label = Scarica la fattura { $number } in PDF
invoices-pdf-none = Nessun PDF per questa fattura precedente
invoices-pdf-after-payment = PDF una volta pagata
orders-pro-forma = Vedi la fattura proforma
orders-transfer-body = Per pagare con bonifico, usi la QR-fattura della fattura proforma. L’ordine risulta pagato appena il bonifico è arrivato.
topbar-counts-label = Cosa attende nella contabilità
topbar-to-pay = { $count ->
    [one] 1 da pagare
   *[other] { $count } da pagare
}
topbar-pending-orders = { $count ->
    [one] 1 ordine in attesa
   *[other] { $count } ordini in attesa
}
accounting-tab-payment-methods = Metodi di pagamento
saved-methods-lead = Carte e profili TWINT o PayPal conservati dal fornitore di pagamento per i rinnovi automatici. Mandant non vede mai il numero della carta.
saved-methods-make-default = Imposta come predefinito
saved-methods-remove = Rimuovi
saved-methods-remove-label = Rimuovi { $method }
saved-methods-remove-title = Rimuovere { $method }?
saved-methods-remove-body = I rinnovi automatici non vi saranno più addebitati. Potrà salvarlo di nuovo al prossimo pagamento.
saved-methods-empty-title = Nessun metodo di pagamento salvato
saved-methods-empty-body = Selezioni «Conservare per i rinnovi automatici» quando paga con carta, PostFinance Card, TWINT o PayPal.
saved-methods-default = Predefinito
saved-methods-col-method = Metodo
saved-methods-col-expires = Scadenza
saved-methods-col-actions = Azioni
orders-pay-save = Conservarlo per i rinnovi automatici (presso il fornitore di pagamento, non presso Mandant)
invoices-credit-note = Nota di credito (PDF)
prepaid-transfer-title = Con bonifico bancario
prepaid-transfer-body = Versi l’importo che desidera dalla sua banca con la QR-fattura della polizza: viene accreditato qui appena la banca comunica il bonifico, di solito il giorno lavorativo seguente.
prepaid-transfer-slip = Scarica la polizza di versamento (PDF)
saved-methods-expired = Scaduta
