## Sécurité du compte : sessions, activité récente, e-mails de sécurité

profile-nav-sessions = Sessions et appareils
profile-nav-activity = Activité récente
sessions-title = Sessions et appareils
sessions-lead = Les appareils sur lesquels votre compte est connecté. Déconnectez tout appareil que vous ne reconnaissez pas.
sessions-col-device = Appareil
sessions-col-place = Lieu
sessions-col-created = Connexion
sessions-col-last-used = Dernière utilisation
sessions-this-one = Cet appareil
sessions-revoke = Déconnecter
sessions-revoke-others = Déconnecter tous les autres appareils
sessions-revoke-others-title = Déconnecter tous les autres appareils ?
sessions-revoke-others-body = Toutes les sessions sauf celle-ci prennent fin immédiatement ; ces appareils devront se reconnecter.
sessions-revoked = Déconnexion effectuée.
sessions-empty-title = Aucune session
sessions-empty-body = Aucun appareil n’est connecté à votre compte.
activity-title = Activité récente
activity-lead = Les connexions et les modifications de sécurité de votre compte, dans votre fuseau horaire. Un e-mail de sécurité de notre part comporte toujours le code affiché ici.
activity-col-event = Événement
activity-col-when = Date
activity-col-code = Code
activity-empty-title = Aucune activité pour l’instant
activity-empty-body = Les connexions et les modifications de sécurité de votre compte apparaîtront ici.
activity-login = Connexion
activity-login-new-device = Connexion depuis un nouvel appareil
activity-login-failed = Mot de passe incorrect saisi
activity-session-revoked = Une session a été fermée
activity-other-sessions-revoked = Toutes les autres sessions ont été fermées
device-unknown = Appareil inconnu
place-local-network = Réseau local
place-unknown = Lieu inconnu

mail-security-new-device-subject = Nouvelle connexion à votre compte
mail-security-new-device-lead = Bonjour,

    Votre compte vient d’être connecté depuis un appareil sur lequel il n’avait encore jamais été utilisé.
mail-security-failed-subject = Mot de passe incorrect saisi pour votre compte
mail-security-failed-lead = Bonjour,

    Quelqu’un a saisi un mot de passe incorrect pour votre compte. Si c’était vous, vous n’avez rien à faire.
mail-security-details = Date : { $when }
    Appareil : { $device }
    Lieu : { $place }
    Code : { $code }

    Le même événement, avec le même code, figure dans votre Activité récente : { $link }
    Si ce n’était pas vous, changez votre mot de passe et déconnectez vos autres appareils dans Sessions et appareils.

profile-nav-security = Sécurité
security-title = Sécurité
security-lead = Protégez votre compte avec un second facteur en plus de votre mot de passe.
security-2fa-title = Authentification à deux facteurs
security-2fa-off = Désactivée. Activez-la en ajoutant ci-dessous une application d’authentification ou un téléphone pour les codes SMS : la connexion demandera alors aussi un code.
security-2fa-on = Activée
security-2fa-start = Configurer une application d’authentification
security-2fa-scan = Scannez ce code QR avec votre application d’authentification, puis saisissez le code à 6 chiffres qu’elle affiche.
security-2fa-manual = Ou saisissez cette clé dans l’application :
security-2fa-code = Code de l’application
security-2fa-confirm = Confirmer et activer
security-2fa-disable = Désactiver l’authentification à deux facteurs
security-2fa-disabled = L’authentification à deux facteurs est désactivée.
security-codes-title = Vos codes de secours
security-codes-lead = Chaque code vous permet de vous connecter une fois si vous n’avez pas votre téléphone sous la main. Conservez-les dès maintenant en lieu sûr : ils ne seront plus affichés.
security-codes-stored = Je les ai conservés
security-codes-left = { $count ->
    [one] Il vous reste { $count } code de secours.
   *[other] Il vous reste { $count } codes de secours.
}
security-codes-regenerate = Nouveaux codes de secours
security-password-confirm = Votre mot de passe, pour confirmer
login-second-factor-lead = Saisissez le code de votre application d’authentification ou l’un de vos codes de secours.
login-second-factor-code = Code
login-second-factor-hint = 6 chiffres de l’application, ou un code de secours tel que ABCD-EFGH-IJKL-MNOP.
login-second-factor-submit = Se connecter
activity-second-factor-failed = Code de second facteur incorrect saisi
activity-backup-code-used = Connexion avec un code de secours
activity-two-factor-enabled = Authentification à deux facteurs activée
activity-two-factor-disabled = Authentification à deux facteurs désactivée
activity-backup-codes-regenerated = Nouveaux codes de secours générés
field-error-code-wrong = Ce code n’est pas correct. Vérifiez l’heure de votre téléphone et essayez le code le plus récent.
error-conflict-two-factor-on = L’authentification à deux facteurs est déjà activée.
error-conflict-two-factor-off = L’authentification à deux facteurs est désactivée.
error-conflict-second-factor-expired = Cette connexion a attendu trop longtemps. Saisissez à nouveau votre adresse e-mail et votre mot de passe.

