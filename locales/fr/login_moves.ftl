choose-login-title = Choisissez votre e-mail de connexion
choose-login-lead = L’adresse avec laquelle vous vous connectiez a été supprimée, vous vous êtes donc connecté avec un identifiant temporaire. Choisissez l’e-mail avec lequel vous vous connecterez désormais ; votre mot de passe ne change pas.
choose-login-email = Nouvel e-mail de connexion
choose-login-hint = N’importe quelle adresse que vous lisez, chez n’importe quel fournisseur.
choose-login-submit = Enregistrer et continuer
mail-login-moved-subject = Votre identifiant de connexion a changé
mail-login-moved-body = Bonjour,

    { $address }, l’adresse avec laquelle vous vous connectiez à la console, a été supprimée. Jusqu’à ce que vous choisissiez un nouvel e-mail de connexion, connectez-vous avec cet identifiant temporaire et votre mot de passe habituel :

    { $login }

    { $link }
sms-login-moved = Votre adresse de connexion a été supprimée. Connectez-vous avec { $login } et votre mot de passe habituel, puis choisissez un nouvel e-mail de connexion.
error-conflict-login-email-not-required = Votre compte a déjà un e-mail de connexion.
error-conflict-login-email-required = Choisissez d’abord votre nouvel e-mail de connexion.
