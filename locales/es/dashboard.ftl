dashboard-title = Panel
dashboard-lead = Lo que posee esta organización y lo que requiere su atención.
dashboard-products = Productos
dashboard-members = Miembros
dashboard-unpaid = Por pagar
dashboard-unpaid-count = { $count ->
    [one] una factura pendiente de pago
   *[other] { $count } facturas pendientes de pago
}
dashboard-unpaid-invoices = Facturas pendientes de pago
dashboard-no-products-title = Aún no hay productos
dashboard-no-products-body = Aquí aparecen los dominios, alojamientos y servicios contratados para esta organización.
dashboard-no-invoices-title = Nada que pagar
dashboard-no-invoices-body = Todas las facturas de esta organización están pagadas.

product-col-name = Nombre
product-col-kind = Tipo
product-col-status = Estado
product-col-expires = Vencimiento

product-kind-domain = Nombre de dominio
product-kind-domain-privacy = Privacidad del dominio
product-kind-renewal-warranty = Garantía de renovación
product-kind-web-hosting = Alojamiento web
product-kind-web-mail-hosting = Alojamiento web y correo
product-kind-mail-service = Servicio de correo
product-kind-cloud-server = Servidor en la nube
product-kind-drive = Almacenamiento en línea
product-kind-backup = Copia de seguridad
product-kind-ssl-certificate = Certificado SSL
product-kind-newsletter = Créditos de newsletter

invoice-col-number = Factura
invoice-col-issued = Emitida
invoice-col-due = Vencimiento
invoice-col-status = Estado
invoice-col-total = Importe
