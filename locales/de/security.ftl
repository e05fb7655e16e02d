## Kontosicherheit: Sitzungen, letzte Aktivitäten, Sicherheits-E-Mails

profile-nav-sessions = Sitzungen und Geräte
profile-nav-activity = Letzte Aktivitäten
sessions-title = Sitzungen und Geräte
sessions-lead = Wo Ihr Konto angemeldet ist. Melden Sie jedes Gerät ab, das Ihnen unbekannt ist.
sessions-col-device = Gerät
sessions-col-place = Ort
sessions-col-created = Angemeldet
sessions-col-last-used = Zuletzt verwendet
sessions-this-one = Dieses Gerät
sessions-revoke = Abmelden
sessions-revoke-others = Alle anderen Geräte abmelden
sessions-revoke-others-title = Alle anderen Geräte abmelden?
sessions-revoke-others-body = Alle Sitzungen ausser dieser werden sofort beendet; diese Geräte müssen sich erneut anmelden.
sessions-revoked = Abgemeldet.
sessions-empty-title = Keine Sitzungen
sessions-empty-body = Kein Gerät ist bei Ihrem Konto angemeldet.
activity-title = Letzte Aktivitäten
activity-lead = Anmeldungen und Sicherheitsänderungen Ihres Kontos, in Ihrer Zeitzone. Eine Sicherheits-E-Mail von uns enthält immer den hier angezeigten Code.
activity-col-event = Ereignis
activity-col-when = Zeitpunkt
activity-col-code = Code
activity-empty-title = Noch keine Aktivitäten
activity-empty-body = Anmeldungen und Sicherheitsänderungen Ihres Kontos erscheinen hier.
activity-login = Angemeldet
activity-login-new-device = Von einem neuen Gerät angemeldet
activity-login-failed = Falsches Passwort eingegeben
activity-session-revoked = Eine Sitzung wurde beendet
activity-other-sessions-revoked = Alle anderen Sitzungen wurden beendet
device-unknown = Unbekanntes Gerät
place-local-network = Lokales Netzwerk
place-unknown = Unbekannter Ort

mail-security-new-device-subject = Neue Anmeldung bei Ihrem Konto
mail-security-new-device-lead = Guten Tag

    Ihr Konto wurde soeben auf einem Gerät angemeldet, auf dem es bisher noch nie verwendet wurde.
mail-security-failed-subject = Falsches Passwort für Ihr Konto eingegeben
mail-security-failed-lead = Guten Tag

    Jemand hat für Ihr Konto ein falsches Passwort eingegeben. Wenn Sie es waren, müssen Sie nichts tun.
mail-security-details = Zeitpunkt: { $when }
    Gerät: { $device }
    Ort: { $place }
    Code: { $code }

    Dasselbe Ereignis ist mit demselben Code unter Letzte Aktivitäten aufgeführt: { $link }
    Wenn Sie das nicht waren, ändern Sie Ihr Passwort und melden Sie Ihre anderen Geräte unter Sitzungen und Geräte ab.

