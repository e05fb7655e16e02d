products-title = Produkte
products-lead = Alles, was die Organisation besitzt: Domains, Hostings, Mail und mehr, mit Laufzeit und wer sie verwalten darf.
products-search-label = Produkte suchen
products-search-placeholder = Name eines Produkts
products-search-submit = Suchen
products-filter-kind = Art
products-filter-all-kinds = Alle Arten
products-filter-status = Status
products-filter-all-statuses = Alle Status
products-filter-expiring = Läuft in 30 Tagen ab
products-none-found-title = Kein Produkt passt
products-none-found-body = Ändern Sie die Suche oder die Filter, um mehr Produkte zu sehen.
products-empty-title = Noch keine Produkte
products-empty-body = Hier erscheinen die Produkte dieser Organisation oder die, auf die Sie Zugriff erhalten haben.
product-col-auto-renewal = Automatische Verlängerung
product-col-management = Verwaltung
products-auto-renewal-on = Ein
products-auto-renewal-off = Aus
products-managed-by-admins = Nur Administratoren
products-managed-by-granted = Administratoren und Mitglieder mit Zugriff
products-back = Alle Produkte
product-kind-team-chat = Team-Chat
product-kind-premium-support = Premium-Support
product-facts = Überblick
product-no-expiry = Ohne Ablaufdatum
product-your-rights = Ihre Rechte
product-you-manage = Sie dürfen dieses Produkt verwalten
product-you-view = Sie sehen dieses Produkt, dürfen es aber nicht verwalten
product-created = Hinzugefügt
product-manage = Verwalten
product-rename = Umbenennen
product-new-name = Neuer Name
product-rename-save = Namen speichern
product-auto-renewal-turn-on = Automatische Verlängerung einschalten
product-auto-renewal-turn-off = Automatische Verlängerung ausschalten
product-block = Verwaltung sperren
product-unblock = Verwaltung entsperren
product-maintenance-on = Wartung beginnen
product-maintenance-off = Wartung beenden
product-block-confirm-title = Verwaltung von { $product } sperren?
product-block-confirm-body = Mitarbeitende und Externe können es nicht mehr verwalten; nur Administratoren und gesetzliche Vertreter können es, und nur sie können es wieder entsperren. Jedes Mitglied der Organisation wird per E-Mail informiert.
product-unblock-confirm-title = Verwaltung von { $product } entsperren?
product-unblock-confirm-body = Mitglieder mit Zugriff und technischem Recht können es wieder verwalten. Jedes Mitglied der Organisation wird per E-Mail informiert.
product-maintenance-on-confirm-title = { $product } in Wartung versetzen?
product-maintenance-on-confirm-body = Eingehende Mails werden weiterhin empfangen, aber niemand kann die Postfächer lesen, bis die Wartung endet. Mitglieder, die Produkt-Mails erhalten, werden informiert.
product-maintenance-off-confirm-title = Wartung von { $product } beenden?
product-maintenance-off-confirm-body = Die Postfächer sind wieder lesbar. Mitglieder, die Produkt-Mails erhalten, werden informiert.
product-renamed = Das Produkt wurde umbenannt.
product-auto-renewal-saved = Die automatische Verlängerung wurde geändert.
product-management-saved = Die Verwaltungseinstellung wurde gespeichert und die Mitglieder wurden informiert.
product-maintenance-saved = Die Wartung wurde geändert und die Mitglieder wurden informiert.
product-history = Verlauf
product-history-empty = Seit dem Hinzufügen des Produkts hat sich nichts geändert.
product-history-renamed = Umbenannt von „{ $from }“ in „{ $to }“
product-history-status = Status geändert von { $from } zu { $to }
product-history-auto-renewal-on = Automatische Verlängerung eingeschaltet
product-history-auto-renewal-off = Automatische Verlängerung ausgeschaltet
product-history-blocked = Verwaltung gesperrt
product-history-unblocked = Verwaltung entsperrt
mail-product-blocked-subject = { $product }: Verwaltung in { $org } gesperrt
mail-product-blocked-body = Guten Tag

    Die Verwaltung von { $product } in der Organisation { $org } wurde gesperrt. Nur Administratoren und gesetzliche Vertreter können es jetzt verwalten.

    { $link }
mail-product-unblocked-subject = { $product }: Verwaltung in { $org } entsperrt
mail-product-unblocked-body = Guten Tag

    Die Verwaltung von { $product } in der Organisation { $org } wurde entsperrt. Mitglieder mit Zugriff und technischem Recht können es wieder verwalten.

    { $link }
