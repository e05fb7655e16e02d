## Seguridad de la cuenta: sesiones, actividad reciente, correos de seguridad

profile-nav-sessions = Sesiones y dispositivos
profile-nav-activity = Actividad reciente
sessions-title = Sesiones y dispositivos
sessions-lead = Los dispositivos en los que su cuenta tiene la sesión iniciada. Cierre la sesión en cualquier dispositivo que no reconozca.
sessions-col-device = Dispositivo
sessions-col-place = Lugar
sessions-col-created = Inicio de sesión
sessions-col-last-used = Último uso
sessions-this-one = Este dispositivo
sessions-revoke = Cerrar sesión
sessions-revoke-others = Cerrar sesión en los demás dispositivos
sessions-revoke-others-title = ¿Cerrar sesión en los demás dispositivos?
sessions-revoke-others-body = Todas las sesiones salvo esta terminan de inmediato; esos dispositivos tendrán que volver a iniciar sesión.
sessions-revoked = Sesión cerrada.
sessions-empty-title = Ninguna sesión
sessions-empty-body = Ningún dispositivo tiene la sesión iniciada en su cuenta.
activity-title = Actividad reciente
activity-lead = Inicios de sesión y cambios de seguridad de su cuenta, en su zona horaria. Un correo de seguridad nuestro siempre incluye el código que se muestra aquí.
activity-col-event = Evento
activity-col-when = Fecha
activity-col-code = Código
activity-empty-title = Aún no hay actividad
activity-empty-body = Los inicios de sesión y los cambios de seguridad de su cuenta aparecerán aquí.
activity-login = Inicio de sesión
activity-login-new-device = Inicio de sesión desde un dispositivo nuevo
activity-login-failed = Contraseña incorrecta
activity-session-revoked = Se cerró una sesión
activity-other-sessions-revoked = Se cerraron todas las demás sesiones
device-unknown = Dispositivo desconocido
place-local-network = Red local
place-unknown = Lugar desconocido

mail-security-new-device-subject = Nuevo inicio de sesión en su cuenta
mail-security-new-device-lead = Hola:

    Se acaba de iniciar sesión en su cuenta desde un dispositivo en el que no se había usado antes.
mail-security-failed-subject = Se introdujo una contraseña incorrecta en su cuenta
mail-security-failed-lead = Hola:

    Alguien ha introducido una contraseña incorrecta para su cuenta. Si fue usted, no tiene que hacer nada.
mail-security-details = Fecha: { $when }
    Dispositivo: { $device }
    Lugar: { $place }
    Código: { $code }

    El mismo evento, con el mismo código, figura en su Actividad reciente: { $link }
    Si no fue usted, cambie su contraseña y cierre la sesión en sus otros dispositivos desde Sesiones y dispositivos.

profile-nav-security = Seguridad
security-title = Seguridad
security-lead = Proteja su cuenta con un segundo factor además de su contraseña.
security-2fa-title = Autenticación de dos factores
security-2fa-off = Desactivada. Actívela añadiendo abajo una aplicación de autenticación o un teléfono para códigos SMS: al iniciar sesión se le pedirá también un código.
security-2fa-on = Activada
security-2fa-start = Configurar una aplicación de autenticación
security-2fa-scan = Escanee este código QR con su aplicación de autenticación y, a continuación, introduzca el código de 6 dígitos que muestre.
security-2fa-manual = O introduzca esta clave en la aplicación:
security-2fa-code = Código de la aplicación
security-2fa-confirm = Confirmar y activar
security-2fa-disable = Desactivar la autenticación de dos factores
security-2fa-disabled = La autenticación de dos factores está desactivada.
security-codes-title = Sus códigos de respaldo
security-codes-lead = Cada código le permite iniciar sesión una vez si no tiene el teléfono a mano. Guárdelos ahora en un lugar seguro: no se volverán a mostrar.
security-codes-stored = Ya los he guardado
security-codes-left = { $count ->
    [one] Queda 1 código de respaldo.
   *[other] Quedan { $count } códigos de respaldo.
}
security-codes-regenerate = Nuevos códigos de respaldo
security-password-confirm = Su contraseña, para confirmar
login-second-factor-lead = Introduzca el código de su aplicación de autenticación o uno de sus códigos de respaldo.
login-second-factor-code = Código
login-second-factor-hint = 6 dígitos de la aplicación o un código de respaldo como ABCD-EFGH-IJKL-MNOP.
login-second-factor-submit = Iniciar sesión
activity-second-factor-failed = Código de segundo factor incorrecto
activity-backup-code-used = Inicio de sesión con un código de respaldo
activity-two-factor-enabled = Autenticación de dos factores activada
activity-two-factor-disabled = Autenticación de dos factores desactivada
activity-backup-codes-regenerated = Nuevos códigos de respaldo generados
field-error-code-wrong = Este código no es correcto. Compruebe la hora de su teléfono y pruebe con el código más reciente.
error-conflict-two-factor-on = La autenticación de dos factores ya está activada.
error-conflict-two-factor-off = La autenticación de dos factores está desactivada.
error-conflict-second-factor-expired = Este inicio de sesión ha esperado demasiado. Vuelva a introducir su correo electrónico y su contraseña.

