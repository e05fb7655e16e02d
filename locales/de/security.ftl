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
