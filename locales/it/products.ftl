products-title = Prodotti
products-lead = Tutto ciò che l’organizzazione possiede: domini, hosting, posta e altro, con le scadenze e chi può gestirli.
products-search-label = Cerca prodotti
products-search-placeholder = Nome di un prodotto
products-search-submit = Cerca
products-filter-kind = Tipo
products-filter-all-kinds = Tutti i tipi
products-filter-status = Stato
products-filter-all-statuses = Tutti gli stati
products-filter-expiring = In scadenza entro 30 giorni
products-none-found-title = Nessun prodotto corrisponde
products-none-found-body = Modifichi la ricerca o i filtri per vedere altri prodotti.
products-empty-title = Ancora nessun prodotto
products-empty-body = Qui compaiono i prodotti di questa organizzazione o quelli che le sono stati assegnati.
product-col-auto-renewal = Rinnovo automatico
product-col-management = Gestione
products-auto-renewal-on = Attivo
products-auto-renewal-off = Disattivato
products-managed-by-admins = Solo amministratori
products-managed-by-granted = Amministratori e membri con accesso
products-back = Tutti i prodotti
product-kind-team-chat = Chat di team
product-kind-premium-support = Supporto premium
product-facts = Panoramica
product-no-expiry = Senza scadenza
product-your-rights = I suoi diritti
product-you-manage = Può gestire questo prodotto
product-you-view = Può vedere questo prodotto, ma non gestirlo
product-created = Aggiunto
product-manage = Gestisci
product-rename = Rinomina
product-new-name = Nuovo nome
product-rename-save = Salva il nome
product-auto-renewal-turn-on = Attiva il rinnovo automatico
product-auto-renewal-turn-off = Disattiva il rinnovo automatico
product-block = Blocca la gestione
product-unblock = Sblocca la gestione
product-maintenance-on = Avvia la manutenzione
product-maintenance-off = Termina la manutenzione
product-block-confirm-title = Bloccare la gestione di { $product }?
product-block-confirm-body = Collaboratori ed esterni non possono più gestirlo; solo amministratori e rappresentanti legali possono farlo, e solo loro possono sbloccarlo. Ogni membro dell’organizzazione viene informato per e-mail.
product-unblock-confirm-title = Sbloccare la gestione di { $product }?
product-unblock-confirm-body = I membri con accesso e diritto tecnico possono di nuovo gestirlo. Ogni membro dell’organizzazione viene informato per e-mail.
product-maintenance-on-confirm-title = Mettere { $product } in manutenzione?
product-maintenance-on-confirm-body = La posta in arrivo viene ancora ricevuta, ma nessuno può leggere le caselle finché la manutenzione non termina. I membri che ricevono le e-mail sui prodotti vengono informati.
product-maintenance-off-confirm-title = Terminare la manutenzione di { $product }?
product-maintenance-off-confirm-body = Le caselle sono di nuovo leggibili. I membri che ricevono le e-mail sui prodotti vengono informati.
product-renamed = Il prodotto è stato rinominato.
product-auto-renewal-saved = Il rinnovo automatico è stato modificato.
product-management-saved = L’impostazione di gestione è salvata e i membri sono stati informati.
product-maintenance-saved = La manutenzione è stata modificata e i membri sono stati informati.
product-history = Cronologia
product-history-empty = Nulla è cambiato da quando il prodotto è stato aggiunto.
product-history-renamed = Rinominato da «{ $from }» a «{ $to }»
product-history-status = Stato cambiato da { $from } a { $to }
product-history-auto-renewal-on = Rinnovo automatico attivato
product-history-auto-renewal-off = Rinnovo automatico disattivato
product-history-blocked = Gestione bloccata
product-history-unblocked = Gestione sbloccata
mail-product-blocked-subject = { $product }: gestione bloccata in { $org }
mail-product-blocked-body = Buongiorno,

    La gestione di { $product } nell’organizzazione { $org } è stata bloccata. Ora solo amministratori e rappresentanti legali possono gestirlo.

    { $link }
mail-product-unblocked-subject = { $product }: gestione sbloccata in { $org }
mail-product-unblocked-body = Buongiorno,

    La gestione di { $product } nell’organizzazione { $org } è stata sbloccata. I membri con accesso e diritto tecnico possono di nuovo gestirlo.

    { $link }