security-password-title = Mot de passe
security-password-current = Mot de passe actuel
security-password-new = Nouveau mot de passe
security-password-sign-out-others = Déconnecter tous les autres appareils
security-password-submit = Changer le mot de passe
security-password-changed = Mot de passe modifié.
login-forgot = Mot de passe oublié ?
forgot-title = Mot de passe oublié
forgot-lead = Saisissez l’adresse e-mail avec laquelle vous vous connectez. Si un compte l’utilise, nous vous envoyons un lien pour définir un nouveau mot de passe.
forgot-submit = Envoyer le lien
forgot-sent = Si un compte utilise cette adresse, un lien est en chemin. Il est valable une heure et ne peut servir qu’une fois.
forgot-back-to-login = Retour à la connexion
reset-title = Définir un nouveau mot de passe
reset-lead = Choisissez un nouveau mot de passe pour votre compte.
reset-new-password = Nouveau mot de passe
reset-sign-out-everywhere = Déconnecter tous les appareils connectés
reset-submit = Enregistrer le nouveau mot de passe
reset-done = Votre mot de passe a été modifié. Connectez-vous dès maintenant avec celui-ci.
reset-log-in = Se connecter
activity-password-changed = Mot de passe modifié
activity-password-reset = Mot de passe réinitialisé via un lien reçu par e-mail
error-conflict-reset-invalid = Ce lien n’est plus valable : il a été utilisé, remplacé ou date de plus d’une heure. Demandez-en un nouveau.
mail-password-reset-subject = Définir un nouveau mot de passe
mail-password-reset-body = Bonjour,

    Quelqu’un a demandé à définir un nouveau mot de passe pour votre compte. Si c’était vous, ouvrez ce lien dans l’heure (il ne peut servir qu’une fois) :
    { $link }

    Si ce n’était pas vous, ignorez ce message : votre mot de passe reste inchangé.
mail-security-password-subject = Votre mot de passe a été modifié
mail-security-password-lead = Bonjour,

    Le mot de passe de votre compte vient d’être modifié.

org-tab-security = Sécurité
org-2fa-title = Authentification à deux facteurs pour tous les membres
org-2fa-lead = Lorsqu’elle est activée, les membres sans second facteur ne peuvent plus rien faire dans cette organisation tant qu’ils n’en ont pas configuré un ; les membres externes peuvent plutôt la quitter. Ils gardent l’accès au reste de leur console.
org-2fa-switch = Exiger l’authentification à deux facteurs
org-2fa-on-title = Exiger l’authentification à deux facteurs ?
org-2fa-on-body = Les membres sans second facteur sont bloqués lors de leur prochaine action dans cette organisation et invités à en configurer un.
org-2fa-off-title = Ne plus exiger l’authentification à deux facteurs ?
org-2fa-off-body = Les membres pourront alors travailler dans cette organisation avec leur seul mot de passe.
org-2fa-confirm = Confirmer
org-2fa-saved = Réglage enregistré.
two-factor-required-title = Cette organisation exige l’authentification à deux facteurs
two-factor-required-body = Configurez une application d’authentification pour votre compte afin de pouvoir continuer à y travailler. Vos autres organisations ne sont pas touchées.
two-factor-required-set-up = Configurer l’authentification à deux facteurs
two-factor-required-leave = Quitter plutôt cette organisation
users-filter-without-2fa = Uniquement sans double authentification
users-send-alert = Envoyer une alerte de sécurité
users-alert-sent = Alerte de sécurité envoyée.
error-conflict-two-factor-required = Cette organisation exige l’authentification à deux facteurs.
mail-security-alert-2fa-on = activée
mail-security-alert-2fa-off = DÉSACTIVÉE — veuillez l’activer
mail-security-alert-subject = Vérifiez la sécurité de votre compte ({ $org })
mail-security-alert-body = Bonjour,

    { $by }, de { $org }, vous demande de vérifier la sécurité de votre compte. Vos réglages actuels :

    Authentification à deux facteurs : { $two_factor }
    Codes de secours restants : { $codes }
    Appareils connectés : { $sessions }

    Consultez-les ici : { $link }

app-passwords-title = Mots de passe d’application
app-passwords-lead = Pour les outils qui ne peuvent pas demander de second facteur, comme les clients de synchronisation et les scripts. Chaque outil reçoit son propre mot de passe ; ces mots de passe ne donnent jamais accès à cette console.
app-passwords-name = Nom de l’outil
app-passwords-create = Créer un mot de passe d’application
app-passwords-created = Mot de passe d’application pour { $name }. Copiez-le dès maintenant : il ne sera plus affiché.
app-passwords-created-at = créé le
app-passwords-last-used = dernière utilisation le
app-passwords-never-used = jamais utilisé
app-passwords-revoke = Révoquer
app-passwords-revoke-confirm = Révoquer le mot de passe d’application « { $name } » ? L’outil qui l’utilise perd immédiatement son accès.
activity-app-password-created = Mot de passe d’application créé
activity-app-password-revoked = Mot de passe d’application révoqué
error-conflict-too-many-app-passwords = Vous avez atteint le nombre maximal de mots de passe d’application. Révoquez-en un que vous n’utilisez plus.
mail-security-not-me = Ce n’était pas vous ? Sécurisez immédiatement votre compte — tous les appareils sont déconnectés et vous définissez un nouveau mot de passe : { $not_me }
not-me-title = Sécuriser votre compte
not-me-lead = Si quelqu’un d’autre a utilisé votre compte, cette action déconnecte tous les appareils, révoque tous les mots de passe d’application et vous demande de définir un nouveau mot de passe via un lien envoyé à votre adresse e-mail.
not-me-submit = Sécuriser mon compte maintenant
not-me-done = C’est fait : tous les appareils sont déconnectés et votre mot de passe ne fonctionne plus. Nous vous avons envoyé un lien pour en définir un nouveau.
activity-account-secured = Compte sécurisé depuis un e-mail de sécurité
