mail-test-subject = Mandant: test message
mail-test-body = This message confirms that Mandant can send e-mail with the current settings. No action is needed.
mail-signature = Mandant — your administration console
