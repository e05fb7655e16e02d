# Chiavi di sicurezza e passkey (WebAuthn): la scheda della pagina Sicurezza e il secondo
# passaggio dell'accesso.
security-keys-title = Chiavi di sicurezza e passkey
security-keys-lead = Una chiave di sicurezza fisica, o una passkey conservata dal suo telefono o computer, può essere il secondo passaggio dopo la password. Ne aggiunga più di una, così perderne una non le impedirà di accedere.
security-keys-list = Le sue chiavi di sicurezza
security-keys-none = Nessuna chiave di sicurezza aggiunta finora.
security-keys-name = Nome della chiave
security-keys-name-hint = Per distinguere le sue chiavi, ad esempio «Chiave blu» o «Portatile dell’ufficio».
security-keys-add = Aggiungi una chiave di sicurezza
security-keys-waiting = Segua le istruzioni del browser per usare la sua chiave di sicurezza…
security-keys-added = Chiave di sicurezza aggiunta.
security-keys-added-at = Aggiunta il
security-keys-last-used = ultimo utilizzo
security-keys-never-used = mai usata
security-keys-rename = Rinomina
security-keys-new-name = Nuovo nome
security-keys-save = Salva
security-keys-remove = Rimuovi
security-keys-remove-confirm = Rimuovere la chiave di sicurezza «{ $name }»?
security-keys-remove-lead = Inserisca la sua password per confermare. Se è il suo ultimo secondo fattore, l’autenticazione a due fattori viene disattivata e le sue password per app smettono di funzionare.
security-keys-removed = Chiave di sicurezza rimossa.

security-key-sign-in = Usa una chiave di sicurezza
security-key-sign-in-waiting = Segua le istruzioni del browser per usare la sua chiave di sicurezza…
security-key-sign-in-or = Oppure inserisca invece un codice:

field-error-security-key-refused = Non è stato possibile usare questa chiave di sicurezza. Riprovi o usi un’altra chiave.
field-error-security-key-cancelled = La chiave di sicurezza non è stata usata: la richiesta è stata annullata o è scaduta.
error-conflict-too-many-security-keys = Questo account ha già il numero massimo di chiavi di sicurezza. Ne rimuova prima una.
error-conflict-security-keys-unavailable = Le chiavi di sicurezza funzionano solo se la console è aperta al suo indirizzo pubblico (https, oppure http://localhost).

activity-security-key-added = Chiave di sicurezza aggiunta
activity-security-key-removed = Chiave di sicurezza rimossa
