login-title = Accedi
login-lead = Gestisca le sue organizzazioni, i prodotti e le fatture.
login-remember = Rimani connesso
login-submit = Accedi
login-no-account = Non ha ancora un account?
login-sign-up-link = Crea un account

signup-title = Crei il suo account
signup-lead = Un unico accesso per tutte le organizzazioni con cui lavora.
signup-email-hint = Accederà con questo indirizzo. Può essere di qualsiasi provider.
signup-password-hint = Almeno 12 caratteri. Una frase di più parole è facile da ricordare e difficile da indovinare.
signup-company-hint = Facoltativo. La sua prima organizzazione prende il nome dell'azienda o il suo.
signup-submit = Crea il mio account
signup-have-account = Ha già un account?
signup-log-in-link = Accedi
