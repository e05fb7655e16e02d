mail-test-subject = Mandant : message de test
mail-test-body = Ce message confirme que Mandant peut envoyer des e-mails avec les réglages actuels. Aucune action n’est requise.
mail-signature = Mandant — votre console d’administration
mail-invitation-subject = { $inviter } vous invite à rejoindre { $org }
mail-invitation-body = Bonjour,

    { $inviter } vous invite à rejoindre l’organisation { $org } en tant que { $role }.

    Acceptez l’invitation ici (le lien est valable 7 jours et ne peut servir qu’une fois) :
    { $link }

    Si vous n’avez pas encore de compte, vous en créerez un avec cette adresse e-mail. Si vous n’attendiez pas cette invitation, ignorez ce message.
mail-member-removed-subject = Vous ne faites plus partie de { $org }
mail-member-removed-body = Bonjour,

    Vous avez été retiré de l’organisation { $org }. Votre compte et vos autres organisations ne sont pas touchés.

    Si vous pensez qu’il s’agit d’une erreur, contactez les administrateurs de l’organisation.
mail-role-changed-subject = Votre rôle dans { $org } a changé
mail-role-changed-body = Bonjour,

    Votre rôle dans l’organisation { $org } est désormais : { $role }.

    Ouvrir l’organisation : { $link }
mail-member-joined-subject = { $name } a rejoint { $org }
mail-member-joined-body = Bonjour,

    { $name } ({ $email }) a accepté l’invitation et est désormais membre de { $org }.

    Voir les membres : { $link }
