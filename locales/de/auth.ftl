login-title = Anmelden
login-lead = Verwalten Sie Ihre Organisationen, Produkte und Rechnungen.
login-remember = Angemeldet bleiben
login-submit = Anmelden
login-no-account = Noch kein Konto?
login-sign-up-link = Konto erstellen

signup-title = Konto erstellen
signup-lead = Ein Login für alle Organisationen, mit denen Sie arbeiten.
signup-email-hint = Mit dieser Adresse melden Sie sich an. Sie kann bei einem beliebigen Anbieter liegen.
signup-password-hint = Mindestens 12 Zeichen. Ein Satz aus mehreren Wörtern ist leicht zu merken und schwer zu erraten.
signup-company-hint = Optional. Ihre erste Organisation wird nach dem Unternehmen oder nach Ihnen benannt.
signup-submit = Mein Konto erstellen
signup-have-account = Sie haben bereits ein Konto?
signup-log-in-link = Anmelden
