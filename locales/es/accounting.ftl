# Accounting: orders and paying them
accounting-title = Contabilidad
accounting-lead = Los pedidos de su organización y sus pagos.
accounting-tabs-label = Contabilidad
accounting-tab-orders = Pedidos
accounting-tab-addresses = Direcciones de facturación
orders-filter-status = Estado
orders-filter-all = Todos los estados
orders-none-found-title = Ningún pedido con este estado
orders-none-found-body = Elija otro estado para ver más pedidos.
orders-empty-title = Todavía no hay pedidos
orders-empty-body = Los pedidos hechos en Productos aparecen aquí, para pagarlos y seguirlos.
orders-col-number = Pedido
orders-col-products = Productos
orders-col-placed = Realizado
orders-col-total = Total
orders-col-status = Estado
orders-col-pay-by = Pagar antes del
orders-more-products = { $count ->
    [one] y 1 más
   *[other] y { $count } más
}
orders-back = Todos los pedidos
orders-order-title = Pedido { $number }
orders-invoice = Factura
orders-lines-title = Lo que se pidió
orders-products-title = Productos puestos en marcha
orders-setting-up = { $count ->
    [one] Un producto aún se está poniendo en marcha; ocurre sin usted.
   *[other] { $count } productos aún se están poniendo en marcha; ocurre sin usted.
}
orders-payments-title = Pagos
orders-pay-title = Pagar este pedido
orders-prepaid-balance = saldo
orders-prepaid-short = El saldo de prepago no cubre este pedido.
orders-prepaid-part = Usar primero el saldo: { $amount } de la cuenta de prepago, { $rest } con el método elegido
orders-part-prepaid = De la cuenta de prepago
orders-part-rest = Con { $method }
orders-pay = Pagar
orders-pay-confirm-title = ¿Pagar el pedido { $number }?
orders-pay-card-body = Introducirá su tarjeta en la página del proveedor de pagos y volverá aquí.
orders-pay-prepaid-body = El importe se descuenta de inmediato del saldo de prepago.
orders-pay-approve-body = Aprobará el pago en la página del proveedor o en su aplicación y después volverá aquí.
orders-pay-confirm = Pagar ahora
error-conflict-order-not-payable = Este pedido ya no se puede pagar: está pagado, cancelado o caducado.
error-conflict-payment-method-unavailable = Esta forma de pago no puede usarse para este pedido.
error-conflict-payment-processor-unreachable = No se puede contactar con el proveedor de pagos. No se ha cobrado nada; inténtelo de nuevo en un momento.
error-conflict-prepaid-insufficient = El saldo de prepago no cubre este pedido.
accounting-tab-invoices = Facturas
invoices-empty-title = Todavía no hay facturas
invoices-empty-body = Cada pedido pagado recibe aquí su factura.
invoices-filter-status = Estado
invoices-filter-all-statuses = Todos los estados
invoices-filter-year = Año
invoices-filter-all-years = Todos los años
invoices-filter-address = Dirección de facturación
invoices-filter-all-addresses = Todas las direcciones de facturación
invoices-none-found-title = Ninguna factura coincide con estos filtros
invoices-none-found-body = Elija otro estado, otro año u otra dirección de facturación.
invoices-col-number = Factura
invoices-col-issued = Emitida
invoices-col-total = Total
invoices-col-status = Estado
accounting-tab-to-pay = Por pagar
to-pay-show-all = Mostrar todas las renovaciones
to-pay-pay-selection = Pagar mi selección
to-pay-pro-forma-selection = Generar una factura proforma
to-pay-empty-title = Nada que renovar pronto
to-pay-empty-body = Los productos cuyo plazo termina en dos meses aparecen aquí. Muestre todos para renovar uno antes.
to-pay-window = Renovaciones cuyo plazo termina en { $days } días.
to-pay-confirm-title = ¿Renovar estos productos?
to-pay-confirm-body = Un solo pedido los renueva todos; páguelo en la página siguiente.
to-pay-confirm-transfer-body = Un solo pedido los renueva todos; su factura proforma lleva la factura QR para pagarla por transferencia.
to-pay-col-product = Producto
to-pay-col-ends = Termina
to-pay-col-status = Estado
to-pay-col-period = Renovar por
to-pay-col-price = Precio sin IVA
accounting-tab-prepaid = Cuenta de prepago
prepaid-balance = Saldo
prepaid-empty-title = Todavía no hay movimientos
prepaid-empty-body = Los ingresos y los pedidos pagados con el saldo aparecen aquí.
prepaid-col-when = Cuándo
prepaid-col-what = Qué
prepaid-col-amount = Importe
prepaid-movement-deposit = Ingreso
prepaid-movement-refund = Reembolso
prepaid-movement-order = Pedido pagado
prepaid-movement-late-payment = Conservado de un segundo pago del pedido
prepaid-movement-unfinished-payment = Conservado de un pago del pedido cuya parte prepagada ya no estaba cubierta
error-conflict-idempotency-key-reused = Esta solicitud ya se hizo con otros datos. Recargue la página e inténtelo de nuevo.
field-error-amount-invalid = Introduzca un importe como 50 o 120.50.
field-error-amount-out-of-range = Un ingreso está entre 0.10 y 9.999,00.
prepaid-deposit-title = Ingresar con tarjeta
prepaid-deposit-amount = Importe a ingresar
prepaid-deposit-confirm-title = ¿Ingresar { $amount } con tarjeta?
prepaid-deposit-confirm-body = Introducirá su tarjeta en la página del proveedor de pagos; el importe estará en el saldo una vez pagado.
prepaid-deposit = Ingresar
invoices-col-document = Documento
invoices-pdf = PDF
invoices-pdf-label = Descargar la factura { $number } en PDF
invoices-pdf-none = Sin PDF para esta factura anterior
invoices-pdf-after-payment = PDF una vez pagada
orders-pro-forma = Ver la factura proforma
orders-transfer-body = Para pagar por transferencia, use la factura QR de la factura proforma. El pedido queda pagado en cuanto llega la transferencia.
topbar-counts-label = Lo que espera en la contabilidad
topbar-to-pay = { $count ->
    [one] 1 por pagar
   *[other] { $count } por pagar
}
topbar-pending-orders = { $count ->
    [one] 1 pedido pendiente
   *[other] { $count } pedidos pendientes
}
accounting-tab-payment-methods = Métodos de pago
saved-methods-lead = Tarjetas y perfiles de TWINT o PayPal que el proveedor de pagos conserva para las renovaciones automáticas. Mandant nunca ve el número de la tarjeta.
saved-methods-make-default = Establecer como predeterminado
saved-methods-remove = Eliminar
saved-methods-remove-label = Eliminar { $method }
saved-methods-remove-title = ¿Eliminar { $method }?
saved-methods-remove-body = Las renovaciones automáticas ya no se le cargarán. Podrá guardarlo de nuevo en su próximo pago.
saved-methods-empty-title = Ningún método de pago guardado
saved-methods-empty-body = Marque «Conservar para las renovaciones automáticas» al pagar con tarjeta, PostFinance Card, TWINT o PayPal.
saved-methods-default = Predeterminado
saved-methods-col-method = Método
saved-methods-col-expires = Caduca
saved-methods-col-actions = Acciones
orders-pay-save = Conservarlo para las renovaciones automáticas (en el proveedor de pagos, no en Mandant)
invoices-credit-note = Nota de crédito (PDF)
prepaid-transfer-title = Por transferencia bancaria
prepaid-transfer-body = Ingrese el importe que desee desde su banco con la factura QR de la boleta: se abona aquí en cuanto el banco comunica la transferencia, normalmente el siguiente día hábil.
prepaid-transfer-slip = Descargar la boleta de ingreso (PDF)
saved-methods-expired = Caducada
