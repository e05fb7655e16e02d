profile-nav-heading = Mi perfil
profile-nav-details = Datos personales
profile-nav-organisations = Mis organizaciones

profile-title = Gestionar mi perfil
profile-lead = Su nombre, su idioma y cómo se le muestran las fechas y horas.
profile-country-hint = Define cómo se escriben los números, los importes y las fechas.
profile-time-zone-hint = Todas las fechas y horas de la consola se muestran en esta zona horaria. Escriba para buscar, p. ej., Zurich.
profile-format-sample = Las fechas se verán así:
profile-save = Guardar
profile-saved = Guardado.

my-orgs-title = Mis organizaciones
my-orgs-lead = Todas las organizaciones a las que pertenece y su rol en cada una.
my-orgs-col-name = Organización
my-orgs-col-role = Mi rol
my-orgs-col-joined = Miembro desde
my-orgs-col-actions = Acciones
my-orgs-empty-title = No pertenece a ninguna organización
my-orgs-empty-body = Cree una o pida a un administrador que le invite.
my-orgs-open = Abrir
my-orgs-leave = Salir
my-orgs-last-legal-rep = Último representante legal: no puede salir
my-orgs-leave-confirm-title = ¿Salir de { $org }?
my-orgs-leave-confirm-body = Perderá de inmediato el acceso a los productos y facturas de la organización. Para volver, alguien con los permisos necesarios tendrá que invitarle de nuevo.
my-orgs-leave-confirm = Salir de la organización

new-org-title = Crear una organización
new-org-lead = Una organización independiente con sus propios productos, usuarios y facturas. Usted será su representante legal.
new-org-country-hint = Define la moneda: francos suizos para Suiza y Liechtenstein, euros en los demás casos.
new-org-submit = Crear la organización
