app-name = Mandant
action-cancel = Annulla

shell-skip-to-content = Vai al contenuto
shell-open-navigation = Apri la navigazione
shell-main-navigation = Navigazione principale
shell-switch-org = Cambia organizzazione
shell-choose-org = Scegli un'organizzazione
shell-search-orgs = Cerca organizzazioni
shell-create-org = Crea un'organizzazione
shell-account-menu = Menu dell'account
shell-manage-profile = Gestisci il mio profilo
shell-manage-org = Gestisci la mia organizzazione
shell-log-out = Esci

nav-dashboard = Dashboard
nav-products = Prodotti
nav-users = Utenti
nav-accounting = Contabilità
nav-support = Assistenza
nav-organisation = Organizzazione

section-lead-products = I domini, gli hosting, i servizi di posta e i server di questa organizzazione.
section-lead-users = Chi fa parte di questa organizzazione e cosa può fare ciascuno.
section-lead-accounting = Fatture, rinnovi, conto prepagato e metodi di pagamento.
section-lead-support = Assistenza premium e accesso dell'assistenza ai suoi prodotti.
section-lead-organisation = Nome, indirizzi di fatturazione, sicurezza ed eliminazione di questa organizzazione.

coming-soon-title = Prossimamente
coming-soon-body = Questa parte della console è in fase di sviluppo. Qui non c'è ancora nulla: nessun dato viene mostrato finché non è reale.

not-found-title = Pagina non trovata
not-found-body = Questa pagina non esiste oppure non dispone dell'accesso.
not-found-home = Torna alla mia console

toast-dismiss = Chiudi il messaggio

# The data table (components/data_table.rs).
table-select-all = Seleziona tutte le righe di questa pagina
table-select-row = Seleziona { $name }
table-bulk-label = Righe selezionate
table-selected = { $count ->
    [one] { $count } selezionata
   *[other] { $count } selezionate
}
table-clear-selection = Annulla la selezione
table-col-menu = Altre azioni
table-row-menu = Azioni per { $name }
table-pages-label = Pagine
table-page = Pagina { $page } di { $pages }
table-page-previous = Precedente
table-page-next = Successiva
table-range = { $first }–{ $last } di { $total }
table-per-page = Righe per pagina
