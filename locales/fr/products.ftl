products-title = Produits
products-lead = Tout ce que l’organisation possède : domaines, hébergements, messagerie et plus, avec leurs échéances et qui peut les gérer.
products-search-label = Rechercher des produits
products-search-placeholder = Nom d’un produit
products-search-submit = Rechercher
products-filter-kind = Type
products-filter-all-kinds = Tous les types
products-filter-status = Statut
products-filter-all-statuses = Tous les statuts
products-filter-expiring = Échéance dans les 30 jours
products-none-found-title = Aucun produit ne correspond
products-none-found-body = Modifiez la recherche ou les filtres pour voir plus de produits.
products-empty-title = Pas encore de produits
products-empty-body = Les produits de cette organisation, ou ceux qui vous ont été attribués, apparaissent ici.
product-col-auto-renewal = Renouvellement automatique
product-col-management = Gestion
products-auto-renewal-on = Activé
products-auto-renewal-off = Désactivé
products-managed-by-admins = Administrateurs seulement
products-managed-by-granted = Administrateurs et membres ayant accès
products-back = Tous les produits
product-kind-team-chat = Messagerie d’équipe
product-kind-premium-support = Support premium
product-facts = Aperçu
product-no-expiry = Sans échéance
product-your-rights = Vos droits
product-you-manage = Vous pouvez gérer ce produit
product-you-view = Vous pouvez voir ce produit, mais pas le gérer
product-created = Ajouté le
product-manage = Gérer
product-rename = Renommer
product-new-name = Nouveau nom
product-rename-save = Enregistrer le nom
product-auto-renewal-turn-on = Activer le renouvellement automatique
product-auto-renewal-turn-off = Désactiver le renouvellement automatique
product-block = Bloquer la gestion
product-unblock = Débloquer la gestion
product-maintenance-on = Lancer la maintenance
product-maintenance-off = Terminer la maintenance
product-block-confirm-title = Bloquer la gestion de { $product } ?
product-block-confirm-body = Les collaborateurs et les externes ne peuvent plus le gérer ; seuls les administrateurs et les représentants légaux le peuvent, et eux seuls peuvent le débloquer. Chaque membre de l’organisation est averti par e-mail.
product-unblock-confirm-title = Débloquer la gestion de { $product } ?
product-unblock-confirm-body = Les membres ayant accès et le droit technique peuvent de nouveau le gérer. Chaque membre de l’organisation est averti par e-mail.
product-maintenance-on-confirm-title = Mettre { $product } en maintenance ?
product-maintenance-on-confirm-body = Les messages entrants sont toujours reçus, mais personne ne peut lire les boîtes aux lettres avant la fin de la maintenance. Les membres qui reçoivent les e-mails sur les produits sont avertis.
product-maintenance-off-confirm-title = Terminer la maintenance de { $product } ?
product-maintenance-off-confirm-body = Les boîtes aux lettres sont de nouveau lisibles. Les membres qui reçoivent les e-mails sur les produits sont avertis.
product-renamed = Le produit a été renommé.
product-auto-renewal-saved = Le renouvellement automatique a été modifié.
product-management-saved = Le réglage de gestion est enregistré et les membres ont été avertis.
product-maintenance-saved = La maintenance a été modifiée et les membres ont été avertis.
product-history = Historique
product-history-empty = Rien n’a changé depuis l’ajout du produit.
product-history-renamed = Renommé de « { $from } » en « { $to } »
product-history-status = Statut passé de { $from } à { $to }
product-history-auto-renewal-on = Renouvellement automatique activé
product-history-auto-renewal-off = Renouvellement automatique désactivé
product-history-blocked = Gestion bloquée
product-history-unblocked = Gestion débloquée
mail-product-blocked-subject = { $product } : gestion bloquée dans { $org }
mail-product-blocked-body = Bonjour,

    La gestion de { $product } dans l’organisation { $org } a été bloquée. Seuls les administrateurs et les représentants légaux peuvent désormais le gérer.

    { $link }
mail-product-unblocked-subject = { $product } : gestion débloquée dans { $org }
mail-product-unblocked-body = Bonjour,

    La gestion de { $product } dans l’organisation { $org } a été débloquée. Les membres ayant accès et le droit technique peuvent de nouveau le gérer.

    { $link }
