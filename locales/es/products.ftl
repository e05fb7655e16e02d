products-title = Productos
products-lead = Todo lo que posee la organización: dominios, alojamientos, correo y más, con sus plazos y quién puede gestionarlos.
products-search-label = Buscar productos
products-search-placeholder = Nombre de un producto
products-search-submit = Buscar
products-filter-kind = Tipo
products-filter-all-kinds = Todos los tipos
products-filter-status = Estado
products-filter-all-statuses = Todos los estados
products-filter-expiring = Vence en 30 días
products-none-found-title = Ningún producto coincide
products-none-found-body = Cambie la búsqueda o los filtros para ver más productos.
products-empty-title = Aún no hay productos
products-empty-body = Aquí aparecen los productos de esta organización o los que se le han asignado.
product-col-auto-renewal = Renovación automática
product-col-management = Gestión
products-auto-renewal-on = Activada
products-auto-renewal-off = Desactivada
products-managed-by-admins = Solo administradores
products-managed-by-granted = Administradores y miembros con acceso
products-back = Todos los productos
product-kind-team-chat = Chat de equipo
product-kind-premium-support = Soporte prémium
product-facts = Resumen
product-no-expiry = Sin vencimiento
product-your-rights = Sus derechos
product-you-manage = Puede gestionar este producto
product-you-view = Puede ver este producto, pero no gestionarlo
product-created = Añadido
product-manage = Gestionar
product-rename = Renombrar
product-new-name = Nuevo nombre
product-rename-save = Guardar el nombre
product-auto-renewal-turn-on = Activar la renovación automática
product-auto-renewal-turn-off = Desactivar la renovación automática
product-block = Bloquear la gestión
product-unblock = Desbloquear la gestión
product-maintenance-on = Iniciar el mantenimiento
product-maintenance-off = Terminar el mantenimiento
product-block-confirm-title = ¿Bloquear la gestión de { $product }?
product-block-confirm-body = Colaboradores y externos ya no pueden gestionarlo; solo los administradores y representantes legales pueden, y solo ellos pueden desbloquearlo. Se avisa por correo a cada miembro de la organización.
product-unblock-confirm-title = ¿Desbloquear la gestión de { $product }?
product-unblock-confirm-body = Los miembros con acceso y derecho técnico pueden volver a gestionarlo. Se avisa por correo a cada miembro de la organización.
product-maintenance-on-confirm-title = ¿Poner { $product } en mantenimiento?
product-maintenance-on-confirm-body = El correo entrante se sigue recibiendo, pero nadie puede leer los buzones hasta que termine el mantenimiento. Se avisa a los miembros que reciben los correos de productos.
product-maintenance-off-confirm-title = ¿Terminar el mantenimiento de { $product }?
product-maintenance-off-confirm-body = Los buzones vuelven a poder leerse. Se avisa a los miembros que reciben los correos de productos.
product-renamed = El producto se ha renombrado.
product-auto-renewal-saved = La renovación automática se ha cambiado.
product-management-saved = El ajuste de gestión se ha guardado y se ha avisado a los miembros.
product-maintenance-saved = El mantenimiento se ha cambiado y se ha avisado a los miembros.
product-history = Historial
product-history-empty = Nada ha cambiado desde que se añadió el producto.
product-history-renamed = Renombrado de «{ $from }» a «{ $to }»
product-history-status = Estado cambiado de { $from } a { $to }
product-history-auto-renewal-on = Renovación automática activada
product-history-auto-renewal-off = Renovación automática desactivada
product-history-blocked = Gestión bloqueada
product-history-unblocked = Gestión desbloqueada
mail-product-blocked-subject = { $product }: gestión bloqueada en { $org }
mail-product-blocked-body = Hola:

    La gestión de { $product } en la organización { $org } se ha bloqueado. Ahora solo los administradores y representantes legales pueden gestionarlo.

    { $link }