mail-maintenance-on-subject = { $product } ist in Wartung
mail-maintenance-on-body = Guten Tag

    Der Mail-Dienst { $product } der Organisation { $org } ist in Wartung. Eingehende Mails werden weiterhin empfangen, aber die Postfächer können bis zum Ende der Wartung nicht gelesen werden.

    { $link }
mail-maintenance-off-subject = { $product } ist wieder in Betrieb
mail-maintenance-off-body = Guten Tag

    Die Wartung des Mail-Dienstes { $product } der Organisation { $org } ist beendet. Die Postfächer sind wieder lesbar.

    { $link }
error-conflict-mail-service-not-blockable = Ein Mail-Dienst kann nicht gesperrt werden; versetzen Sie ihn stattdessen in Wartung.
error-conflict-maintenance-mail-service-only = Nur ein Mail-Dienst hat einen Wartungsmodus.
error-conflict-product-terminated = Dieses Produkt ist beendet und kann nicht mehr geändert werden.
error-conflict-product-status = In seinem jetzigen Status erlaubt dieses Produkt das nicht.
error-conflict-changed-meanwhile = Jemand hat dieses Produkt inzwischen geändert. Laden Sie die Seite neu und versuchen Sie es noch einmal.
mail-expiry-reminder-subject = { $product } läuft { $days ->
    [one] morgen ab
   *[other] in { $days } Tagen ab
}
mail-expiry-reminder-body = Guten Tag

    { $product } der Organisation { $org } läuft am { $date } ab und verlängert sich nicht von selbst. Verlängern Sie es rechtzeitig, um es zu behalten.

    { $link }
products-order = Bestellen
order-title = Bestellen
order-lead = Finden Sie einen Domainnamen oder wählen Sie ein Produkt, legen Sie sie in den Warenkorb und bestellen Sie.
order-domain-title = Domainnamen finden
order-domain-name = Domainname
order-domain-hint = Mit Endung, z. B. baeckerei-beispiel.ch. Umlaute und andere Buchstaben sind erlaubt.
order-domain-check = Verfügbarkeit prüfen
order-domain-registered-as = registriert als { $name }
order-domain-available = Verfügbar
order-domain-taken = Bereits vergeben
order-per-year-excl-tax = pro Jahr, ohne MWST
order-max-years = Bis zu { $years } Jahre auf einmal.
field-error-domain-invalid = Das ist kein gültiger Domainname: Verwenden Sie Buchstaben, Ziffern und Bindestriche, mit Punkten zwischen den Teilen.
field-error-domain-incomplete = Fügen Sie die Endung hinzu, z. B. .ch oder .com.
field-error-domain-extension-unsold = Diese Endung wird nicht angeboten.
error-conflict-registrar-unreachable = Die Domain-Registry ist im Moment nicht erreichbar. Versuchen Sie es in ein paar Minuten noch einmal.
product-released-note = Dieser Domainname wurde freigegeben: Er gehört nicht mehr der Organisation.
product-redemption-note = Diese Domain wurde nicht rechtzeitig verlängert und ist in der Wiederherstellungsfrist: Sie kann gegen eine Gebühr noch wiederhergestellt werden.
product-redemption-until = Wiederherstellbar bis
product-restore-fee = Die Wiederherstellung kostet
product-tax-excluded = ohne MWST
product-addresses = Adressen
product-addresses-empty = Dieser Mail-Dienst hat noch keine Adressen.
product-address-new = Neue Adresse
product-address-add = Adresse hinzufügen
product-address-remove = Löschen
product-address-remove-title = { $address } löschen?
product-address-remove-body = Mails an diese Adresse kommen nicht mehr an. Meldet sich jemand damit in der Konsole an, wechselt sein Konto zu einem vorläufigen Anmeldenamen, der an seine Wiederherstellungsnummer und -E-Mail geschickt wird.
product-address-added = Die Adresse wurde hinzugefügt.
product-address-removed = Die Adresse wurde gelöscht.
field-error-address-taken = Diese Adresse gibt es schon.
error-conflict-mail-service-only = Nur ein Mail-Dienst hat Adressen.
product-renew = Verlängern
product-restore = Wiederherstellen
product-add-option = Hinzufügen:
product-add-option-title = Eine Option hinzufügen
renew-pricing = Preis wird berechnet…
renew-body = Die Bestellung wartet unter Buchhaltung auf ihre Zahlung; das Produkt wird verlängert, sobald sie bezahlt ist.
product-restore-fee-waived = Verlängerungsgarantie: Die Wiederherstellung kostet keine Wiederherstellungsgebühr.