mail-maintenance-on-subject = { $product } est en maintenance
mail-maintenance-on-body = Bonjour,

    Le service de messagerie { $product } de l’organisation { $org } est en maintenance. Les messages entrants sont toujours reçus, mais les boîtes aux lettres ne peuvent pas être lues avant la fin de la maintenance.

    { $link }
mail-maintenance-off-subject = { $product } est de nouveau en service
mail-maintenance-off-body = Bonjour,

    La maintenance du service de messagerie { $product } de l’organisation { $org } est terminée. Les boîtes aux lettres sont de nouveau lisibles.

    { $link }
error-conflict-mail-service-not-blockable = Un service de messagerie ne peut pas être bloqué ; mettez-le plutôt en maintenance.
error-conflict-maintenance-mail-service-only = Seul un service de messagerie a un mode maintenance.
error-conflict-product-terminated = Ce produit a pris fin et ne peut plus être modifié.
error-conflict-product-status = Ce produit ne permet pas cette action dans son statut actuel.
error-conflict-changed-meanwhile = Quelqu’un a modifié ce produit entre-temps. Rechargez la page et réessayez.
mail-expiry-reminder-subject = { $product } arrive à échéance { $days ->
    [one] demain
   *[other] dans { $days } jours
}
mail-expiry-reminder-body = Bonjour,

    { $product } de l’organisation { $org } arrive à échéance le { $date } et ne se renouvellera pas de lui-même. Renouvelez-le à temps pour le conserver.

    { $link }
products-order = Commander
order-title = Commander
order-lead = Trouvez un nom de domaine ou choisissez un produit, mettez-les dans le panier et passez votre commande.
order-domain-title = Trouver un nom de domaine
order-domain-name = Nom de domaine
order-domain-hint = Avec son extension, p. ex. boulangerie-exemple.ch. Les accents et autres lettres sont permis.
order-domain-check = Vérifier la disponibilité
order-domain-registered-as = enregistré sous { $name }
order-domain-available = Disponible
order-domain-taken = Déjà pris
order-per-year-excl-tax = par an, hors taxes
order-max-years = Jusqu’à { $years } ans en une fois.
field-error-domain-invalid = Ce n’est pas un nom de domaine valable : utilisez des lettres, des chiffres et des traits d’union, avec des points entre les parties.
field-error-domain-incomplete = Ajoutez l’extension, p. ex. .ch ou .com.
field-error-domain-extension-unsold = Cette extension n’est pas proposée.
error-conflict-registrar-unreachable = Le registre des domaines est injoignable pour le moment. Réessayez dans quelques minutes.
product-released-note = Ce nom de domaine a été libéré : il n’appartient plus à l’organisation.
product-redemption-note = Ce domaine n’a pas été renouvelé à temps et est en rédemption : il peut encore être restauré, moyennant des frais.
product-redemption-until = Restaurable jusqu’au
product-restore-fee = La restauration coûte
product-tax-excluded = hors taxes
product-addresses = Adresses
product-addresses-empty = Ce service de messagerie n’a pas encore d’adresses.
product-address-new = Nouvelle adresse
product-address-add = Ajouter l’adresse
product-address-remove = Supprimer
product-address-remove-title = Supprimer { $address } ?
product-address-remove-body = Les messages envoyés à cette adresse n’arriveront plus. Si quelqu’un s’en sert pour se connecter à la console, son compte passe à un identifiant temporaire, envoyé à son téléphone et à son e-mail de récupération.
product-address-added = L’adresse a été ajoutée.
product-address-removed = L’adresse a été supprimée.
field-error-address-taken = Cette adresse existe déjà.
error-conflict-mail-service-only = Seul un service de messagerie a des adresses.
product-renew = Renouveler
product-restore = Restaurer
product-add-option = Ajouter
product-add-option-title = Ajouter une option
renew-pricing = Calcul du prix…
renew-body = La commande attend son paiement sous Comptabilité ; le produit est renouvelé une fois payé.
product-restore-fee-waived = Garantie de renouvellement : la restauration ne coûte aucuns frais de restauration.
