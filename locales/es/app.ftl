app-name = Mandant
action-cancel = Cancelar

shell-skip-to-content = Saltar al contenido
shell-open-navigation = Abrir la navegación
shell-main-navigation = Navegación principal
shell-switch-org = Cambiar de organización
shell-choose-org = Elegir una organización
shell-search-orgs = Buscar organizaciones
shell-create-org = Crear una organización
shell-account-menu = Menú de la cuenta
shell-manage-profile = Gestionar mi perfil
shell-manage-org = Gestionar mi organización
shell-log-out = Cerrar sesión

nav-dashboard = Panel
nav-products = Productos
nav-users = Usuarios
nav-accounting = Contabilidad
nav-support = Soporte
nav-organisation = Organización

section-lead-products = Los dominios, alojamientos, servicios de correo y servidores de esta organización.
section-lead-users = Quién forma parte de esta organización y qué puede hacer cada persona.
section-lead-accounting = Facturas, renovaciones, cuenta prepago y métodos de pago.
section-lead-support = Soporte premium y acceso del soporte a sus productos.
section-lead-organisation = Nombre, direcciones de facturación, seguridad y eliminación de esta organización.

coming-soon-title = Próximamente
coming-soon-body = Esta parte de la consola está en construcción. Aquí todavía no hay nada: no se muestra ningún dato hasta que sea real.

not-found-title = Página no encontrada
not-found-body = Esta página no existe o usted no tiene acceso a ella.
not-found-home = Volver a mi consola

toast-dismiss = Cerrar el mensaje

# The data table (components/data_table.rs).
table-select-all = Seleccionar todas las filas de esta página
table-select-row = Seleccionar { $name }
table-bulk-label = Filas seleccionadas
table-selected = { $count ->
    [one] { $count } seleccionada
   *[other] { $count } seleccionadas
}
table-clear-selection = Borrar la selección
table-col-menu = Más acciones
table-row-menu = Acciones para { $name }
table-pages-label = Páginas
table-page = Página { $page } de { $pages }
table-page-previous = Anterior
table-page-next = Siguiente
table-range = { $first }–{ $last } de { $total }
table-per-page = Filas por página
