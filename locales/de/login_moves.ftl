choose-login-title = Anmelde-E-Mail wählen
choose-login-lead = Die Adresse, mit der Sie sich anmeldeten, wurde gelöscht, deshalb haben Sie sich mit einem vorläufigen Namen angemeldet. Wählen Sie die E-Mail, mit der Sie sich künftig anmelden; Ihr Passwort bleibt gleich.
choose-login-email = Neue Anmelde-E-Mail
choose-login-hint = Jede Adresse, die Sie lesen, bei jedem Anbieter.
choose-login-submit = Speichern und weiter
mail-login-moved-subject = Ihr Anmeldename hat sich geändert
mail-login-moved-body = Guten Tag

    { $address }, die Adresse, mit der Sie sich in der Konsole anmeldeten, wurde gelöscht. Bis Sie eine neue Anmelde-E-Mail wählen, melden Sie sich mit diesem vorläufigen Namen und Ihrem gewohnten Passwort an:

    { $login }

    { $link }
sms-login-moved = Ihre Anmeldeadresse wurde gelöscht. Melden Sie sich mit { $login } und Ihrem gewohnten Passwort an und wählen Sie dann eine neue Anmelde-E-Mail.
error-conflict-login-email-not-required = Ihr Konto hat bereits eine Anmelde-E-Mail.
error-conflict-login-email-required = Wählen Sie zuerst Ihre neue Anmelde-E-Mail.
