## Estados de productos, facturas, pedidos y pagos: una clave por código de domain::status

product-status-pending = En activación
product-status-active = Activo
product-status-expiring-soon = Vence pronto
product-status-in-maintenance = En mantenimiento
product-status-blocked = Bloqueado
product-status-expired = Vencido
product-status-in-redemption = En periodo de redención
product-status-terminated = Dado de baja
product-status-released = Liberado

invoice-status-draft = Borrador
invoice-status-unpaid = Pendiente de pago
invoice-status-overdue = Vencida
invoice-status-paid = Pagada
invoice-status-cancelled = Anulada
invoice-status-refunded = Reembolsada

order-status-pending = Pendiente de pago
order-status-paid = Pagado
order-status-completed = Completado
order-status-cancelled = Cancelado
order-status-expired = Caducado
order-status-refunded = Reembolsado

payment-status-pending = En curso
payment-status-succeeded = Realizado
payment-status-failed = Fallido
payment-status-cancelled = Cancelado
payment-status-refunded = Reembolsado
