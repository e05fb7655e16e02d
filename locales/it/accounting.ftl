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
orders-transfer-later = Il pagamento con bonifico, con fattura pro forma, arriva con il resto della Contabilità.
orders-pay = Paga
orders-pay-confirm-title = Pagare l’ordine { $number }?
orders-pay-card-body = Inserirà la carta sulla pagina del fornitore di pagamento, poi tornerà qui.
orders-pay-prepaid-body = L’importo viene prelevato subito dal saldo prepagato.
orders-pay-confirm = Paga ora
error-conflict-order-not-payable = Questo ordine non può più essere pagato: è pagato, annullato o scaduto.
error-conflict-payment-method-unavailable = Questo metodo di pagamento non può essere usato per questo ordine.
error-conflict-payment-processor-unreachable = Il fornitore di pagamento non è raggiungibile. Non è stato addebitato nulla; riprovi tra un momento.
error-conflict-prepaid-insufficient = Il saldo prepagato non copre questo ordine.
accounting-tab-invoices = Fatture
invoices-pdf-later = Le fatture in PDF, nella sua lingua e con la QR-fattura, arrivano con il resto della Contabilità.
invoices-empty-title = Ancora nessuna fattura
invoices-empty-body = Ogni ordine pagato riceve qui la sua fattura.
invoices-col-number = Fattura
invoices-col-issued = Emessa
invoices-col-total = Totale
invoices-col-status = Stato
accounting-tab-to-pay = Da pagare
to-pay-show-all = Mostra tutti i rinnovi
to-pay-pay-selection = Paga la selezione
to-pay-empty-title = Niente da rinnovare a breve
to-pay-empty-body = I prodotti la cui scadenza cade entro due mesi compaiono qui. Mostri tutto per rinnovarne uno prima.
to-pay-window = Rinnovi con scadenza entro { $days } giorni.
to-pay-confirm-title = Rinnovare questi prodotti?
to-pay-confirm-body = Un solo ordine li rinnova tutti; lo paghi alla pagina successiva.
to-pay-col-product = Prodotto
to-pay-col-ends = Scadenza
to-pay-col-status = Stato
to-pay-col-period = Rinnova per
to-pay-col-price = Prezzo IVA escl.
accounting-tab-prepaid = Conto prepagato
prepaid-balance = Saldo
prepaid-deposit-later = Il versamento con carta o bonifico arriva con il resto della Contabilità; gli ordini si possono pagare con il saldo.
prepaid-empty-title = Ancora nessun movimento
prepaid-empty-body = I versamenti e gli ordini pagati con il saldo compaiono qui.
prepaid-col-when = Quando
prepaid-col-what = Cosa
prepaid-col-amount = Importo
prepaid-movement-deposit = Versamento
prepaid-movement-refund = Rimborso
prepaid-movement-order = Ordine pagato
prepaid-movement-late-payment = Trattenuto da un secondo pagamento dell’ordine
