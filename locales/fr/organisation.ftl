## Section Organisation : informations, logo, adresses de facturation, succession, suppression

org-title = Organisation
org-lead = Le nom, les adresses et le logo de l’organisation, qui la représente, et sa suppression.
org-tabs-label = Sections Organisation
org-tab-details = Informations
org-tab-addresses = Adresses de facturation
org-tab-succession = Représentant légal
org-tab-delete = Suppression
org-details-title = Nom et adresse de facturation principale
org-name = Nom de l’organisation
org-street = Rue et numéro
org-postal-code = Code postal
org-city = Localité
org-currency = Devise : { $currency }
org-currency-change = La devise passe de { $from } à { $to } : les prix futurs, les factures et le compte prépayé seront en { $to }.
org-currency-locked = Ce pays utilise { $to }, mais la devise { $from } ne peut pas être changée tant que le compte prépayé présente un solde ou que des factures restent impayées.
org-save = Enregistrer
org-saved = Informations enregistrées.
org-logo-title = Logo
org-logo-hint = Une image PNG ou JPEG horizontale de 1 Mo au maximum. Elle remplace le nom en haut à gauche.
org-logo-current = Logo actuel
org-logo-choose = Choisir une image
org-logo-remove = Supprimer le logo
org-logo-saved = Logo mis à jour.
org-addresses-empty-title = Aucune autre adresse de facturation
org-addresses-empty-body = Ajoutez des adresses pour envoyer les factures de certains renouvellements à d’autres personnes, par exemple à un service comptable.
org-address-add-title = Ajouter une adresse de facturation
org-address-name = Destinataire
org-address-email = E-mail pour les factures
org-address-add = Ajouter l’adresse
org-address-added = Adresse ajoutée.
org-address-remove = Supprimer
org-address-remove-confirm = Supprimer l’adresse de facturation « { $name } » ?
org-succession-title = Transmettre la représentation légale
org-succession-lead = Désignez un membre qui deviendra représentant légal à votre place. Cette personne doit accepter ; vous devenez alors administrateur. Vous en êtes tous deux informés par e-mail.
org-succession-successor = Successeur
org-succession-password = Votre mot de passe, pour confirmer
org-succession-submit = Lui demander de prendre le relais
org-succession-started = Demande envoyée : le successeur a été contacté par e-mail.
org-succession-only-legal-rep = Seul un représentant légal peut transmettre la représentation légale.
org-succession-pending-title = Transmission en attente de réponse
org-succession-pending = { $from } a demandé à { $to } de devenir représentant légal à sa place.
org-succession-valid-until = Valable jusqu’au
org-succession-accept = Accepter et devenir représentant légal
org-succession-decline = Refuser
org-succession-withdraw = Retirer la demande
org-delete-title = Supprimer { $org }
org-delete-lead = Une organisation ne peut être supprimée qu’une fois vide. Les comptes des membres ne sont pas supprimés ; les membres en sont informés par e-mail.
org-delete-products = Produits : { $count }
org-delete-prepaid = Solde du compte prépayé :
org-delete-invoices = Factures impayées : { $count }
org-delete-go = Y aller
org-delete-blocked = La suppression sera possible dès que toutes les lignes ci-dessus seront cochées.
org-delete-only-legal-rep = Seul un représentant légal peut supprimer l’organisation.
org-delete-password = Votre mot de passe, pour confirmer
org-delete-send-invoices = M’envoyer par e-mail la liste des factures de l’organisation
org-delete-submit = Supprimer l’organisation
org-delete-confirm-title = Supprimer définitivement { $org } ?
org-delete-confirm-body = Tout le monde en perd immédiatement l’accès. Cette action est irréversible.
org-delete-confirm = Supprimer définitivement

field-error-password-wrong = Ce mot de passe est incorrect.
field-error-logo-type = Choisissez une image PNG ou JPEG.
field-error-logo-too-large = L’image dépasse 1 Mo.
field-error-logo-not-horizontal = Choisissez une image horizontale (nettement plus large que haute).
error-conflict-currency-locked = La devise ne peut pas être changée tant que le compte prépayé présente un solde ou que des factures restent impayées.
error-conflict-too-many-addresses = L’organisation a atteint le nombre maximal d’adresses de facturation.
error-conflict-org-not-empty = L’organisation n’est plus vide : vérifiez ce qui empêche encore sa suppression.
error-conflict-succession-invalid = Plus aucune transmission n’attend votre réponse.

mail-org-deleted-subject = L’organisation { $org } a été supprimée
mail-org-deleted-body = Bonjour,

    { $by } a supprimé l’organisation { $org }. Vous n’y avez plus accès ; votre compte et vos autres organisations ne sont pas touchés.
mail-invoice-archive-subject = Factures de { $org }
mail-invoice-archive-body = Bonjour,

    Comme demandé lors de la suppression de { $org }, voici les factures de l’organisation (numéro, date, montant) :
mail-invoice-archive-none = Aucune facture n’a été émise pour cette organisation.
mail-invoice-archive-attached = Les PDF des factures payées sont joints.
mail-succession-asked-subject = { $from } vous demande de devenir représentant légal de { $org }
mail-succession-asked-body = Bonjour,

    { $from } vous demande de devenir représentant légal de { $org } à sa place. Acceptez ou refusez ici (valable 7 jours) :
    { $link }
mail-succession-done-subject = { $to } est désormais représentant légal de { $org }
mail-succession-done-body = Bonjour,

    { $to } a accepté et est désormais représentant légal de { $org }. { $from } reste administrateur.
org-time-zone-hint = Les échéances des produits et les rappels suivent ce fuseau. Laissez vide pour celui du pays.
org-vat-number = Numéro de TVA
org-vat-number-hint = Facultatif. Pour une entreprise de l’UE avec un numéro de TVA, les factures sont émises sans TVA (autoliquidation). Vérifié selon le format du pays.
org-vat-number-shown = Numéro de TVA { $number }
field-error-vat-number-invalid = Ce n’est pas un numéro de TVA du pays choisi.
