## Sezione Utenti: membri, team, inviti

users-title = Utenti
users-lead = Chi fa parte di questa organizzazione, con quale ruolo e quali accessi.
users-invite = Invita qualcuno
users-tabs-label = Sezioni Utenti
users-tab-members = Membri
users-tab-teams = Team
users-tab-invitations = Inviti
users-search-label = Cerca membri
users-search-placeholder = Nome o e-mail
users-search-submit = Cerca
users-filter-role = Filtra per ruolo
users-filter-all-roles = Tutti i ruoli
users-col-name = Nome
users-col-role = Ruolo
users-col-teams = Team
users-col-2fa = Due fattori
users-col-last-active = Ultima attività
users-col-actions = Azioni
users-tag-billing = Fatturazione
users-tag-technical = Tecnico
users-2fa-on = Attiva
users-2fa-off = Non attiva
users-2fa-unknown = Visibile non appena l'autenticazione a due fattori sarà disponibile
users-never-active = Non ancora
users-edit = Modifica
users-empty-title = Nessun membro corrispondente
users-empty-body = Modifichi la ricerca o il filtro per ruolo per vedere altri membri.
users-remove-selected = Rimuovi dall'organizzazione
users-remove-confirm-title = { $count ->
    [one] Rimuovere 1 membro?
   *[other] Rimuovere { $count } membri?
}
users-remove-confirm-body = Perdono immediatamente l'accesso a questa organizzazione e ne vengono informati via e-mail. I loro account e le loro altre organizzazioni non cambiano.
users-remove-confirm = Rimuovi
users-back = Torna ai membri
users-remove-title = Rimuovi dall'organizzazione
users-remove-lead = Questa persona perde immediatamente l'accesso all'organizzazione e ne viene informata via e-mail.
users-remove-one = Rimuovi questo membro

rights-role = Ruolo
rights-role-locked = Solo un rappresentante legale può modificare il ruolo di un rappresentante legale.
rights-last-legal-rep = È l'unico rappresentante legale dell'organizzazione: ne nomini un altro prima di modificare questo ruolo.
rights-extra = Diritti aggiuntivi
rights-billing = Fatturazione: vedere e pagare le fatture
rights-technical = Gestione tecnica dei prodotti qui sotto (non solo il loro utilizzo)
rights-products = Prodotti
rights-all-products = Tutti i prodotti
rights-no-products = L'organizzazione non ha ancora prodotti.
rights-manager-sees-all = I rappresentanti legali e gli amministratori vedono e gestiscono tutti i prodotti.
rights-teams = Team
rights-no-teams = Ancora nessun team. Può crearli nella scheda Team.
rights-contact-prefs = E-mail di questa organizzazione
rights-contact-prefs-hint = Quali tipi di e-mail dell'organizzazione riceve questa persona.
rights-save = Salva le modifiche
rights-saved = Modifiche salvate.
contact-pref-billing = Fatture e solleciti di pagamento
contact-pref-renewals = Prodotti in scadenza e rinnovi
contact-pref-products = Disservizi, manutenzioni e prodotti bloccati
contact-pref-members = Persone che entrano, escono o cambiano ruolo
contact-pref-needs-billing = Solo con il diritto «Fatturazione»: queste e-mail contengono fatture e importi.
role-legal-representative-hint = Titolare dell'organizzazione; tutti i diritti, compresa la nomina dei rappresentanti legali.
role-administrator-hint = Tutti i diritti tranne la nomina dei rappresentanti legali.
role-collaborator-hint = Solo i prodotti assegnati e, con il diritto di fatturazione, le fatture.
role-external-hint = Come un collaboratore, per persone esterne all'organizzazione; escluso dalle condivisioni con l'intera organizzazione.

invite-title = Invita qualcuno
invite-lead = Scelga indirizzo, ruolo e accessi; la persona riceve un'e-mail con un link valido 7 giorni.
invite-step-who = Persona e ruolo
invite-step-access = Accessi
invite-step-review = Verifica e invio
invite-mail-language = Lingua dell'invito
invite-mail-language-hint = Chi ha già un account lo riceve nella propria lingua.
invite-next = Continua
invite-back = Indietro
invite-send = Invia l'invito
invite-sent-title = Invito inviato a { $email }
invite-sent-body = Il link è valido 7 giorni. Può inviare di nuovo o ritirare l'invito nella scheda Inviti.
invite-another = Invita un'altra persona
invite-see-invitations = Vedi gli inviti

invitations-col-email = Indirizzo invitato
invitations-col-sent = Inviato
invitations-col-expires = Valido fino al
invitations-col-status = Stato
invitations-invited-by = da { $name }
invitations-resend = Invia di nuovo
invitations-revoke = Ritira
invitations-resent = Invito inviato di nuovo con un nuovo link.
invitations-revoked = Invito ritirato: il suo link non funziona più.
invitations-revoke-confirm-title = Ritirare l'invito a { $email }?
invitations-revoke-confirm-body = Il link nell'e-mail smette subito di funzionare. Potrà invitare di nuovo questo indirizzo in seguito.
invitations-empty-title = Ancora nessun invito
invitations-empty-body = Inviti le persone via e-mail; i loro inviti e il relativo stato compaiono qui.
invitation-status-pending = In attesa
invitation-status-expired = Scaduto
invitation-status-accepted = Accettato
invitation-status-revoked = Ritirato

invitation-title = Invito
invitation-offer = { $inviter } la invita a unirsi a { $org }.
invitation-accept = Accetta e apri l'organizzazione
invitation-log-in = Acceda per accettare
invitation-sign-up = Crei il suo account per accettare
invitation-other-account = Ha effettuato l'accesso come { $current }, ma questo invito è destinato a { $invited }.
invitation-switch-account = Esci e usa l'indirizzo invitato
signup-invited = Si sta unendo a { $org }. Il suo account usa l'indirizzo invitato.

teams-create-title = Nuovo team
teams-name = Nome del team
teams-create = Crea il team
teams-created = Team creato.
teams-empty-title = Ancora nessun team
teams-empty-body = I team raggruppano le persone per concedere a tutte insieme l'accesso ai prodotti.
teams-summary = { $members ->
    [one] 1 membro
   *[other] { $members } membri
} · { $products ->
    [one] 1 prodotto
   *[other] { $products } prodotti
}
teams-edit = Modifica il team
teams-rename = Rinomina
teams-members = Membri
teams-products = Prodotti concessi al team
teams-save = Salva membri e prodotti
teams-saved = Team salvato.
teams-delete = Elimina il team
teams-delete-confirm-title = Eliminare il team { $team }?
teams-delete-confirm-body = I suoi membri restano nell'organizzazione, ma perdono l'accesso ai prodotti concesso tramite questo team.
