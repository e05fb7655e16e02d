## Bereich Organisation: Angaben, Logo, Rechnungsadressen, Nachfolge, Löschung

org-title = Organisation
org-lead = Name, Adressen und Logo der Organisation, wer sie vertritt, und ihre Löschung.
org-tabs-label = Bereiche der Organisation
org-tab-details = Angaben
org-tab-addresses = Rechnungsadressen
org-tab-succession = Rechtlicher Vertreter
org-tab-delete = Löschen
org-details-title = Name und Hauptrechnungsadresse
org-name = Name der Organisation
org-street = Strasse und Hausnummer
org-postal-code = Postleitzahl
org-city = Ort
org-currency = Währung: { $currency }
org-currency-change = Die Währung wechselt von { $from } zu { $to }: Künftige Preise, Rechnungen und das Prepaid-Konto lauten auf { $to }.
org-currency-locked = In diesem Land gilt { $to }, aber die Währung { $from } kann nicht gewechselt werden, solange das Prepaid-Konto ein Guthaben aufweist oder Rechnungen offen sind.
org-save = Speichern
org-saved = Angaben gespeichert.
org-logo-title = Logo
org-logo-hint = Ein PNG- oder JPEG-Bild im Querformat, höchstens 1 MB. Es ersetzt den Namen oben links.
org-logo-current = Aktuelles Logo
org-logo-choose = Bild auswählen
org-logo-remove = Logo entfernen
org-logo-saved = Logo aktualisiert.
org-addresses-empty-title = Keine weiteren Rechnungsadressen
org-addresses-empty-body = Fügen Sie Adressen hinzu, um die Rechnungen einzelner Verlängerungen an andere Personen zu senden, etwa an die Buchhaltung.
org-address-add-title = Rechnungsadresse hinzufügen
org-address-name = Empfänger
org-address-email = E-Mail für Rechnungen
org-address-add = Adresse hinzufügen
org-address-added = Adresse hinzugefügt.
org-address-remove = Entfernen
org-address-remove-confirm = Rechnungsadresse „{ $name }“ entfernen?
org-succession-title = Rechtliche Vertretung übergeben
org-succession-lead = Ernennen Sie ein Mitglied, das die rechtliche Vertretung übernimmt. Diese Person muss zustimmen; danach werden Sie Administrator. Sie beide werden per E-Mail benachrichtigt.
org-succession-successor = Nachfolger
org-succession-password = Ihr Passwort zur Bestätigung
org-succession-submit = Um Übernahme bitten
org-succession-started = Anfrage gesendet: Der Nachfolger wurde per E-Mail angefragt.
org-succession-only-legal-rep = Nur ein rechtlicher Vertreter kann die rechtliche Vertretung übergeben.
org-succession-pending-title = Übergabe wartet auf Antwort
org-succession-pending = { $from } hat { $to } gebeten, die rechtliche Vertretung zu übernehmen.
org-succession-valid-until = Gültig bis
org-succession-accept = Annehmen und rechtlicher Vertreter werden
org-succession-decline = Ablehnen
org-succession-withdraw = Anfrage zurückziehen
org-delete-title = { $org } löschen
org-delete-lead = Eine Organisation kann erst gelöscht werden, wenn sie leer ist. Die Konten der Mitglieder werden nicht gelöscht; die Mitglieder werden per E-Mail benachrichtigt.
org-delete-products = Produkte: { $count }
org-delete-prepaid = Prepaid-Guthaben:
org-delete-invoices = Offene Rechnungen: { $count }
org-delete-go = Dorthin wechseln
org-delete-blocked = Die Löschung ist möglich, sobald jede Zeile oben abgehakt ist.
org-delete-only-legal-rep = Nur ein rechtlicher Vertreter kann die Organisation löschen.
org-delete-password = Ihr Passwort zur Bestätigung
org-delete-send-invoices = Liste der Rechnungen der Organisation per E-Mail an mich senden
org-delete-submit = Organisation löschen
org-delete-confirm-title = { $org } endgültig löschen?
org-delete-confirm-body = Alle verlieren sofort den Zugriff darauf. Dies kann nicht rückgängig gemacht werden.
org-delete-confirm = Endgültig löschen

field-error-password-wrong = Dieses Passwort ist falsch.
field-error-logo-type = Wählen Sie ein PNG- oder JPEG-Bild.
field-error-logo-too-large = Das Bild ist grösser als 1 MB.
field-error-logo-not-horizontal = Wählen Sie ein Bild im Querformat (deutlich breiter als hoch).
error-conflict-currency-locked = Die Währung kann nicht gewechselt werden, solange das Prepaid-Konto ein Guthaben aufweist oder Rechnungen offen sind.
error-conflict-too-many-addresses = Die Organisation hat die maximale Anzahl an Rechnungsadressen erreicht.
error-conflict-org-not-empty = Die Organisation ist nicht mehr leer: Sehen Sie nach, was die Löschung noch verhindert.
error-conflict-succession-invalid = Es wartet keine Übergabe mehr auf Ihre Antwort.

mail-org-deleted-subject = { $org } wurde gelöscht
mail-org-deleted-body = Guten Tag

    { $by } hat die Organisation { $org } gelöscht. Sie haben keinen Zugriff mehr darauf; Ihr Konto und Ihre anderen Organisationen sind davon nicht betroffen.
mail-invoice-archive-subject = Rechnungen von { $org }
mail-invoice-archive-body = Guten Tag

    Wie beim Löschen von { $org } gewünscht, finden Sie hier die Rechnungen der Organisation (Nummer, Datum, Betrag):
mail-invoice-archive-none = Für diese Organisation wurden keine Rechnungen ausgestellt.
mail-invoice-archive-attached = Die PDFs der bezahlten Rechnungen sind angehängt.
mail-succession-asked-subject = { $from } bittet Sie, rechtlicher Vertreter von { $org } zu werden
mail-succession-asked-body = Guten Tag

    { $from } bittet Sie, die rechtliche Vertretung von { $org } zu übernehmen. Nehmen Sie hier an oder lehnen Sie ab (7 Tage gültig):
    { $link }
mail-succession-done-subject = { $to } ist jetzt rechtlicher Vertreter von { $org }
mail-succession-done-body = Guten Tag

    { $to } hat angenommen und ist jetzt rechtlicher Vertreter von { $org }. { $from } bleibt Administrator.
org-time-zone-hint = Ablaufdaten der Produkte und Erinnerungen richten sich nach dieser Zeitzone. Leer lassen für die des Landes.
org-vat-number = MWST-Nummer
org-vat-number-hint = Optional. Für Unternehmen in der EU mit MWST-Nummer werden Rechnungen ohne MWST ausgestellt (Reverse Charge). Wird nach dem Format des Landes geprüft.
org-vat-number-shown = MWST-Nummer { $number }
field-error-vat-number-invalid = Dies ist keine MWST-Nummer des gewählten Landes.
