# Sicherheitsschlüssel und Passkeys (WebAuthn): die Karte der Sicherheitsseite und der
# zweite Schritt der Anmeldung.
security-keys-title = Sicherheitsschlüssel und Passkeys
security-keys-lead = Ein Hardware-Sicherheitsschlüssel oder ein Passkey auf Ihrem Telefon oder Computer kann nach dem Passwort Ihr zweiter Schritt sein. Fügen Sie mehrere hinzu, damit Sie sich beim Verlust eines Schlüssels nicht aussperren.
security-keys-list = Ihre Sicherheitsschlüssel
security-keys-none = Noch kein Sicherheitsschlüssel hinzugefügt.
security-keys-name = Name des Schlüssels
security-keys-name-hint = Damit Sie Ihre Schlüssel unterscheiden können, zum Beispiel „Blauer Schlüssel“ oder „Büro-Laptop“.
security-keys-add = Sicherheitsschlüssel hinzufügen
security-keys-waiting = Folgen Sie den Anweisungen Ihres Browsers, um Ihren Sicherheitsschlüssel zu verwenden…
security-keys-added = Sicherheitsschlüssel hinzugefügt.
security-keys-added-at = Hinzugefügt am
security-keys-last-used = zuletzt verwendet
security-keys-never-used = nie verwendet
security-keys-rename = Umbenennen
security-keys-new-name = Neuer Name
security-keys-save = Speichern
security-keys-remove = Entfernen
security-keys-remove-confirm = Sicherheitsschlüssel „{ $name }“ entfernen?
security-keys-remove-lead = Geben Sie zur Bestätigung Ihr Passwort ein. Ist es Ihr letzter zweiter Faktor, wird die Zwei-Faktor-Authentifizierung deaktiviert und Ihre App-Passwörter funktionieren nicht mehr.
security-keys-removed = Sicherheitsschlüssel entfernt.

security-key-sign-in = Sicherheitsschlüssel verwenden
security-key-sign-in-waiting = Folgen Sie den Anweisungen Ihres Browsers, um Ihren Sicherheitsschlüssel zu verwenden…
security-key-sign-in-or = Oder geben Sie stattdessen einen Code ein:

field-error-security-key-refused = Dieser Sicherheitsschlüssel konnte nicht verwendet werden. Versuchen Sie es erneut oder verwenden Sie einen anderen Schlüssel.
field-error-security-key-cancelled = Der Sicherheitsschlüssel wurde nicht verwendet: Die Anfrage wurde abgebrochen oder ist abgelaufen.
error-conflict-too-many-security-keys = Dieses Konto hat bereits die höchstmögliche Anzahl Sicherheitsschlüssel. Entfernen Sie zuerst einen.
error-conflict-security-keys-unavailable = Sicherheitsschlüssel funktionieren nur, wenn die Konsole unter ihrer öffentlichen Adresse geöffnet ist (https oder http://localhost).

activity-security-key-added = Sicherheitsschlüssel hinzugefügt
activity-security-key-removed = Sicherheitsschlüssel entfernt
