## Statuses of products, invoices, orders and payments: one key per code of domain::status

product-status-pending = Being set up
product-status-active = Active
product-status-expiring-soon = Expiring soon
product-status-in-maintenance = In maintenance
product-status-blocked = Blocked
product-status-expired = Expired
product-status-in-redemption = In redemption
product-status-terminated = Terminated
product-status-released = Released

invoice-status-draft = Draft
invoice-status-unpaid = Unpaid
invoice-status-overdue = Overdue
invoice-status-paid = Paid
invoice-status-cancelled = Cancelled
invoice-status-refunded = Refunded

order-status-pending = Awaiting payment
order-status-paid = Paid
order-status-completed = Completed
order-status-cancelled = Cancelled
order-status-expired = Expired
order-status-refunded = Refunded

payment-status-pending = Pending
payment-status-succeeded = Successful
payment-status-failed = Failed
payment-status-cancelled = Cancelled
payment-status-refunded = Refunded
