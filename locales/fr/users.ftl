## Section Utilisateurs : membres, équipes, invitations

users-title = Utilisateurs
users-lead = Qui fait partie de cette organisation, avec quel rôle et quels accès.
users-invite = Inviter quelqu’un
users-tabs-label = Sections Utilisateurs
users-tab-members = Membres
users-tab-teams = Équipes
users-tab-invitations = Invitations
users-search-label = Rechercher des membres
users-search-placeholder = Nom ou e-mail
users-search-submit = Rechercher
users-filter-role = Filtrer par rôle
users-filter-all-roles = Tous les rôles
users-col-name = Nom
users-col-role = Rôle
users-col-teams = Équipes
users-col-2fa = Double authentification
users-col-last-active = Dernière activité
users-col-actions = Actions
users-tag-billing = Facturation
users-tag-technical = Technique
users-2fa-on = Activée
users-2fa-off = Désactivée
users-2fa-unknown = Affiché dès que la double authentification sera disponible
users-never-active = Pas encore
users-edit = Modifier
users-empty-title = Aucun membre ne correspond
users-empty-body = Modifiez la recherche ou le filtre par rôle pour voir davantage de membres.
users-remove-selected = Retirer de l’organisation
users-remove-confirm-title = { $count ->
    [one] Retirer { $count } membre ?
   *[other] Retirer { $count } membres ?
}
users-remove-confirm-body = Ils perdent immédiatement l’accès à cette organisation et en sont informés par e-mail. Leurs comptes et leurs autres organisations ne sont pas touchés.
users-remove-confirm = Retirer
users-back = Retour aux membres
users-remove-title = Retirer de l’organisation
users-remove-lead = Cette personne perd immédiatement l’accès à l’organisation et en est informée par e-mail.
users-remove-one = Retirer ce membre

rights-role = Rôle
rights-role-locked = Seul un représentant légal peut modifier le rôle d’un représentant légal.
rights-last-legal-rep = C’est le seul représentant légal de l’organisation : désignez-en un autre avant de modifier ce rôle.
rights-extra = Droits supplémentaires
rights-billing = Facturation : voir et payer les factures
rights-technical = Gestion technique des produits ci-dessous (pas seulement leur utilisation)
rights-products = Produits
rights-all-products = Tous les produits
rights-no-products = L’organisation n’a pas encore de produits.
rights-manager-sees-all = Les représentants légaux et les administrateurs voient et gèrent tous les produits.
rights-teams = Équipes
rights-no-teams = Aucune équipe pour l’instant. Créez-en dans l’onglet Équipes.
rights-contact-prefs = E-mails de cette organisation
rights-contact-prefs-hint = Les types d’e-mails de l’organisation que cette personne reçoit.
rights-save = Enregistrer les modifications
rights-saved = Modifications enregistrées.
contact-pref-billing = Factures et rappels de paiement
contact-pref-renewals = Produits arrivant à échéance et renouvellements
contact-pref-products = Incidents, maintenances et produits bloqués
contact-pref-members = Arrivées, départs et changements de rôle
contact-pref-needs-billing = Uniquement avec le droit « Facturation » : ces e-mails contiennent des factures et des montants.
role-legal-representative-hint = Titulaire de l’organisation ; tous les droits, y compris la désignation de représentants légaux.
role-administrator-hint = Tous les droits, sauf la désignation de représentants légaux.
role-collaborator-hint = Uniquement les produits attribués, et les factures avec le droit de facturation.
role-external-hint = Comme un collaborateur, pour les personnes extérieures à l’organisation ; exclu des partages à l’échelle de l’organisation.

invite-title = Inviter quelqu’un
invite-lead = Choisissez l’adresse, le rôle et les accès ; la personne reçoit un e-mail avec un lien valable 7 jours.
invite-step-who = Personne et rôle
invite-step-access = Accès
invite-step-review = Vérifier et envoyer
invite-mail-language = Langue de l’invitation
invite-mail-language-hint = Les personnes qui ont déjà un compte la reçoivent dans leur propre langue.
invite-next = Continuer
invite-back = Retour
invite-send = Envoyer l’invitation
invite-sent-title = Invitation envoyée à { $email }
invite-sent-body = Le lien est valable 7 jours. Vous pouvez renvoyer ou retirer l’invitation dans l’onglet Invitations.
invite-another = Inviter une autre personne
invite-see-invitations = Voir les invitations

invitations-col-email = Adresse invitée
invitations-col-sent = Envoyée
invitations-col-expires = Valable jusqu’au
invitations-col-status = Statut
invitations-invited-by = par { $name }
invitations-resend = Renvoyer
invitations-revoke = Retirer
invitations-resent = Invitation renvoyée avec un nouveau lien.
invitations-revoked = Invitation retirée : son lien ne fonctionne plus.
invitations-revoke-confirm-title = Retirer l’invitation envoyée à { $email } ?
invitations-revoke-confirm-body = Le lien de l’e-mail cesse immédiatement de fonctionner. Vous pourrez inviter à nouveau cette adresse plus tard.
invitations-empty-title = Aucune invitation pour l’instant
invitations-empty-body = Invitez des personnes par e-mail ; leurs invitations et leur état apparaissent ici.
invitation-status-pending = En attente
invitation-status-expired = Expirée
invitation-status-accepted = Acceptée
invitation-status-revoked = Retirée

invitation-title = Invitation
invitation-offer = { $inviter } vous invite à rejoindre { $org }.
invitation-accept = Accepter et ouvrir l’organisation
invitation-log-in = Se connecter pour accepter
invitation-sign-up = Créer votre compte pour accepter
invitation-other-account = Vous êtes connecté en tant que { $current }, mais cette invitation est destinée à { $invited }.
invitation-switch-account = Se déconnecter et utiliser l’adresse invitée
signup-invited = Vous rejoignez { $org }. Votre compte utilise l’adresse invitée.

teams-create-title = Nouvelle équipe
teams-name = Nom de l’équipe
teams-create = Créer l’équipe
teams-created = Équipe créée.
teams-empty-title = Aucune équipe pour l’instant
teams-empty-body = Les équipes regroupent des personnes pour leur accorder l’accès à des produits en une seule fois.
teams-summary = { $members ->
    [one] { $members } membre
   *[other] { $members } membres
} · { $products ->
    [one] { $products } produit
   *[other] { $products } produits
}
teams-edit = Modifier l’équipe
teams-rename = Renommer
teams-members = Membres
teams-products = Produits accordés à l’équipe
teams-save = Enregistrer les membres et les produits
teams-saved = Équipe enregistrée.
teams-delete = Supprimer l’équipe
teams-delete-confirm-title = Supprimer l’équipe { $team } ?
teams-delete-confirm-body = Ses membres restent dans l’organisation, mais perdent les accès aux produits accordés par cette équipe.
