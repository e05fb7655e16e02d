# Clés de sécurité et passkeys (WebAuthn) : la carte de la page Sécurité et la deuxième
# étape de la connexion.
security-keys-title = Clés de sécurité et passkeys
security-keys-lead = Une clé de sécurité matérielle, ou une passkey conservée par votre téléphone ou votre ordinateur, peut servir de deuxième étape après le mot de passe. Ajoutez-en plusieurs : en perdre une ne vous bloquera pas.
security-keys-list = Vos clés de sécurité
security-keys-none = Aucune clé de sécurité ajoutée pour l’instant.
security-keys-name = Nom de la clé
security-keys-name-hint = Pour distinguer vos clés, par exemple « Clé bleue » ou « Portable du bureau ».
security-keys-add = Ajouter une clé de sécurité
security-keys-waiting = Suivez les instructions de votre navigateur pour utiliser votre clé de sécurité…
security-keys-added = Clé de sécurité ajoutée.
security-keys-added-at = Ajoutée le
security-keys-last-used = dernière utilisation
security-keys-never-used = jamais utilisée
security-keys-rename = Renommer
security-keys-new-name = Nouveau nom
security-keys-save = Enregistrer
security-keys-remove = Retirer
security-keys-remove-confirm = Retirer la clé de sécurité « { $name } » ?
security-keys-remove-lead = Saisissez votre mot de passe pour confirmer. S’il s’agit de votre dernier deuxième facteur, l’authentification à deux facteurs est désactivée et vos mots de passe d’application cessent de fonctionner.
security-keys-removed = Clé de sécurité retirée.

security-key-sign-in = Utiliser une clé de sécurité
security-key-sign-in-waiting = Suivez les instructions de votre navigateur pour utiliser votre clé de sécurité…
security-key-sign-in-or = Ou saisissez plutôt un code :

field-error-security-key-refused = Cette clé de sécurité n’a pas pu être utilisée. Réessayez ou utilisez une autre clé.
field-error-security-key-cancelled = La clé de sécurité n’a pas été utilisée : la demande a été annulée ou a expiré.
error-conflict-too-many-security-keys = Ce compte a déjà le nombre maximal de clés de sécurité. Retirez-en une d’abord.
error-conflict-security-keys-unavailable = Les clés de sécurité ne fonctionnent que si la console est ouverte à son adresse publique (https, ou http://localhost).

activity-security-key-added = Clé de sécurité ajoutée
activity-security-key-removed = Clé de sécurité retirée
