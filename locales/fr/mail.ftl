mail-test-subject = Mandant : message de test
mail-test-body = Ce message confirme que Mandant peut envoyer des e-mails avec les réglages actuels. Aucune action n’est requise.
mail-signature = Mandant — votre console d’administration
