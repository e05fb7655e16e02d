## Bereich Benutzer: Mitglieder, Teams, Einladungen

users-title = Benutzer
users-lead = Wer zu dieser Organisation gehört, mit welcher Rolle und welchem Zugriff.
users-invite = Jemanden einladen
users-tabs-label = Bereiche der Benutzerverwaltung
users-tab-members = Mitglieder
users-tab-teams = Teams
users-tab-invitations = Einladungen
users-search-label = Mitglieder durchsuchen
users-search-placeholder = Name oder E-Mail
users-search-submit = Suchen
users-filter-role = Nach Rolle filtern
users-filter-all-roles = Alle Rollen
users-col-name = Name
users-col-role = Rolle
users-col-teams = Teams
users-col-2fa = Zwei-Faktor
users-col-last-active = Letzte Aktivität
users-col-actions = Aktionen
users-tag-billing = Abrechnung
users-tag-technical = Technik
users-2fa-on = Aktiv
users-2fa-off = Inaktiv
users-2fa-unknown = Wird angezeigt, sobald die Zwei-Faktor-Authentifizierung verfügbar ist
users-never-active = Noch nicht
users-edit = Bearbeiten
users-empty-title = Keine passenden Mitglieder
users-empty-body = Ändern Sie die Suche oder den Rollenfilter, um weitere Mitglieder zu sehen.
users-remove-selected = Aus der Organisation entfernen
users-remove-confirm-title = { $count ->
    [one] 1 Mitglied entfernen?
   *[other] { $count } Mitglieder entfernen?
}
users-remove-confirm-body = Die ausgewählten Mitglieder verlieren sofort den Zugriff auf diese Organisation und werden per E-Mail benachrichtigt. Deren Konten und andere Organisationen sind davon nicht betroffen.
users-remove-confirm = Entfernen
users-back = Zurück zu den Mitgliedern
users-remove-title = Aus der Organisation entfernen
users-remove-lead = Diese Person verliert sofort den Zugriff auf die Organisation und wird per E-Mail benachrichtigt.
users-remove-one = Dieses Mitglied entfernen

rights-role = Rolle
rights-role-locked = Nur ein rechtlicher Vertreter kann die Rolle eines rechtlichen Vertreters ändern.
rights-last-legal-rep = Dies ist der einzige rechtliche Vertreter der Organisation: Ernennen Sie einen weiteren, bevor Sie diese Rolle ändern.
rights-extra = Zusätzliche Rechte
rights-billing = Abrechnung: Rechnungen einsehen und bezahlen
rights-technical = Technische Verwaltung der unten aufgeführten Produkte (nicht nur deren Nutzung)
rights-products = Produkte
rights-all-products = Alle Produkte
rights-no-products = Die Organisation hat noch keine Produkte.
rights-manager-sees-all = Rechtliche Vertreter und Administratoren sehen und verwalten alle Produkte.
rights-teams = Teams
rights-no-teams = Noch keine Teams. Erstellen Sie sie im Tab Teams.
rights-contact-prefs = E-Mails dieser Organisation
rights-contact-prefs-hint = Welche Arten von E-Mails der Organisation diese Person erhält.
rights-save = Änderungen speichern
rights-saved = Änderungen gespeichert.
contact-pref-billing = Rechnungen und Zahlungserinnerungen
contact-pref-renewals = Ablaufende Produkte und Verlängerungen
contact-pref-products = Störungen, Wartungen und gesperrte Produkte
contact-pref-members = Beitritte, Austritte und Rollenwechsel
contact-pref-needs-billing = Nur mit dem Recht «Abrechnung»: Diese E-Mails enthalten Rechnungen und Beträge.
role-legal-representative-hint = Inhaber der Organisation; alle Rechte, auch die Ernennung rechtlicher Vertreter.
role-administrator-hint = Alle Rechte mit Ausnahme der Ernennung rechtlicher Vertreter.
role-collaborator-hint = Nur die freigegebenen Produkte und, mit dem Abrechnungsrecht, die Rechnungen.
role-external-hint = Wie ein Mitarbeiter, für Personen, die nicht zur Organisation gehören; nicht in organisationsweiten Freigaben enthalten.

invite-title = Jemanden einladen
invite-lead = Wählen Sie Adresse, Rolle und Zugriff; die Person erhält eine E-Mail mit einem Link, der 7 Tage gültig ist.
invite-step-who = Person und Rolle
invite-step-access = Zugriff
invite-step-review = Prüfen und senden
invite-mail-language = Sprache der Einladung
invite-mail-language-hint = Personen, die bereits ein Konto haben, erhalten sie in ihrer eigenen Sprache.
invite-next = Weiter
invite-back = Zurück
invite-send = Einladung senden
invite-sent-title = Einladung an { $email } gesendet
invite-sent-body = Der Link ist 7 Tage gültig. Im Tab Einladungen können Sie die Einladung erneut senden oder zurückziehen.
invite-another = Weitere Person einladen
invite-see-invitations = Einladungen anzeigen

invitations-col-email = Eingeladene Adresse
invitations-col-sent = Gesendet
invitations-col-expires = Gültig bis
invitations-col-status = Status
invitations-invited-by = von { $name }
invitations-resend = Erneut senden
invitations-revoke = Zurückziehen
invitations-resent = Einladung mit einem neuen Link erneut gesendet.
invitations-revoked = Einladung zurückgezogen: Der Link funktioniert nicht mehr.
invitations-revoke-confirm-title = Einladung an { $email } zurückziehen?
invitations-revoke-confirm-body = Der Link in der E-Mail funktioniert ab sofort nicht mehr. Sie können diese Adresse später erneut einladen.
invitations-empty-title = Noch keine Einladungen
invitations-empty-body = Laden Sie Personen per E-Mail ein; ihre Einladungen und deren Status erscheinen hier.
invitation-status-pending = Ausstehend
invitation-status-expired = Abgelaufen
invitation-status-accepted = Angenommen
invitation-status-revoked = Zurückgezogen

invitation-title = Einladung
invitation-offer = { $inviter } lädt Sie ein, { $org } beizutreten.
invitation-accept = Annehmen und Organisation öffnen
invitation-log-in = Zum Annehmen anmelden
invitation-sign-up = Zum Annehmen Konto erstellen
invitation-other-account = Sie sind als { $current } angemeldet, aber diese Einladung gilt für { $invited }.
invitation-switch-account = Abmelden und eingeladene Adresse verwenden
signup-invited = Sie treten { $org } bei. Ihr Konto verwendet die eingeladene Adresse.

teams-create-title = Neues Team
teams-name = Teamname
teams-create = Team erstellen
teams-created = Team erstellt.
teams-empty-title = Noch keine Teams
teams-empty-body = Teams fassen Personen zusammen, damit ihnen allen gleichzeitig Zugriff auf Produkte gewährt werden kann.
teams-summary = { $members ->
    [one] 1 Mitglied
   *[other] { $members } Mitglieder
} · { $products ->
    [one] 1 Produkt
   *[other] { $products } Produkte
}
teams-edit = Team bearbeiten
teams-rename = Umbenennen
teams-members = Mitglieder
teams-products = Für das Team freigegebene Produkte
teams-save = Mitglieder und Produkte speichern
teams-saved = Team gespeichert.
teams-delete = Team löschen
teams-delete-confirm-title = Team { $team } löschen?
teams-delete-confirm-body = Die Mitglieder des Teams bleiben in der Organisation, verlieren aber den über dieses Team gewährten Zugriff auf Produkte.
