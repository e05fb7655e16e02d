## Sicurezza dell'account: sessioni, attività recenti, e-mail di sicurezza

profile-nav-sessions = Sessioni e dispositivi
profile-nav-activity = Attività recenti
sessions-title = Sessioni e dispositivi
sessions-lead = Dove è connesso il suo account. Disconnetta qualsiasi dispositivo che non riconosce.
sessions-col-device = Dispositivo
sessions-col-place = Luogo
sessions-col-created = Accesso
sessions-col-last-used = Ultimo utilizzo
sessions-this-one = Questo dispositivo
sessions-revoke = Disconnetti
sessions-revoke-others = Disconnetti tutti gli altri dispositivi
sessions-revoke-others-title = Disconnettere tutti gli altri dispositivi?
sessions-revoke-others-body = Tutte le sessioni tranne questa terminano subito; su quei dispositivi bisognerà accedere di nuovo.
sessions-revoked = Disconnessione effettuata.
sessions-empty-title = Nessuna sessione
sessions-empty-body = Nessun dispositivo è connesso al suo account.
activity-title = Attività recenti
activity-lead = Accessi e modifiche di sicurezza del suo account, nel suo fuso orario. Un'e-mail di sicurezza da parte nostra riporta sempre il codice mostrato qui.
activity-col-event = Evento
activity-col-when = Data
activity-col-code = Codice
activity-empty-title = Ancora nessuna attività
activity-empty-body = Gli accessi e le modifiche di sicurezza del suo account compariranno qui.
activity-login = Accesso effettuato
activity-login-new-device = Accesso da un nuovo dispositivo
activity-login-failed = Inserita una password errata
activity-session-revoked = Una sessione è stata chiusa
activity-other-sessions-revoked = Tutte le altre sessioni sono state chiuse
device-unknown = Dispositivo sconosciuto
place-local-network = Rete locale
place-unknown = Luogo sconosciuto

mail-security-new-device-subject = Nuovo accesso al suo account
mail-security-new-device-lead = Buongiorno,

    È appena stato effettuato l'accesso al suo account da un dispositivo su cui non era mai stato usato prima.
mail-security-failed-subject = Inserita una password errata per il suo account
mail-security-failed-lead = Buongiorno,

    Qualcuno ha inserito una password errata per il suo account. Se è stato Lei, non deve fare nulla.
mail-security-details = Data: { $when }
    Dispositivo: { $device }
    Luogo: { $place }
    Codice: { $code }

    Lo stesso evento, con lo stesso codice, compare nelle sue Attività recenti: { $link }
    Se non è stato Lei, cambi la password e disconnetta gli altri dispositivi in Sessioni e dispositivi.

profile-nav-security = Sicurezza
security-title = Sicurezza
security-lead = Protegga il suo account con un secondo fattore oltre alla password.
security-2fa-title = Autenticazione a due fattori
security-2fa-off = Non attiva. La attivi aggiungendo qui sotto un'app di autenticazione o un telefono per i codici SMS: l'accesso chiederà allora anche un codice.
security-2fa-on = Attiva
security-2fa-start = Configura un'app di autenticazione
security-2fa-scan = Scansioni questo codice QR con la sua app di autenticazione, poi inserisca il codice a 6 cifre che l'app mostra.
security-2fa-manual = Oppure inserisca questa chiave nell'app:
security-2fa-code = Codice dell'app
security-2fa-confirm = Conferma e attiva
security-2fa-disable = Disattiva l'autenticazione a due fattori
security-2fa-disabled = L'autenticazione a due fattori è disattivata.
security-codes-title = I suoi codici di backup
security-codes-lead = Ogni codice le permette di accedere una volta se non ha il telefono a portata di mano. Li conservi subito in un luogo sicuro: non verranno più mostrati.
security-codes-stored = Li ho conservati
security-codes-left = { $count ->
    [one] Resta 1 codice di backup.
   *[other] Restano { $count } codici di backup.
}
security-codes-regenerate = Nuovi codici di backup
security-password-confirm = La sua password, per conferma
login-second-factor-lead = Inserisca il codice della sua app di autenticazione o uno dei suoi codici di backup.
login-second-factor-code = Codice
login-second-factor-hint = 6 cifre dall'app oppure un codice di backup come ABCD-EFGH-IJKL-MNOP.
login-second-factor-submit = Accedi
activity-second-factor-failed = Inserito un codice errato per il secondo fattore
activity-backup-code-used = Accesso con un codice di backup
activity-two-factor-enabled = Autenticazione a due fattori attivata
activity-two-factor-disabled = Autenticazione a due fattori disattivata
activity-backup-codes-regenerated = Nuovi codici di backup generati
field-error-code-wrong = Questo codice non è corretto. Controlli l'ora del suo telefono e provi con il codice più recente.
error-conflict-two-factor-on = L'autenticazione a due fattori è già attiva.
error-conflict-two-factor-off = L'autenticazione a due fattori non è attiva.
error-conflict-second-factor-expired = Questo accesso è rimasto in attesa troppo a lungo. Inserisca di nuovo l'e-mail e la password.