security-password-title = Contraseña
security-password-current = Contraseña actual
security-password-new = Nueva contraseña
security-password-sign-out-others = Cerrar sesión en los demás dispositivos
security-password-submit = Cambiar la contraseña
security-password-changed = Contraseña cambiada.
login-forgot = ¿Ha olvidado su contraseña?
forgot-title = Contraseña olvidada
forgot-lead = Introduzca la dirección de correo con la que inicia sesión. Si una cuenta la usa, le enviaremos un enlace para establecer una nueva contraseña.
forgot-submit = Enviar el enlace
forgot-sent = Si una cuenta usa esta dirección, ya hay un enlace en camino. Es válido durante una hora y solo se puede usar una vez.
forgot-back-to-login = Volver al inicio de sesión
reset-title = Establezca una nueva contraseña
reset-lead = Elija una nueva contraseña para su cuenta.
reset-new-password = Nueva contraseña
reset-sign-out-everywhere = Cerrar sesión en todos los dispositivos conectados
reset-submit = Guardar la nueva contraseña
reset-done = Su contraseña se ha cambiado. Inicie sesión con ella ahora.
reset-log-in = Iniciar sesión
activity-password-changed = Contraseña cambiada
activity-password-reset = Contraseña restablecida mediante un enlace enviado por correo
error-conflict-reset-invalid = Este enlace ya no es válido: se usó, se sustituyó o tiene más de una hora. Pida uno nuevo.
mail-password-reset-subject = Establezca una nueva contraseña
mail-password-reset-body = Hola:

    Alguien ha pedido establecer una nueva contraseña para su cuenta. Si fue usted, abra este enlace en el plazo de una hora (solo se puede usar una vez):
    { $link }

    Si no fue usted, ignore este mensaje: su contraseña no cambia.
mail-security-password-subject = Se ha cambiado su contraseña
mail-security-password-lead = Hola:

    Se acaba de cambiar la contraseña de su cuenta.

org-tab-security = Seguridad
org-2fa-title = Autenticación de dos factores para todos los miembros
org-2fa-lead = Cuando está activada, los miembros sin segundo factor no pueden hacer nada en esta organización hasta que configuren uno; los miembros externos pueden, en su lugar, salir de ella. El resto de su consola sigue disponible.
org-2fa-switch = Exigir la autenticación de dos factores
org-2fa-on-title = ¿Exigir la autenticación de dos factores?
org-2fa-on-body = Los miembros sin segundo factor quedan bloqueados en su próxima acción en esta organización y se les pide que configuren uno.
org-2fa-off-title = ¿Dejar de exigir la autenticación de dos factores?
org-2fa-off-body = Los miembros podrán entonces trabajar en esta organización solo con su contraseña.
org-2fa-confirm = Confirmar
org-2fa-saved = Configuración guardada.
two-factor-required-title = Esta organización exige la autenticación de dos factores
two-factor-required-body = Configure una aplicación de autenticación en su cuenta para seguir trabajando en ella. Sus demás organizaciones no se ven afectadas.
two-factor-required-set-up = Configurar la autenticación de dos factores
two-factor-required-leave = Salir de esta organización en su lugar
users-filter-without-2fa = Solo sin doble factor
users-send-alert = Enviar una alerta de seguridad
users-alert-sent = Alerta de seguridad enviada.
error-conflict-two-factor-required = Esta organización exige la autenticación de dos factores.
mail-security-alert-2fa-on = activada
mail-security-alert-2fa-off = DESACTIVADA — actívela, por favor
mail-security-alert-subject = Compruebe la seguridad de su cuenta ({ $org })
mail-security-alert-body = Hola:

    { $by }, de { $org }, le pide que compruebe la seguridad de su cuenta. Su configuración actual:

    Autenticación de dos factores: { $two_factor }
    Códigos de respaldo restantes: { $codes }
    Dispositivos con sesión iniciada: { $sessions }

    Revísela aquí: { $link }

app-passwords-title = Contraseñas de aplicación
app-passwords-lead = Para herramientas que no pueden pedir un segundo factor, como clientes de sincronización y scripts. Cada herramienta recibe su propia contraseña; estas contraseñas nunca dan acceso a esta consola.
app-passwords-name = Nombre de la herramienta
app-passwords-create = Crear una contraseña de aplicación
app-passwords-created = Contraseña de aplicación para { $name }. Cópiela ahora: no se volverá a mostrar.
app-passwords-created-at = creada el
app-passwords-last-used = último uso el
app-passwords-never-used = nunca usada
app-passwords-revoke = Revocar
app-passwords-revoke-confirm = ¿Revocar la contraseña de aplicación «{ $name }»? La herramienta que la usa pierde el acceso de inmediato.
activity-app-password-created = Contraseña de aplicación creada
activity-app-password-revoked = Contraseña de aplicación revocada
error-conflict-too-many-app-passwords = Ha alcanzado el número máximo de contraseñas de aplicación. Revoque una que ya no use.
mail-security-not-me = ¿No fue usted? Proteja su cuenta de inmediato — se cierra la sesión en todos los dispositivos y usted establece una nueva contraseña: { $not_me }
not-me-title = Proteja su cuenta
not-me-lead = Si otra persona ha usado su cuenta, esta acción cierra la sesión en todos los dispositivos, revoca todas las contraseñas de aplicación y le pide que establezca una nueva contraseña mediante un enlace enviado a su dirección de correo.
not-me-submit = Proteger mi cuenta ahora
not-me-done = Hecho: se ha cerrado la sesión en todos los dispositivos y su contraseña ya no funciona. Le hemos enviado un enlace para establecer una nueva.
activity-account-secured = Cuenta protegida desde un correo de seguridad