profile-nav-security = Sicherheit
security-title = Sicherheit
security-lead = Schützen Sie Ihr Konto zusätzlich zu Ihrem Passwort mit einem zweiten Faktor.
security-2fa-title = Zwei-Faktor-Authentifizierung
security-2fa-off = Inaktiv. Fügen Sie unten eine Authenticator-App oder ein Telefon für SMS-Codes hinzu: Bei der Anmeldung wird dann zusätzlich ein Code abgefragt.
security-2fa-on = Aktiv
security-2fa-start = Authenticator-App einrichten
security-2fa-scan = Scannen Sie diesen QR-Code mit Ihrer Authenticator-App und geben Sie dann den angezeigten 6-stelligen Code ein.
security-2fa-manual = Oder geben Sie diesen Schlüssel in der App ein:
security-2fa-code = Code aus der App
security-2fa-confirm = Bestätigen und aktivieren
security-2fa-disable = Zwei-Faktor-Authentifizierung deaktivieren
security-2fa-disabled = Die Zwei-Faktor-Authentifizierung ist deaktiviert.
security-codes-title = Ihre Backup-Codes
security-codes-lead = Mit jedem Code können Sie sich einmal anmelden, wenn Sie Ihr Smartphone nicht zur Hand haben. Bewahren Sie die Codes jetzt an einem sicheren Ort auf: Sie werden nicht erneut angezeigt.
security-codes-stored = Ich habe sie gesichert
security-codes-left = { $count ->
    [one] Noch 1 Backup-Code übrig.
   *[other] Noch { $count } Backup-Codes übrig.
}
security-codes-regenerate = Neue Backup-Codes
security-password-confirm = Ihr Passwort zur Bestätigung
login-second-factor-lead = Geben Sie den Code aus Ihrer Authenticator-App oder einen Ihrer Backup-Codes ein.
login-second-factor-code = Code
login-second-factor-hint = 6 Ziffern aus der App oder ein Backup-Code wie ABCD-EFGH-IJKL-MNOP.
login-second-factor-submit = Anmelden
activity-second-factor-failed = Falscher Code für den zweiten Faktor eingegeben
activity-backup-code-used = Mit einem Backup-Code angemeldet
activity-two-factor-enabled = Zwei-Faktor-Authentifizierung aktiviert
activity-two-factor-disabled = Zwei-Faktor-Authentifizierung deaktiviert
activity-backup-codes-regenerated = Neue Backup-Codes erstellt
field-error-code-wrong = Dieser Code ist nicht korrekt. Prüfen Sie die Uhrzeit auf Ihrem Smartphone und versuchen Sie es mit dem neuesten Code.
error-conflict-two-factor-on = Die Zwei-Faktor-Authentifizierung ist bereits aktiviert.
error-conflict-two-factor-off = Die Zwei-Faktor-Authentifizierung ist deaktiviert.
error-conflict-second-factor-expired = Diese Anmeldung hat zu lange gedauert. Geben Sie Ihre E-Mail-Adresse und Ihr Passwort erneut ein.

security-password-title = Passwort
security-password-current = Aktuelles Passwort
security-password-new = Neues Passwort
security-password-sign-out-others = Alle anderen Geräte abmelden
security-password-submit = Passwort ändern
security-password-changed = Passwort geändert.
login-forgot = Passwort vergessen?
forgot-title = Passwort vergessen
forgot-lead = Geben Sie die E-Mail-Adresse ein, mit der Sie sich anmelden. Wenn ein Konto sie verwendet, senden wir Ihnen einen Link, um ein neues Passwort festzulegen.
forgot-submit = Link senden
forgot-sent = Wenn ein Konto diese Adresse verwendet, ist ein Link unterwegs. Er ist eine Stunde gültig und einmal verwendbar.
forgot-back-to-login = Zurück zur Anmeldung
reset-title = Neues Passwort festlegen
reset-lead = Wählen Sie ein neues Passwort für Ihr Konto.
reset-new-password = Neues Passwort
reset-sign-out-everywhere = Alle angemeldeten Geräte abmelden
reset-submit = Neues Passwort speichern
reset-done = Ihr Passwort wurde geändert. Melden Sie sich jetzt damit an.
reset-log-in = Anmelden
activity-password-changed = Passwort geändert
activity-password-reset = Passwort über einen per E-Mail gesendeten Link zurückgesetzt
error-conflict-reset-invalid = Dieser Link ist nicht mehr gültig: Er wurde verwendet, ersetzt oder ist älter als eine Stunde. Fordern Sie einen neuen an.
mail-password-reset-subject = Neues Passwort festlegen
mail-password-reset-body = Guten Tag

    Jemand hat angefordert, ein neues Passwort für Ihr Konto festzulegen. Wenn Sie das waren, öffnen Sie diesen Link innerhalb einer Stunde (er ist einmal verwendbar):
    { $link }

    Wenn Sie das nicht waren, ignorieren Sie diese Nachricht: Ihr Passwort bleibt unverändert.
mail-security-password-subject = Ihr Passwort wurde geändert
mail-security-password-lead = Guten Tag

    Das Passwort Ihres Kontos wurde soeben geändert.

