## Sezione Organizzazione: dati, logo, indirizzi di fatturazione, successione, eliminazione

org-title = Organizzazione
org-lead = Nome, indirizzi e logo dell'organizzazione, chi la rappresenta e la sua eliminazione.
org-tabs-label = Sezioni Organizzazione
org-tab-details = Dati
org-tab-addresses = Indirizzi di fatturazione
org-tab-succession = Rappresentante legale
org-tab-delete = Eliminazione
org-details-title = Nome e indirizzo di fatturazione principale
org-name = Nome dell'organizzazione
org-street = Via e numero civico
org-postal-code = Codice postale
org-city = Località
org-currency = Valuta: { $currency }
org-currency-change = La valuta passa da { $from } a { $to }: i prezzi futuri, le fatture e il conto prepagato saranno in { $to }.
org-currency-locked = Questo paese usa { $to }, ma la valuta { $from } non può essere cambiata finché il conto prepagato ha un saldo o ci sono fatture non pagate.
org-save = Salva
org-saved = Dati salvati.
org-logo-title = Logo
org-logo-hint = Un'immagine PNG o JPEG orizzontale di al massimo 1 MB. Sostituisce il nome nell'angolo in alto a sinistra.
org-logo-current = Logo attuale
org-logo-choose = Scegli un'immagine
org-logo-remove = Rimuovi il logo
org-logo-saved = Logo aggiornato.
org-addresses-empty-title = Nessun altro indirizzo di fatturazione
org-addresses-empty-body = Aggiunga indirizzi per inviare le fatture di alcuni rinnovi ad altre persone, ad esempio all'ufficio contabilità.
org-address-add-title = Aggiungi un indirizzo di fatturazione
org-address-name = Destinatario
org-address-email = E-mail per le fatture
org-address-add = Aggiungi l'indirizzo
org-address-added = Indirizzo aggiunto.
org-address-remove = Rimuovi
org-address-remove-confirm = Rimuovere l'indirizzo di fatturazione «{ $name }»?
org-succession-title = Trasferisci la rappresentanza legale
org-succession-lead = Nomini un membro che subentri come rappresentante legale. Questa persona deve accettare; Lei diventa poi amministratore. Entrambi ne sarete informati via e-mail.
org-succession-successor = Successore
org-succession-password = La sua password, per conferma
org-succession-submit = Chiedi di subentrare
org-succession-started = Richiesta inviata: il successore è stato contattato via e-mail.
org-succession-only-legal-rep = Solo un rappresentante legale può trasferire la rappresentanza legale.
org-succession-pending-title = Passaggio in attesa di risposta
org-succession-pending = { $from } ha chiesto a { $to } di subentrare come rappresentante legale.
org-succession-valid-until = Valido fino al
org-succession-accept = Accetta e diventa rappresentante legale
org-succession-decline = Rifiuta
org-succession-withdraw = Ritira la richiesta
org-delete-title = Elimina { $org }
org-delete-lead = Un'organizzazione può essere eliminata solo quando è vuota. Gli account dei membri non vengono eliminati; i membri ne vengono informati via e-mail.
org-delete-products = Prodotti: { $count }
org-delete-prepaid = Saldo del conto prepagato:
org-delete-invoices = Fatture non pagate: { $count }
org-delete-go = Vai
org-delete-blocked = L'eliminazione sarà possibile quando tutte le righe qui sopra saranno spuntate.
org-delete-only-legal-rep = Solo un rappresentante legale può eliminare l'organizzazione.
org-delete-password = La sua password, per conferma
org-delete-send-invoices = Inviami via e-mail l'elenco delle fatture dell'organizzazione
org-delete-submit = Elimina l'organizzazione
org-delete-confirm-title = Eliminare definitivamente { $org }?
org-delete-confirm-body = Tutti ne perdono subito l'accesso. L'operazione è irreversibile.
org-delete-confirm = Elimina definitivamente

field-error-password-wrong = Questa password non è corretta.
field-error-logo-type = Scelga un'immagine PNG o JPEG.
field-error-logo-too-large = L'immagine supera 1 MB.
field-error-logo-not-horizontal = Scelga un'immagine orizzontale (chiaramente più larga che alta).
error-conflict-currency-locked = La valuta non può essere cambiata finché il conto prepagato ha un saldo o ci sono fatture non pagate.
error-conflict-too-many-addresses = L'organizzazione ha raggiunto il numero massimo di indirizzi di fatturazione.
error-conflict-org-not-empty = L'organizzazione non è più vuota: verifichi cosa ne impedisce ancora l'eliminazione.
error-conflict-succession-invalid = Non c'è più alcun passaggio in attesa della sua risposta.

mail-org-deleted-subject = L'organizzazione { $org } è stata eliminata
mail-org-deleted-body = Buongiorno,

    { $by } ha eliminato l'organizzazione { $org }. Non vi ha più accesso; il suo account e le sue altre organizzazioni non cambiano.
mail-invoice-archive-subject = Fatture di { $org }
mail-invoice-archive-body = Buongiorno,

    Come richiesto durante l'eliminazione di { $org }, ecco le fatture dell'organizzazione (numero, data, importo):
mail-invoice-archive-none = Nessuna fattura è stata emessa per questa organizzazione.
mail-invoice-archive-attached = I PDF delle fatture pagate sono allegati.
mail-succession-asked-subject = { $from } le chiede di diventare rappresentante legale di { $org }
mail-succession-asked-body = Buongiorno,

    { $from } le chiede di subentrare come rappresentante legale di { $org }. Accetti o rifiuti qui (valido 7 giorni):
    { $link }
mail-succession-done-subject = { $to } è ora rappresentante legale di { $org }
mail-succession-done-body = Buongiorno,

    { $to } ha accettato ed è ora rappresentante legale di { $org }. { $from } resta amministratore.
org-time-zone-hint = Le scadenze dei prodotti e i promemoria seguono questo fuso. Lo lasci vuoto per quello del paese.
org-vat-number = Numero IVA
org-vat-number-hint = Facoltativo. Per un’impresa dell’UE con numero IVA, le fatture sono emesse senza IVA (inversione contabile). Verificato secondo il formato del paese.
org-vat-number-shown = Numero IVA { $number }
field-error-vat-number-invalid = Questo non è un numero IVA del paese scelto.
