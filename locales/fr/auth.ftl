login-title = Connexion
login-lead = Gérez vos organisations, vos produits et vos factures.
login-remember = Rester connecté
login-submit = Se connecter
login-no-account = Pas encore de compte ?
login-sign-up-link = Créer un compte

signup-title = Créer votre compte
signup-lead = Un seul identifiant pour toutes les organisations avec lesquelles vous travaillez.
signup-email-hint = Vous vous connectez avec cette adresse. Elle peut être chez n’importe quel fournisseur.
signup-password-hint = Au moins 12 caractères. Une phrase de plusieurs mots est facile à retenir et difficile à deviner.
signup-company-hint = Facultatif. Votre première organisation porte le nom de l’entreprise, ou le vôtre.
signup-submit = Créer mon compte
signup-have-account = Vous avez déjà un compte ?
signup-log-in-link = Se connecter
