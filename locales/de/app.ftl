app-name = Mandant
action-cancel = Abbrechen

shell-skip-to-content = Zum Inhalt springen
shell-open-navigation = Navigation öffnen
shell-main-navigation = Hauptnavigation
shell-switch-org = Organisation wechseln
shell-choose-org = Organisation auswählen
shell-search-orgs = Organisationen durchsuchen
shell-create-org = Organisation erstellen
shell-account-menu = Kontomenü
shell-manage-profile = Mein Profil verwalten
shell-manage-org = Meine Organisation verwalten
shell-log-out = Abmelden

nav-dashboard = Übersicht
nav-products = Produkte
nav-users = Benutzer
nav-accounting = Buchhaltung
nav-support = Support
nav-organisation = Organisation

section-lead-products = Die Domains, Hostings, Mail-Dienste und Server dieser Organisation.
section-lead-users = Wer zu dieser Organisation gehört und was jede Person tun darf.
section-lead-accounting = Rechnungen, Verlängerungen, Prepaid-Konto und Zahlungsmethoden.
section-lead-support = Premium-Support und Support-Zugriff auf Ihre Produkte.
section-lead-organisation = Name, Rechnungsadressen, Sicherheit und Löschung dieser Organisation.

coming-soon-title = Demnächst verfügbar
coming-soon-body = Dieser Teil der Konsole befindet sich im Aufbau. Hier gibt es noch nichts: Daten werden erst angezeigt, wenn sie echt sind.

not-found-title = Seite nicht gefunden
not-found-body = Diese Seite existiert nicht oder Sie haben keinen Zugriff darauf.
not-found-home = Zurück zu meiner Konsole

toast-dismiss = Meldung schliessen

# The data table (components/data_table.rs).
table-select-all = Alle Zeilen dieser Seite auswählen
table-select-row = { $name } auswählen
table-bulk-label = Ausgewählte Zeilen
table-selected = { $count ->
    [one] { $count } ausgewählt
   *[other] { $count } ausgewählt
}
table-clear-selection = Auswahl aufheben
table-col-menu = Weitere Aktionen
table-row-menu = Aktionen für { $name }
table-pages-label = Seiten
table-page = Seite { $page } von { $pages }
table-page-previous = Zurück
table-page-next = Weiter
table-range = { $first }–{ $last } von { $total }
table-per-page = Zeilen pro Seite
