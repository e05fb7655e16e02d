profile-nav-heading = Il mio profilo
profile-nav-details = Dati personali
profile-nav-organisations = Le mie organizzazioni

profile-title = Gestisci il mio profilo
profile-lead = Il suo nome, la lingua e il modo in cui le vengono mostrate date e ore.
profile-country-hint = Determina il formato di numeri, importi e date.
profile-time-zone-hint = Tutte le date e le ore della console sono mostrate in questo fuso orario. Digiti per cercare, ad es. Zurich.
profile-format-sample = Le date appariranno così:
profile-save = Salva
profile-saved = Salvato.

my-orgs-title = Le mie organizzazioni
my-orgs-lead = Tutte le organizzazioni di cui fa parte e il suo ruolo in ciascuna.
my-orgs-col-name = Organizzazione
my-orgs-col-role = Il mio ruolo
my-orgs-col-joined = Membro dal
my-orgs-col-actions = Azioni
my-orgs-empty-title = Non fa parte di alcuna organizzazione
my-orgs-empty-body = Ne crei una, oppure chieda a un amministratore di invitarla.
my-orgs-open = Apri
my-orgs-leave = Lascia
my-orgs-last-legal-rep = Ultimo rappresentante legale: impossibile lasciare
my-orgs-leave-confirm-title = Lasciare { $org }?
my-orgs-leave-confirm-body = Perderà immediatamente l'accesso ai prodotti e alle fatture dell'organizzazione. Per tornare, una persona con i diritti necessari dovrà invitarla di nuovo.
my-orgs-leave-confirm = Lascia l'organizzazione

new-org-title = Crea un'organizzazione
new-org-lead = Un'organizzazione separata con prodotti, utenti e fatture propri. Lei ne diventa il rappresentante legale.
new-org-country-hint = Determina la valuta: franchi svizzeri per la Svizzera e il Liechtenstein, euro negli altri casi.
new-org-submit = Crea l'organizzazione
