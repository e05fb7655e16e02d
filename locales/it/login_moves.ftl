choose-login-title = Scelga la sua e-mail di accesso
choose-login-lead = L’indirizzo con cui accedeva è stato eliminato, quindi ha effettuato l’accesso con un nome temporaneo. Scelga l’e-mail con cui accederà d’ora in poi; la password resta la stessa.
choose-login-email = Nuova e-mail di accesso
choose-login-hint = Qualsiasi indirizzo che legge, presso qualsiasi fornitore.
choose-login-submit = Salva e continua
mail-login-moved-subject = Il suo nome di accesso è cambiato
mail-login-moved-body = Buongiorno,

    { $address }, l’indirizzo con cui accedeva alla console, è stato eliminato. Finché non sceglie una nuova e-mail di accesso, acceda con questo nome temporaneo e la sua solita password:

    { $login }

    { $link }
sms-login-moved = Il suo indirizzo di accesso è stato eliminato. Acceda con { $login } e la sua solita password, poi scelga una nuova e-mail di accesso.
error-conflict-login-email-not-required = Il suo account ha già un’e-mail di accesso.
error-conflict-login-email-required = Scelga prima la sua nuova e-mail di accesso.
