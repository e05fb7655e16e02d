## Stati di prodotti, fatture, ordini e pagamenti: una chiave per codice di domain::status

product-status-pending = In attivazione
product-status-active = Attivo
product-status-expiring-soon = In scadenza
product-status-in-maintenance = In manutenzione
product-status-blocked = Bloccato
product-status-expired = Scaduto
product-status-in-redemption = In periodo di riscatto
product-status-terminated = Disdetto
product-status-released = Rilasciato

invoice-status-draft = Bozza
invoice-status-unpaid = Non pagata
invoice-status-overdue = Scaduta
invoice-status-paid = Pagata
invoice-status-cancelled = Annullata
invoice-status-refunded = Rimborsata

order-status-pending = In attesa di pagamento
order-status-paid = Pagato
order-status-completed = Completato
order-status-cancelled = Annullato
order-status-expired = Scaduto
order-status-refunded = Rimborsato

payment-status-pending = In corso
payment-status-succeeded = Riuscito
payment-status-failed = Non riuscito
payment-status-cancelled = Annullato
payment-status-refunded = Rimborsato
