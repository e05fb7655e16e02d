profile-nav-heading = Mein Profil
profile-nav-details = Persönliche Angaben
profile-nav-organisations = Meine Organisationen

profile-title = Mein Profil verwalten
profile-lead = Ihr Name, Ihre Sprache und wie Ihnen Datum und Uhrzeit angezeigt werden.
profile-country-hint = Legt fest, wie Zahlen, Beträge und Datumsangaben geschrieben werden.
profile-time-zone-hint = Alle Datums- und Zeitangaben in der Konsole werden in dieser Zeitzone angezeigt. Tippen Sie zum Suchen, z. B. Zurich.
profile-format-sample = Datumsangaben sehen dann so aus:
profile-save = Speichern
profile-saved = Gespeichert.

my-orgs-title = Meine Organisationen
my-orgs-lead = Alle Organisationen, denen Sie angehören, und Ihre Rolle in jeder davon.
my-orgs-col-name = Organisation
my-orgs-col-role = Meine Rolle
my-orgs-col-joined = Mitglied seit
my-orgs-col-actions = Aktionen
my-orgs-empty-title = Sie gehören keiner Organisation an
my-orgs-empty-body = Erstellen Sie eine, oder bitten Sie eine Administratorin oder einen Administrator um eine Einladung.
my-orgs-open = Öffnen
my-orgs-leave = Verlassen
my-orgs-last-legal-rep = Letzter rechtlicher Vertreter: Verlassen nicht möglich
my-orgs-leave-confirm-title = { $org } verlassen?
my-orgs-leave-confirm-body = Sie verlieren sofort den Zugriff auf ihre Produkte und Rechnungen. Damit Sie zurückkehren können, muss eine berechtigte Person Sie erneut einladen.
my-orgs-leave-confirm = Organisation verlassen

new-org-title = Organisation erstellen
new-org-lead = Eine eigenständige Organisation mit eigenen Produkten, Benutzern und Rechnungen. Sie werden ihr rechtlicher Vertreter.
new-org-country-hint = Legt die Währung fest: Schweizer Franken für die Schweiz und Liechtenstein, sonst Euro.
new-org-submit = Organisation erstellen
