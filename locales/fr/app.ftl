app-name = Mandant
action-cancel = Annuler

shell-skip-to-content = Aller au contenu
shell-open-navigation = Ouvrir la navigation
shell-main-navigation = Navigation principale
shell-switch-org = Changer d’organisation
shell-choose-org = Choisir une organisation
shell-search-orgs = Rechercher une organisation
shell-create-org = Créer une organisation
shell-account-menu = Menu du compte
shell-manage-profile = Gérer mon profil
shell-manage-org = Gérer mon organisation
shell-log-out = Se déconnecter

nav-dashboard = Tableau de bord
nav-products = Produits
nav-users = Utilisateurs
nav-accounting = Comptabilité
nav-support = Support
nav-organisation = Organisation

section-lead-products = Les domaines, hébergements, services de messagerie et serveurs de cette organisation.
section-lead-users = Les membres de cette organisation et ce que chacun peut faire.
section-lead-accounting = Factures, renouvellements, compte prépayé et moyens de paiement.
section-lead-support = Support premium et accès du support à vos produits.
section-lead-organisation = Nom, adresses de facturation, sécurité et suppression de cette organisation.

coming-soon-title = Bientôt disponible
coming-soon-body = Cette partie de la console est en cours de construction. Rien ici pour l’instant : aucune donnée n’est affichée tant qu’elle n’est pas réelle.

not-found-title = Page introuvable
not-found-body = Cette page n’existe pas ou vous n’y avez pas accès.
not-found-home = Retour à ma console

toast-dismiss = Fermer le message

# The data table (components/data_table.rs).
table-select-all = Sélectionner toutes les lignes de cette page
table-select-row = Sélectionner { $name }
table-bulk-label = Lignes sélectionnées
table-selected = { $count ->
    [one] { $count } sélectionnée
   *[other] { $count } sélectionnées
}
table-clear-selection = Effacer la sélection
table-col-menu = Autres actions
table-row-menu = Actions pour { $name }
table-pages-label = Pages
table-page = Page { $page } sur { $pages }
table-page-previous = Précédente
table-page-next = Suivante
table-range = { $first }–{ $last } sur { $total }
table-per-page = Lignes par page