mail-product-unblocked-subject = { $product }: gestión desbloqueada en { $org }
mail-product-unblocked-body = Hola:

    La gestión de { $product } en la organización { $org } se ha desbloqueado. Los miembros con acceso y derecho técnico pueden volver a gestionarlo.

    { $link }
mail-maintenance-on-subject = { $product } está en mantenimiento
mail-maintenance-on-body = Hola:

    El servicio de correo { $product } de la organización { $org } está en mantenimiento. El correo entrante se sigue recibiendo, pero los buzones no pueden leerse hasta que termine el mantenimiento.

    { $link }
mail-maintenance-off-subject = { $product } vuelve a estar en servicio
mail-maintenance-off-body = Hola:

    El mantenimiento del servicio de correo { $product } de la organización { $org } ha terminado. Los buzones vuelven a poder leerse.

    { $link }
error-conflict-mail-service-not-blockable = Un servicio de correo no puede bloquearse; póngalo en mantenimiento.
error-conflict-maintenance-mail-service-only = Solo un servicio de correo tiene modo de mantenimiento.
error-conflict-product-terminated = Este producto ha terminado y ya no puede modificarse.
error-conflict-product-status = En su estado actual, este producto no lo permite.
error-conflict-changed-meanwhile = Alguien ha modificado este producto mientras tanto. Recargue la página e inténtelo de nuevo.
mail-expiry-reminder-subject = { $product } vence { $days ->
    [one] mañana
   *[other] en { $days } días
}
mail-expiry-reminder-body = Hola:

    { $product } de la organización { $org } vence el { $date } y no se renovará por sí solo. Renuévelo a tiempo para conservarlo.

    { $link }
products-order = Pedir
order-title = Pedir
order-lead = Busque un nombre de dominio o elija un producto, póngalos en el carrito y haga su pedido.
order-domain-title = Buscar un nombre de dominio
order-domain-name = Nombre de dominio
order-domain-hint = Con su extensión, p. ej. panaderia-ejemplo.ch. Se admiten acentos y otras letras.
order-domain-check = Comprobar disponibilidad
order-domain-registered-as = registrado como { $name }
order-domain-available = Disponible
order-domain-taken = Ya ocupado
order-per-year-excl-tax = al año, sin impuestos
order-max-years = Hasta { $years } años de una vez.
field-error-domain-invalid = No es un nombre de dominio válido: use letras, cifras y guiones, con puntos entre las partes.
field-error-domain-incomplete = Añada la extensión, p. ej. .ch o .com.
field-error-domain-extension-unsold = Esta extensión no se ofrece.
error-conflict-registrar-unreachable = El registro de dominios no está disponible en este momento. Inténtelo de nuevo en unos minutos.
product-released-note = Este nombre de dominio se ha liberado: ya no pertenece a la organización.
product-redemption-note = Este dominio no se renovó a tiempo y está en periodo de redención: todavía puede restaurarse, con un cargo.
product-redemption-until = Se puede restaurar hasta el
product-restore-fee = Restaurarlo cuesta
product-tax-excluded = sin impuestos
product-addresses = Direcciones
product-addresses-empty = Este servicio de correo aún no tiene direcciones.
product-address-new = Nueva dirección
product-address-add = Añadir la dirección
product-address-remove = Eliminar
product-address-remove-title = ¿Eliminar { $address }?
product-address-remove-body = El correo a esta dirección dejará de llegar. Si alguien la usa para entrar en la consola, su cuenta pasa a un nombre de acceso temporal, enviado a su teléfono y correo de recuperación.
product-address-added = La dirección se ha añadido.
product-address-removed = La dirección se ha eliminado.
field-error-address-taken = Esta dirección ya existe.
error-conflict-mail-service-only = Solo un servicio de correo tiene direcciones.
product-renew = Renovar
product-restore = Restaurar
product-add-option = Añadir
product-add-option-title = Añadir una opción
renew-pricing = Calculando el precio…
renew-body = El pedido espera su pago en Contabilidad; el producto se renueva una vez pagado.
product-restore-fee-waived = Garantía de renovación: restaurarlo no cuesta tarifa de restauración.
