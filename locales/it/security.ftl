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
