profile-nav-heading = Mon profil
profile-nav-details = Informations personnelles
profile-nav-organisations = Mes organisations

profile-title = Gérer mon profil
profile-lead = Votre nom, votre langue et la façon dont les dates et les heures vous sont présentées.
profile-country-hint = Détermine la façon d’écrire les nombres, les montants et les dates.
profile-time-zone-hint = Toutes les dates et heures de la console sont affichées dans ce fuseau. Tapez pour rechercher, p. ex. Zurich.
profile-format-sample = Les dates s’afficheront ainsi :
profile-save = Enregistrer
profile-saved = Enregistré.

my-orgs-title = Mes organisations
my-orgs-lead = Toutes les organisations dont vous faites partie, et votre rôle dans chacune.
my-orgs-col-name = Organisation
my-orgs-col-role = Mon rôle
my-orgs-col-joined = Membre depuis
my-orgs-col-actions = Actions
my-orgs-empty-title = Vous n’êtes membre d’aucune organisation
my-orgs-empty-body = Créez-en une, ou demandez à un administrateur de vous inviter.
my-orgs-open = Ouvrir
my-orgs-leave = Quitter
my-orgs-last-legal-rep = Dernier représentant légal : départ impossible
my-orgs-leave-confirm-title = Quitter { $org } ?
my-orgs-leave-confirm-body = Vous perdrez immédiatement l’accès à ses produits et à ses factures. Pour revenir, une personne disposant des droits nécessaires devra vous inviter à nouveau.
my-orgs-leave-confirm = Quitter l’organisation

new-org-title = Créer une organisation
new-org-lead = Une organisation distincte, avec ses propres produits, utilisateurs et factures. Vous en devenez le représentant légal.
new-org-country-hint = Détermine la devise : francs suisses pour la Suisse et le Liechtenstein, euros pour les autres pays.
new-org-submit = Créer l’organisation