mail-maintenance-on-subject = { $product } è in manutenzione
mail-maintenance-on-body = Buongiorno,

    Il servizio di posta { $product } dell’organizzazione { $org } è in manutenzione. La posta in arrivo viene ancora ricevuta, ma le caselle non possono essere lette fino alla fine della manutenzione.

    { $link }
mail-maintenance-off-subject = { $product } è di nuovo in servizio
mail-maintenance-off-body = Buongiorno,

    La manutenzione del servizio di posta { $product } dell’organizzazione { $org } è terminata. Le caselle sono di nuovo leggibili.

    { $link }
error-conflict-mail-service-not-blockable = Un servizio di posta non può essere bloccato; lo metta invece in manutenzione.
error-conflict-maintenance-mail-service-only = Solo un servizio di posta ha una modalità di manutenzione.
error-conflict-product-terminated = Questo prodotto è terminato e non può più essere modificato.
error-conflict-product-status = Nel suo stato attuale questo prodotto non lo consente.
error-conflict-changed-meanwhile = Qualcuno ha modificato questo prodotto nel frattempo. Ricarichi la pagina e riprovi.
mail-expiry-reminder-subject = { $product } scade { $days ->
    [one] domani
   *[other] tra { $days } giorni
}
mail-expiry-reminder-body = Buongiorno,

    { $product } dell’organizzazione { $org } scade il { $date } e non si rinnova da solo. Lo rinnovi in tempo per mantenerlo.

    { $link }
products-order = Ordina
order-title = Ordina
order-lead = Trovi un nome di dominio o scelga un prodotto, li metta nel carrello ed effettui l’ordine.
order-domain-title = Trovare un nome di dominio
order-domain-name = Nome di dominio
order-domain-hint = Con l’estensione, p. es. panetteria-esempio.ch. Accenti e altre lettere sono ammessi.
order-domain-check = Verifica la disponibilità
order-domain-registered-as = registrato come { $name }
order-domain-available = Disponibile
order-domain-taken = Già occupato
order-per-year-excl-tax = all’anno, IVA esclusa
order-max-years = Fino a { $years } anni alla volta.
field-error-domain-invalid = Non è un nome di dominio valido: usi lettere, cifre e trattini, con punti tra le parti.
field-error-domain-incomplete = Aggiunga l’estensione, p. es. .ch o .com.
field-error-domain-extension-unsold = Questa estensione non è offerta.
error-conflict-registrar-unreachable = Il registro dei domini non è raggiungibile in questo momento. Riprovi tra qualche minuto.
product-released-note = Questo nome di dominio è stato rilasciato: non appartiene più all’organizzazione.
product-redemption-note = Questo dominio non è stato rinnovato in tempo ed è nel periodo di riscatto: può ancora essere ripristinato, a pagamento.
product-redemption-until = Ripristinabile fino al
product-restore-fee = Il ripristino costa
product-tax-excluded = IVA esclusa
product-addresses = Indirizzi
product-addresses-empty = Questo servizio di posta non ha ancora indirizzi.
product-address-new = Nuovo indirizzo
product-address-add = Aggiungi l’indirizzo
product-address-remove = Elimina
product-address-remove-title = Eliminare { $address }?
product-address-remove-body = La posta a questo indirizzo non arriverà più. Se qualcuno lo usa per accedere alla console, il suo account passa a un nome di accesso temporaneo, inviato al suo telefono e all’e-mail di recupero.
product-address-added = L’indirizzo è stato aggiunto.
product-address-removed = L’indirizzo è stato eliminato.
field-error-address-taken = Questo indirizzo esiste già.
error-conflict-mail-service-only = Solo un servizio di posta ha indirizzi.
product-renew = Rinnova
product-restore = Ripristina
product-add-option = Aggiungi
product-add-option-title = Aggiungere un’opzione
renew-pricing = Calcolo del prezzo…
renew-body = L’ordine attende il pagamento in Contabilità; il prodotto viene rinnovato una volta pagato.
product-restore-fee-waived = Garanzia di rinnovo: il ripristino non costa alcuna tariffa di ripristino.
