## Sección Organización: datos, logotipo, direcciones de facturación, sucesión, eliminación

org-title = Organización
org-lead = El nombre, las direcciones y el logotipo de la organización, quién la representa y su eliminación.
org-tabs-label = Secciones de Organización
org-tab-details = Datos
org-tab-addresses = Direcciones de facturación
org-tab-succession = Representante legal
org-tab-delete = Eliminación
org-details-title = Nombre y dirección de facturación principal
org-name = Nombre de la organización
org-street = Calle y número
org-postal-code = Código postal
org-city = Localidad
org-currency = Moneda: { $currency }
org-currency-change = La moneda cambia de { $from } a { $to }: los precios futuros, las facturas y la cuenta prepago serán en { $to }.
org-currency-locked = Este país usa { $to }, pero la moneda { $from } no se puede cambiar mientras la cuenta prepago tenga saldo o haya facturas pendientes de pago.
org-save = Guardar
org-saved = Datos guardados.
org-logo-title = Logotipo
org-logo-hint = Una imagen PNG o JPEG horizontal de 1 MB como máximo. Sustituye al nombre en la esquina superior izquierda.
org-logo-current = Logotipo actual
org-logo-choose = Elegir una imagen
org-logo-remove = Quitar el logotipo
org-logo-saved = Logotipo actualizado.
org-addresses-empty-title = No hay más direcciones de facturación
org-addresses-empty-body = Añada direcciones para enviar las facturas de algunas renovaciones a otras personas, como el departamento de contabilidad.
org-address-add-title = Añadir una dirección de facturación
org-address-name = Destinatario
org-address-email = Correo electrónico para las facturas
org-address-add = Añadir la dirección
org-address-added = Dirección añadida.
org-address-remove = Eliminar
org-address-remove-confirm = ¿Eliminar la dirección de facturación «{ $name }»?
org-succession-title = Traspasar la representación legal
org-succession-lead = Designe a un miembro que asuma el cargo de representante legal. Esa persona debe aceptar; después usted pasará a ser administrador. Ambos recibirán un aviso por correo electrónico.
org-succession-successor = Sucesor
org-succession-password = Su contraseña, para confirmar
org-succession-submit = Pedirle que asuma el cargo
org-succession-started = Solicitud enviada: se ha avisado al sucesor por correo electrónico.
org-succession-only-legal-rep = Solo un representante legal puede traspasar la representación legal.
org-succession-pending-title = Traspaso pendiente de respuesta
org-succession-pending = { $from } ha pedido a { $to } que asuma el cargo de representante legal.
org-succession-valid-until = Válido hasta
org-succession-accept = Aceptar y pasar a ser representante legal
org-succession-decline = Rechazar
org-succession-withdraw = Retirar la solicitud
org-delete-title = Eliminar { $org }
org-delete-lead = Una organización solo se puede eliminar cuando está vacía. Las cuentas de los miembros no se eliminan; se avisa a los miembros por correo electrónico.
org-delete-products = Productos: { $count }
org-delete-prepaid = Saldo de la cuenta prepago:
org-delete-invoices = Facturas pendientes de pago: { $count }
org-delete-go = Ir
org-delete-blocked = Podrá eliminarla cuando todas las líneas anteriores estén marcadas.
org-delete-only-legal-rep = Solo un representante legal puede eliminar la organización.
org-delete-password = Su contraseña, para confirmar
org-delete-send-invoices = Enviarme por correo electrónico la lista de facturas de la organización
org-delete-submit = Eliminar la organización
org-delete-confirm-title = ¿Eliminar { $org } definitivamente?
org-delete-confirm-body = Todos pierden el acceso de inmediato. Esta acción no se puede deshacer.
org-delete-confirm = Eliminar definitivamente

field-error-password-wrong = Esta contraseña no es correcta.
field-error-logo-type = Elija una imagen PNG o JPEG.
field-error-logo-too-large = La imagen supera 1 MB.
field-error-logo-not-horizontal = Elija una imagen horizontal (claramente más ancha que alta).
error-conflict-currency-locked = La moneda no se puede cambiar mientras la cuenta prepago tenga saldo o haya facturas pendientes de pago.
error-conflict-too-many-addresses = La organización ha alcanzado el número máximo de direcciones de facturación.
error-conflict-org-not-empty = La organización ya no está vacía: compruebe qué impide todavía su eliminación.
error-conflict-succession-invalid = Ya no hay ningún traspaso pendiente de su respuesta.

mail-org-deleted-subject = Se ha eliminado la organización { $org }
mail-org-deleted-body = Hola:

    { $by } ha eliminado la organización { $org }. Ya no tiene acceso a ella; su cuenta y sus demás organizaciones no cambian.
mail-invoice-archive-subject = Facturas de { $org }
mail-invoice-archive-body = Hola:

    Tal como solicitó al eliminar { $org }, estas son las facturas de la organización (número, fecha, importe):
mail-invoice-archive-none = No se emitió ninguna factura a esta organización.
mail-invoice-archive-attached = Se adjuntan los PDF de las facturas pagadas.
mail-succession-asked-subject = { $from } le pide que sea representante legal de { $org }
mail-succession-asked-body = Hola:

    { $from } le pide que asuma el cargo de representante legal de { $org }. Acepte o rechace aquí (válido 7 días):
    { $link }
mail-succession-done-subject = { $to } es ahora representante legal de { $org }
mail-succession-done-body = Hola:

    { $to } aceptó y ahora es representante legal de { $org }. { $from } sigue siendo administrador.
org-time-zone-hint = Los vencimientos de los productos y los recordatorios siguen esta zona. Déjela vacía para usar la del país.
org-vat-number = Número de IVA
org-vat-number-hint = Opcional. Para una empresa de la UE con número de IVA, las facturas se emiten sin IVA (inversión del sujeto pasivo). Se comprueba según el formato del país.
org-vat-number-shown = Número de IVA { $number }
field-error-vat-number-invalid = No es un número de IVA del país elegido.
