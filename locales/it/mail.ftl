mail-test-subject = Mandant: messaggio di prova
mail-test-body = Questo messaggio conferma che Mandant può inviare e-mail con le impostazioni attuali. Non è richiesta alcuna azione.
mail-signature = Mandant — la Sua console di amministrazione
