## Sección Usuarios: miembros, equipos, invitaciones

users-title = Usuarios
users-lead = Quién forma parte de esta organización, con qué rol y qué accesos.
users-invite = Invitar a alguien
users-tabs-label = Secciones de Usuarios
users-tab-members = Miembros
users-tab-teams = Equipos
users-tab-invitations = Invitaciones
users-search-label = Buscar miembros
users-search-placeholder = Nombre o correo electrónico
users-search-submit = Buscar
users-filter-role = Filtrar por rol
users-filter-all-roles = Todos los roles
users-col-name = Nombre
users-col-role = Rol
users-col-teams = Equipos
users-col-2fa = Doble factor
users-col-last-active = Última actividad
users-col-actions = Acciones
users-tag-billing = Facturación
users-tag-technical = Técnico
users-2fa-on = Activada
users-2fa-off = Desactivada
users-2fa-unknown = Se mostrará cuando la autenticación de doble factor esté disponible
users-never-active = Todavía no
users-edit = Editar
users-empty-title = Ningún miembro coincide
users-empty-body = Cambie la búsqueda o el filtro de rol para ver más miembros.
users-remove-selected = Retirar de la organización
users-remove-confirm-title = { $count ->
    [one] ¿Retirar a 1 miembro?
   *[other] ¿Retirar a { $count } miembros?
}
users-remove-confirm-body = Pierden de inmediato el acceso a esta organización y se les avisa por correo electrónico. Sus cuentas y sus demás organizaciones no cambian.
users-remove-confirm = Retirar
users-back = Volver a los miembros
users-remove-title = Retirar de la organización
users-remove-lead = Esta persona pierde de inmediato el acceso a la organización y se le avisa por correo electrónico.
users-remove-one = Retirar a este miembro

rights-role = Rol
rights-role-locked = Solo un representante legal puede cambiar el rol de un representante legal.
rights-last-legal-rep = Es el único representante legal de la organización: designe a otro antes de cambiar este rol.
rights-extra = Permisos adicionales
rights-billing = Facturación: ver y pagar las facturas
rights-technical = Gestión técnica de los productos siguientes (no solo su uso)
rights-products = Productos
rights-all-products = Todos los productos
rights-no-products = La organización aún no tiene productos.
rights-manager-sees-all = Los representantes legales y los administradores ven y gestionan todos los productos.
rights-teams = Equipos
rights-no-teams = Aún no hay equipos. Créelos en la pestaña Equipos.
rights-contact-prefs = Correos de esta organización
rights-contact-prefs-hint = Qué tipos de correo de la organización recibe esta persona.
rights-save = Guardar los cambios
rights-saved = Cambios guardados.
contact-pref-billing = Facturas y recordatorios de pago
contact-pref-renewals = Productos que vencen y renovaciones
contact-pref-products = Incidencias, mantenimientos y productos bloqueados
contact-pref-members = Altas, bajas y cambios de rol
contact-pref-needs-billing = Solo con el derecho «Facturación»: estos correos contienen facturas e importes.
role-legal-representative-hint = Titular de la organización; todos los permisos, incluido el de designar representantes legales.
role-administrator-hint = Todos los permisos salvo el de designar representantes legales.
role-collaborator-hint = Solo los productos asignados y, con el permiso de facturación, las facturas.
role-external-hint = Como un colaborador, para personas ajenas a la organización; no se incluye en lo que se comparte con toda la organización.

invite-title = Invitar a alguien
invite-lead = Elija la dirección, el rol y los accesos; la persona recibirá un correo con un enlace válido durante 7 días.
invite-step-who = Persona y rol
invite-step-access = Accesos
invite-step-review = Revisar y enviar
invite-mail-language = Idioma de la invitación
invite-mail-language-hint = Quienes ya tienen cuenta la reciben en su propio idioma.
invite-next = Continuar
invite-back = Atrás
invite-send = Enviar la invitación
invite-sent-title = Invitación enviada a { $email }
invite-sent-body = El enlace es válido durante 7 días. Puede reenviar o retirar la invitación en la pestaña Invitaciones.
invite-another = Invitar a otra persona
invite-see-invitations = Ver las invitaciones

invitations-col-email = Dirección invitada
invitations-col-sent = Enviada
invitations-col-expires = Válida hasta
invitations-col-status = Estado
invitations-invited-by = por { $name }
invitations-resend = Reenviar
invitations-revoke = Retirar
invitations-resent = Invitación reenviada con un enlace nuevo.
invitations-revoked = Invitación retirada: su enlace ya no funciona.
invitations-revoke-confirm-title = ¿Retirar la invitación a { $email }?
invitations-revoke-confirm-body = El enlace del correo deja de funcionar de inmediato. Podrá volver a invitar a esta dirección más adelante.
invitations-empty-title = Aún no hay invitaciones
invitations-empty-body = Invite a personas por correo electrónico; sus invitaciones y su estado aparecen aquí.
invitation-status-pending = Pendiente
invitation-status-expired = Caducada
invitation-status-accepted = Aceptada
invitation-status-revoked = Retirada

invitation-title = Invitación
invitation-offer = { $inviter } le invita a unirse a { $org }.
invitation-accept = Aceptar y abrir la organización
invitation-log-in = Iniciar sesión para aceptar
invitation-sign-up = Crear su cuenta para aceptar
invitation-other-account = Ha iniciado sesión como { $current }, pero esta invitación es para { $invited }.
invitation-switch-account = Cerrar sesión y usar la dirección invitada
signup-invited = Se está uniendo a { $org }. Su cuenta usa la dirección invitada.

teams-create-title = Nuevo equipo
teams-name = Nombre del equipo
teams-create = Crear el equipo
teams-created = Equipo creado.
teams-empty-title = Aún no hay equipos
teams-empty-body = Los equipos agrupan a personas para concederles acceso a productos a todas a la vez.
teams-summary = { $members ->
    [one] 1 miembro
   *[other] { $members } miembros
} · { $products ->
    [one] 1 producto
   *[other] { $products } productos
}
teams-edit = Editar el equipo
teams-rename = Cambiar el nombre
teams-members = Miembros
teams-products = Productos concedidos al equipo
teams-save = Guardar miembros y productos
teams-saved = Equipo guardado.
teams-delete = Eliminar el equipo
teams-delete-confirm-title = ¿Eliminar el equipo { $team }?
teams-delete-confirm-body = Sus miembros siguen en la organización, pero pierden el acceso a los productos concedido a través de este equipo.
