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
