mail-test-subject = Mandant: messaggio di prova
mail-test-body = Questo messaggio conferma che Mandant può inviare e-mail con le impostazioni attuali. Non è richiesta alcuna azione.
mail-signature = Mandant — la Sua console di amministrazione
mail-invitation-subject = { $inviter } la invita a unirsi a { $org }
mail-invitation-body = Buongiorno,

    { $inviter } la invita a unirsi all'organizzazione { $org } come { $role }.

    Accetti l'invito qui (il link è valido 7 giorni e si può usare una sola volta):
    { $link }

    Se non ha ancora un account, ne creerà uno con questo indirizzo e-mail. Se non si aspettava questo invito, ignori questo messaggio.
mail-member-removed-subject = Non fa più parte di { $org }
mail-member-removed-body = Buongiorno,

    È stato rimosso dall'organizzazione { $org }. Il suo account e le sue altre organizzazioni non cambiano.

    Se pensa che si tratti di un errore, contatti gli amministratori dell'organizzazione.
mail-role-changed-subject = Il suo ruolo in { $org } è cambiato
mail-role-changed-body = Buongiorno,

    Il suo ruolo nell'organizzazione { $org } è ora: { $role }.

    Apri l'organizzazione: { $link }
mail-member-joined-subject = { $name } si è unito a { $org }
mail-member-joined-body = Buongiorno,

    { $name } ({ $email }) ha accettato l'invito ed è ora membro di { $org }.

    Vedi i membri: { $link }
