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
