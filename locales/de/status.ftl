## Status von Produkten, Rechnungen, Bestellungen und Zahlungen: ein Schlüssel pro Code aus domain::status

product-status-pending = Wird eingerichtet
product-status-active = Aktiv
product-status-expiring-soon = Läuft bald ab
product-status-in-maintenance = In Wartung
product-status-blocked = Gesperrt
product-status-expired = Abgelaufen
product-status-in-redemption = In Wiederherstellungsphase
product-status-terminated = Gekündigt
product-status-released = Freigegeben

invoice-status-draft = Entwurf
invoice-status-unpaid = Offen
invoice-status-overdue = Überfällig
invoice-status-paid = Bezahlt
invoice-status-cancelled = Storniert
invoice-status-refunded = Rückerstattet

order-status-pending = Zahlung ausstehend
order-status-paid = Bezahlt
order-status-completed = Abgeschlossen
order-status-cancelled = Storniert
order-status-expired = Abgelaufen
order-status-refunded = Rückerstattet

payment-status-pending = In Bearbeitung
payment-status-succeeded = Erfolgreich
payment-status-failed = Fehlgeschlagen
payment-status-cancelled = Abgebrochen
payment-status-refunded = Rückerstattet
