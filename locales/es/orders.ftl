error-conflict-cart-not-sold = Este producto no se ofrece.
error-conflict-cart-extension-not-sold = Esta extensión de dominio no se ofrece.
error-conflict-cart-no-restore-fee = Este dominio no tiene tarifa de restauración que pagar.
error-conflict-cart-option-invalid = Esta opción no corresponde a este producto.
error-conflict-cart-period-not-offered = Este periodo no se ofrece para este producto.
error-conflict-cart-too-many-years = Este producto no puede pedirse por tantos años de una vez.
error-conflict-promotion-unknown = No existe ningún código promocional así. Compruebe cómo lo ha escrito.
error-conflict-promotion-not-yet-valid = Este código promocional aún no es válido.
error-conflict-promotion-expired = Este código promocional ha caducado.
error-conflict-promotion-used-up = Este código promocional se ha usado tantas veces como se permite.
error-conflict-promotion-already-used = Su organización ya ha usado este código promocional.
error-conflict-promotion-wrong-product = Este código promocional no se aplica a nada del carrito.
error-conflict-promotion-wrong-currency = Este código promocional es para otra moneda.
error-conflict-voucher-expired = Este vale ha caducado.
error-conflict-voucher-used = Este vale ya se ha usado.
error-conflict-voucher-wrong-product = Este vale es para otro producto.
error-conflict-voucher-other-organisation = Este vale pertenece a otra organización.

## The order page: cart, checkout and the placed order
order-period = Duración
order-period-years = { $years ->
    [one] 1 año
   *[other] { $years } años
}
order-period-months = { $months ->
    [one] 1 mes
   *[other] { $months } meses
}
order-options = Opciones
order-per-year = al año
order-in-cart = En el carrito
order-add-to-cart = Añadir al carrito
order-product-title = Otro producto
order-product-kind = Producto
order-product-label = Nombre
order-product-label-hint = El nombre que usted le da, p. ej. «Tienda».
order-cart-title = Carrito
order-prices-incl-tax = Precios con IVA
order-cart-empty = El carrito está vacío. Añada un nombre de dominio u otro producto.
order-price-incl-tax = Precio con IVA
order-price-excl-tax = Precio sin IVA
order-cart-product = Producto
order-cart-vat = IVA
order-cart-actions = Acciones
order-total-excl-tax = Total sin IVA
order-total-vat = IVA
order-total-incl-tax = Total con IVA
order-reverse-charge = Sin IVA: inversión del sujeto pasivo, el comprador liquida el IVA.
order-export = Sin IVA: la dirección de facturación está fuera del territorio del IVA.
order-voucher-line = Vale gratuito
order-promotion-line = Código promocional { $code }
order-remove = Quitar
order-voucher-choose = Usar un vale gratuito para este producto
order-voucher-none = Ningún vale
order-voucher-free = Vale gratuito
order-voucher-until = válido hasta el
order-payment-card = Tarjeta de pago
order-payment-postfinance-card = PostFinance Card
order-payment-paypal = PayPal
order-payment-twint = TWINT
order-payment-bank-transfer = Transferencia bancaria
order-payment-prepaid-account = Cuenta de prepago
order-checkout-title = Facturación y pago
order-billing-address = Dirección de facturación
order-payment-method = Forma de pago
order-promotion-code = Código promocional
order-promotion-hint = Elija primero la forma de pago.
order-promotion-apply = Aplicar
order-promotion-applied = Código { $code } aplicado.
order-place = Hacer el pedido
order-choose-payment = Elija cómo pagará para hacer el pedido.
order-confirm-title = ¿Hacer este pedido?
order-confirm-body = El pedido espera su pago; los productos se ponen en marcha una vez pagado.
order-confirm-place = Hacer el pedido
order-placed-title = Pedido { $number } realizado
order-status = Estado
order-pay-until = A pagar antes del
order-placed-body = Espera su pago hasta la fecha indicada arriba; si no se paga antes caduca, y los vales que usaba vuelven a poder usarse.
field-error-label-invalid = Use solo letras, cifras y signos de puntuación.
field-error-domain-in-cart = Este nombre de dominio ya está en el carrito.
field-error-domain-taken = Otra persona acaba de registrar este nombre de dominio.
order-go-pay = Pagar el pedido
error-conflict-option-held = Este producto ya tiene esta opción.
field-error-product-in-cart = Este producto ya está en el carrito.
order-line-renewal = Renovación
order-line-added-option = Nueva opción
order-line-restore-fee = Tarifa de restauración
mail-order-placed-subject = Pedido { $number } realizado
mail-order-placed-body = Hola:

    el pedido { $number } de la organización { $org } espera su pago: { $total } con IVA, a pagar antes del { $date }. Sus productos se ponen en marcha una vez pagado.

    { $link }
mail-order-paid-subject = Pedido { $number } pagado
mail-order-paid-body = Hola:

    el pedido { $number } de la organización { $org } está pagado ({ $total } con IVA); su factura es la { $invoice }. Sus productos se están poniendo en marcha.

    { $link }
