error-conflict-cart-not-sold = This product is not offered.
error-conflict-cart-extension-not-sold = This domain extension is not offered.
error-conflict-cart-no-restore-fee = This domain has no restore fee to pay.
error-conflict-cart-option-invalid = This option does not go with this product.
error-conflict-cart-period-not-offered = This period is not offered for this product.
error-conflict-cart-too-many-years = This product cannot be ordered for that many years at once.
error-conflict-promotion-unknown = There is no promotion code like this. Check its spelling.
error-conflict-promotion-not-yet-valid = This promotion code is not valid yet.
error-conflict-promotion-expired = This promotion code has expired.
error-conflict-promotion-used-up = This promotion code has been used as often as it may be.
error-conflict-promotion-already-used = Your organisation has already used this promotion code.
error-conflict-promotion-wrong-product = This promotion code does not apply to anything in the cart.
error-conflict-promotion-wrong-currency = This promotion code is for another currency.
error-conflict-voucher-expired = This voucher has expired.
error-conflict-voucher-used = This voucher has already been used.
error-conflict-voucher-wrong-product = This voucher is for another product.
error-conflict-voucher-other-organisation = This voucher belongs to another organisation.

## The order page: cart, checkout and the placed order
order-period = Period
order-period-years = { $years ->
    [one] 1 year
   *[other] { $years } years
}
order-period-months = { $months ->
    [one] 1 month
   *[other] { $months } months
}
order-options = Options
order-per-year = per year
order-in-cart = In the cart
order-add-to-cart = Add to cart
order-product-title = Another product
order-product-kind = Product
order-product-label = Name
order-product-label-hint = Your own name for it, e.g. “Shop”.
order-cart-title = Cart
order-prices-incl-tax = Prices with VAT
order-cart-empty = The cart is empty. Add a domain name or another product.
order-price-incl-tax = Price incl. VAT
order-price-excl-tax = Price excl. VAT
order-cart-product = Product
order-cart-vat = VAT
order-cart-actions = Actions
order-total-excl-tax = Total excl. VAT
order-total-vat = VAT
order-total-incl-tax = Total incl. VAT
order-reverse-charge = No VAT charged: reverse charge, the buyer accounts for the VAT.
order-export = No VAT charged: the billing address is outside the VAT area.
order-voucher-line = Free voucher
order-promotion-line = Promotion code { $code }
order-remove = Remove
order-voucher-choose = Use a free voucher for this product
order-voucher-none = No voucher
order-voucher-free = Free voucher
order-voucher-until = valid until
order-payment-card = Payment card
order-payment-postfinance-card = PostFinance Card
order-payment-paypal = PayPal
order-payment-twint = TWINT
order-payment-bank-transfer = Bank transfer
order-payment-prepaid-account = Prepaid account
order-checkout-title = Billing and payment
order-billing-address = Billing address
order-payment-method = Payment method
order-promotion-code = Promotion code
order-promotion-hint = Choose the payment method first.
order-promotion-apply = Apply
order-promotion-applied = Code { $code } applied.
order-place = Place the order
order-choose-payment = Choose how you will pay to place the order.
order-confirm-title = Place this order?
order-confirm-body = The order waits for its payment; the products are set up once it is paid.
order-confirm-place = Place the order
order-placed-title = Order { $number } placed
order-status = Status
order-pay-until = To pay by
order-placed-body = It waits for its payment until the date above; unpaid by then, it expires and any voucher it used can be used again.
field-error-label-invalid = Use letters, digits and punctuation only.
field-error-domain-in-cart = This domain name is in the cart already.
field-error-domain-taken = This domain name has just been registered by someone else.
order-go-pay = Pay the order
error-conflict-option-held = This product already has this option.
field-error-product-in-cart = This product is in the cart already.
order-line-renewal = Renewal
order-line-added-option = New option
order-line-restore-fee = Restore fee
mail-order-placed-subject = Order { $number } placed
mail-order-placed-body = Hello,

    the order { $number } of the organisation { $org } waits for its payment: { $total } including VAT, to be paid by { $date }. Its products are set up once it is paid.

    { $link }
mail-order-paid-subject = Order { $number } paid
mail-order-paid-body = Hello,

    the order { $number } of the organisation { $org } is paid ({ $total } including VAT); its invoice is { $invoice }. Its products are being set up.

    { $link }