org-tab-security = Sicherheit
org-2fa-title = Zwei-Faktor-Authentifizierung für alle Mitglieder
org-2fa-lead = Wenn sie aktiv ist, können Mitglieder ohne zweiten Faktor in dieser Organisation nichts mehr tun, bis sie einen eingerichtet haben; externe Mitglieder können die Organisation stattdessen verlassen. Der Rest ihrer Konsole bleibt zugänglich.
org-2fa-switch = Zwei-Faktor-Authentifizierung verlangen
org-2fa-on-title = Zwei-Faktor-Authentifizierung verlangen?
org-2fa-on-body = Mitglieder ohne zweiten Faktor werden bei ihrer nächsten Aktion in dieser Organisation angehalten und aufgefordert, einen einzurichten.
org-2fa-off-title = Zwei-Faktor-Authentifizierung nicht mehr verlangen?
org-2fa-off-body = Mitglieder können dann allein mit ihrem Passwort in dieser Organisation arbeiten.
org-2fa-confirm = Bestätigen
org-2fa-saved = Einstellung gespeichert.
two-factor-required-title = Diese Organisation verlangt die Zwei-Faktor-Authentifizierung
two-factor-required-body = Richten Sie für Ihr Konto eine Authenticator-App ein, um weiter darin arbeiten zu können. Ihre anderen Organisationen sind davon nicht betroffen.
two-factor-required-set-up = Zwei-Faktor-Authentifizierung einrichten
two-factor-required-leave = Stattdessen diese Organisation verlassen
users-filter-without-2fa = Nur ohne Zwei-Faktor
users-send-alert = Sicherheitswarnung senden
users-alert-sent = Sicherheitswarnung gesendet.
error-conflict-two-factor-required = Diese Organisation verlangt die Zwei-Faktor-Authentifizierung.
mail-security-alert-2fa-on = aktiv
mail-security-alert-2fa-off = INAKTIV — bitte aktivieren Sie sie
mail-security-alert-subject = Prüfen Sie die Sicherheit Ihres Kontos ({ $org })
mail-security-alert-body = Guten Tag

    { $by } von { $org } bittet Sie, die Sicherheit Ihres Kontos zu prüfen. Ihre aktuellen Einstellungen:

    Zwei-Faktor-Authentifizierung: { $two_factor }
    Verbleibende Backup-Codes: { $codes }
    Angemeldete Geräte: { $sessions }

    Hier können Sie sie überprüfen: { $link }

app-passwords-title = App-Passwörter
app-passwords-lead = Für Programme, die keinen zweiten Faktor abfragen können, etwa Synchronisierungs-Clients und Skripte. Jedes Programm erhält ein eigenes Passwort; diese Passwörter gewähren nie Zugang zu dieser Konsole.
app-passwords-name = Name des Programms
app-passwords-create = App-Passwort erstellen
app-passwords-created = App-Passwort für { $name }. Kopieren Sie es jetzt: Es wird nicht erneut angezeigt.
app-passwords-created-at = erstellt am
app-passwords-last-used = zuletzt verwendet am
app-passwords-never-used = nie verwendet
app-passwords-revoke = Widerrufen
app-passwords-revoke-confirm = App-Passwort „{ $name }“ widerrufen? Das Programm, das es verwendet, verliert sofort den Zugriff.
activity-app-password-created = App-Passwort erstellt
activity-app-password-revoked = App-Passwort widerrufen
error-conflict-too-many-app-passwords = Sie haben die maximale Anzahl an App-Passwörtern erreicht. Widerrufen Sie eines, das Sie nicht mehr verwenden.
mail-security-not-me = Waren Sie das nicht? Sichern Sie Ihr Konto sofort — alle Geräte werden abgemeldet und Sie legen ein neues Passwort fest: { $not_me }
not-me-title = Ihr Konto sichern
not-me-lead = Wenn jemand anderes Ihr Konto verwendet hat, werden damit alle Geräte abgemeldet und alle App-Passwörter widerrufen; anschliessend legen Sie über einen Link, den wir an Ihre E-Mail-Adresse senden, ein neues Passwort fest.
not-me-submit = Mein Konto jetzt sichern
not-me-done = Erledigt: Alle Geräte sind abgemeldet und Ihr Passwort funktioniert nicht mehr. Wir haben Ihnen einen Link gesendet, um ein neues festzulegen.
activity-account-secured = Konto über eine Sicherheits-E-Mail gesichert
