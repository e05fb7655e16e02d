mail-test-subject = Mandant: mensaje de prueba
mail-test-body = Este mensaje confirma que Mandant puede enviar correos electrónicos con la configuración actual. No es necesario hacer nada.
mail-signature = Mandant — su consola de administración
mail-invitation-subject = { $inviter } le invita a unirse a { $org }
mail-invitation-body = Hola:

    { $inviter } le invita a unirse a la organización { $org } como { $role }.

    Acepte la invitación aquí (el enlace es válido 7 días y se puede usar una vez):
    { $link }

    Si aún no tiene cuenta, creará una con esta dirección de correo. Si no esperaba esta invitación, ignore este mensaje.
mail-member-removed-subject = Ya no pertenece a { $org }
mail-member-removed-body = Hola:

    Se le ha retirado de la organización { $org }. Su cuenta y sus demás organizaciones no cambian.

    Si cree que es un error, contacte con los administradores de la organización.
mail-role-changed-subject = Su rol en { $org } ha cambiado
mail-role-changed-body = Hola:

    Su rol en la organización { $org } es ahora: { $role }.

    Abrir la organización: { $link }
mail-member-joined-subject = { $name } se ha unido a { $org }
mail-member-joined-body = Hola:

    { $name } ({ $email }) aceptó la invitación y ya es miembro de { $org }.

    Ver los miembros: { $link }