security-password-title = Password
security-password-current = Password attuale
security-password-new = Nuova password
security-password-sign-out-others = Disconnetti tutti gli altri dispositivi
security-password-submit = Cambia la password
security-password-changed = Password modificata.
login-forgot = Ha dimenticato la password?
forgot-title = Password dimenticata
forgot-lead = Inserisca l'indirizzo e-mail con cui accede. Se un account lo utilizza, le inviamo un link per impostare una nuova password.
forgot-submit = Invia il link
forgot-sent = Se un account utilizza questo indirizzo, un link è in arrivo. È valido un'ora e si può usare una sola volta.
forgot-back-to-login = Torna all'accesso
reset-title = Imposti una nuova password
reset-lead = Scelga una nuova password per il suo account.
reset-new-password = Nuova password
reset-sign-out-everywhere = Disconnetti tutti i dispositivi connessi
reset-submit = Salva la nuova password
reset-done = La sua password è stata modificata. Ora acceda con la nuova password.
reset-log-in = Accedi
activity-password-changed = Password modificata
activity-password-reset = Password reimpostata tramite un link ricevuto via e-mail
error-conflict-reset-invalid = Questo link non è più valido: è stato usato, sostituito o ha più di un'ora. Ne chieda uno nuovo.
mail-password-reset-subject = Imposti una nuova password
mail-password-reset-body = Buongiorno,

    Qualcuno ha chiesto di impostare una nuova password per il suo account. Se è stato Lei, apra questo link entro un'ora (si può usare una sola volta):
    { $link }

    Se non è stato Lei, ignori questo messaggio: la sua password resta invariata.
mail-security-password-subject = La sua password è stata modificata
mail-security-password-lead = Buongiorno,

    La password del suo account è appena stata modificata.

org-tab-security = Sicurezza
org-2fa-title = Autenticazione a due fattori per tutti i membri
org-2fa-lead = Quando è attiva, i membri senza un secondo fattore non possono fare nulla in questa organizzazione finché non ne configurano uno; i membri esterni possono invece lasciarla. Il resto della loro console rimane accessibile.
org-2fa-switch = Richiedi l'autenticazione a due fattori
org-2fa-on-title = Richiedere l'autenticazione a due fattori?
org-2fa-on-body = I membri senza un secondo fattore vengono fermati alla loro prossima azione in questa organizzazione e invitati a configurarne uno.
org-2fa-off-title = Non richiedere più l'autenticazione a due fattori?
org-2fa-off-body = I membri potranno allora lavorare in questa organizzazione con la sola password.
org-2fa-confirm = Conferma
org-2fa-saved = Impostazione salvata.
two-factor-required-title = Questa organizzazione richiede l'autenticazione a due fattori
two-factor-required-body = Configuri un'app di autenticazione per il suo account per continuare a lavorare in questa organizzazione. Le sue altre organizzazioni non sono interessate.
two-factor-required-set-up = Configura l'autenticazione a due fattori
two-factor-required-leave = Lascia invece questa organizzazione
users-filter-without-2fa = Solo senza due fattori
users-send-alert = Invia un avviso di sicurezza
users-alert-sent = Avviso di sicurezza inviato.
error-conflict-two-factor-required = Questa organizzazione richiede l'autenticazione a due fattori.
mail-security-alert-2fa-on = attiva
mail-security-alert-2fa-off = NON ATTIVA — per favore la attivi
mail-security-alert-subject = Verifichi la sicurezza del suo account ({ $org })
mail-security-alert-body = Buongiorno,

    { $by } di { $org } le chiede di verificare la sicurezza del suo account. Le sue impostazioni attuali:

    Autenticazione a due fattori: { $two_factor }
    Codici di backup rimasti: { $codes }
    Dispositivi connessi: { $sessions }

    Può verificarle qui: { $link }

app-passwords-title = Password per app
app-passwords-lead = Per gli strumenti che non possono chiedere un secondo fattore, come i client di sincronizzazione e gli script. Ogni strumento riceve una propria password; queste password non danno mai accesso a questa console.
app-passwords-name = Nome dello strumento
app-passwords-create = Crea una password per app
app-passwords-created = Password per app creata per { $name }. La copi subito: non verrà più mostrata.
app-passwords-created-at = creata il
app-passwords-last-used = ultimo utilizzo il
app-passwords-never-used = mai usata
app-passwords-revoke = Revoca
app-passwords-revoke-confirm = Revocare la password per app «{ $name }»? Lo strumento che la usa perde subito l'accesso.
activity-app-password-created = Password per app creata
activity-app-password-revoked = Password per app revocata
error-conflict-too-many-app-passwords = Ha raggiunto il numero massimo di password per app. Ne revochi una che non usa più.
mail-security-not-me = Non è stato Lei? Metta subito al sicuro il suo account — tutti i dispositivi vengono disconnessi e potrà impostare una nuova password: { $not_me }
not-me-title = Metta al sicuro il suo account
not-me-lead = Se qualcun altro ha usato il suo account, questa azione disconnette tutti i dispositivi, revoca tutte le password per app e le chiede di impostare una nuova password tramite un link inviato al suo indirizzo e-mail.
not-me-submit = Metti subito al sicuro il mio account
not-me-done = Fatto: tutti i dispositivi sono stati disconnessi e la sua password non funziona più. Le abbiamo inviato un link per impostarne una nuova.
activity-account-secured = Account messo al sicuro da un'e-mail di sicurezza
