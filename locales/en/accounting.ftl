# Accounting: orders and paying them
accounting-title = Accounting
accounting-lead = Your organisation’s orders and their payments.
accounting-tabs-label = Accounting
accounting-tab-orders = Orders
accounting-tab-addresses = Billing addresses
orders-filter-status = Status
orders-filter-all = All statuses
orders-none-found-title = No order with this status
orders-none-found-body = Choose another status to see more orders.
orders-empty-title = No orders yet
orders-empty-body = Orders placed under Products appear here, to pay and to follow.
orders-col-number = Order
orders-col-products = Products
orders-col-placed = Placed
orders-col-total = Total
orders-col-status = Status
orders-col-pay-by = Pay by
orders-more-products = { $count ->
    [one] and 1 more
   *[other] and { $count } more
}
orders-back = All orders
orders-order-title = Order { $number }
orders-invoice = Invoice
orders-lines-title = What was ordered
orders-products-title = Products set up
orders-setting-up = { $count ->
    [one] One product is still being set up; this happens without you.
   *[other] { $count } products are still being set up; this happens without you.
}
orders-payments-title = Payments
orders-pay-title = Pay this order
orders-prepaid-balance = balance
orders-prepaid-short = The prepaid balance does not cover this order.
orders-prepaid-part = Use the balance first: { $amount } from the prepaid account, { $rest } by the method chosen
orders-part-prepaid = From the prepaid account
orders-part-rest = By { $method }
orders-pay = Pay
orders-pay-confirm-title = Pay order { $number }?
orders-pay-card-body = You will enter your card on the payment provider’s page, then come back here.
orders-pay-prepaid-body = The amount is taken from the prepaid balance at once.
orders-pay-approve-body = You will approve the payment on the provider’s page or in its app, then come back here.
orders-pay-confirm = Pay now
error-conflict-order-not-payable = This order cannot be paid any more: it is paid, cancelled or expired.
error-conflict-payment-method-unavailable = This payment method cannot be used for this order.
error-conflict-payment-processor-unreachable = The payment provider cannot be reached. Nothing was charged; try again in a moment.
error-conflict-prepaid-insufficient = The prepaid balance does not cover this order.
accounting-tab-invoices = Invoices
invoices-empty-title = No invoices yet
invoices-empty-body = Each paid order gets its invoice here.
invoices-filter-status = Status
invoices-filter-all-statuses = All statuses
invoices-filter-year = Year
invoices-filter-all-years = All years
invoices-filter-address = Billing address
invoices-filter-all-addresses = All billing addresses
invoices-none-found-title = No invoice matches these filters
invoices-none-found-body = Choose another status, year or billing address to see more invoices.
invoices-col-number = Invoice
invoices-col-issued = Issued
invoices-col-total = Total
invoices-col-status = Status
accounting-tab-to-pay = To pay
to-pay-show-all = Show all renewals
to-pay-pay-selection = Pay my selection
to-pay-pro-forma-selection = Generate a pro forma invoice
to-pay-empty-title = Nothing to renew soon
to-pay-empty-body = Products whose term ends within two months appear here. Show all to renew one earlier.
to-pay-window = Renewals whose term ends within { $days } days.
to-pay-confirm-title = Renew these products?
to-pay-confirm-body = One order renews them all; pay it on the next page.
to-pay-confirm-transfer-body = One order renews them all; its pro forma invoice carries the QR-bill to pay it by bank transfer.
to-pay-col-product = Product
to-pay-col-ends = Ends
to-pay-col-status = Status
to-pay-col-period = Renew for
to-pay-col-price = Price excl. VAT
accounting-tab-prepaid = Prepaid account
prepaid-balance = Balance
prepaid-empty-title = No movements yet
prepaid-empty-body = Deposits and the orders paid from the balance appear here.
prepaid-col-when = When
prepaid-col-what = What
prepaid-col-amount = Amount
prepaid-movement-deposit = Deposit
prepaid-movement-refund = Refund
prepaid-movement-order = Order paid
prepaid-movement-late-payment = Kept from a second payment of order
prepaid-movement-unfinished-payment = Kept from a payment of order whose prepaid part the balance no longer covered
error-conflict-idempotency-key-reused = This request was already made with other details. Reload the page and try again.
field-error-amount-invalid = Enter an amount such as 50 or 120.50.
field-error-amount-out-of-range = A deposit is between 0.10 and 9,999.00.
prepaid-deposit-title = Deposit by card
prepaid-deposit-amount = Amount to deposit
prepaid-deposit-confirm-title = Deposit { $amount } by card?
prepaid-deposit-confirm-body = You will enter your card on the payment provider’s page; the amount is on the balance once paid.
prepaid-deposit = Deposit
invoices-col-document = Document
invoices-pdf = PDF
invoices-pdf-label = Download invoice { $number } as PDF
invoices-pdf-none = No PDF for this earlier invoice
invoices-pdf-after-payment = PDF once paid
orders-pro-forma = See the pro forma invoice
orders-transfer-body = To pay by bank transfer, use the QR-bill on the pro forma invoice. The order counts as paid once the transfer has arrived.
topbar-counts-label = What waits in Accounting
topbar-to-pay = { $count ->
    [one] 1 to pay
   *[other] { $count } to pay
}
topbar-pending-orders = { $count ->
    [one] 1 pending order
   *[other] { $count } pending orders
}
accounting-tab-payment-methods = Payment methods
saved-methods-lead = Cards and TWINT or PayPal profiles kept by the payment provider for automatic renewals. Mandant never sees the card number.
saved-methods-make-default = Make default
saved-methods-remove = Remove
saved-methods-remove-label = Remove { $method }
saved-methods-remove-title = Remove { $method }?
saved-methods-remove-body = Automatic renewals will no longer be charged to it. You can save it again when you next pay.
saved-methods-empty-title = No saved payment method
saved-methods-empty-body = Tick “Keep for automatic renewals” when you pay by card, PostFinance Card, TWINT or PayPal.
saved-methods-default = Default
saved-methods-col-method = Method
saved-methods-col-expires = Expires
saved-methods-col-actions = Actions
orders-pay-save = Keep it for automatic renewals (the payment provider keeps it, not Mandant)
invoices-credit-note = Credit note (PDF)
prepaid-transfer-title = By bank transfer
prepaid-transfer-body = Pay any amount from your bank with the deposit slip’s QR-bill: it is credited here once the bank reports the transfer, usually the next working day.
prepaid-transfer-slip = Download the deposit slip (PDF)
saved-methods-expired = Expired
