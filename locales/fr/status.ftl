## Statuts des produits, factures, commandes et paiements : une clé par code de domain::status

product-status-pending = En préparation
product-status-active = Actif
product-status-expiring-soon = Expire bientôt
product-status-in-maintenance = En maintenance
product-status-blocked = Bloqué
product-status-expired = Expiré
product-status-in-redemption = En période de rédemption
product-status-terminated = Résilié
product-status-released = Libéré

invoice-status-draft = Brouillon
invoice-status-unpaid = Impayée
invoice-status-overdue = En retard
invoice-status-paid = Payée
invoice-status-cancelled = Annulée
invoice-status-refunded = Remboursée

order-status-pending = En attente de paiement
order-status-paid = Payée
order-status-completed = Terminée
order-status-cancelled = Annulée
order-status-expired = Expirée
order-status-refunded = Remboursée

payment-status-pending = En cours
payment-status-succeeded = Réussi
payment-status-failed = Échoué
payment-status-cancelled = Annulé
payment-status-refunded = Remboursé
