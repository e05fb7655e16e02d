# Llaves de seguridad y llaves de acceso (WebAuthn): la tarjeta de la página Seguridad y el
# segundo paso del inicio de sesión.
security-keys-title = Llaves de seguridad y llaves de acceso
security-keys-lead = Una llave de seguridad física, o una llave de acceso guardada en su teléfono u ordenador, puede ser su segundo paso después de la contraseña. Añada varias para que perder una no le deje fuera.
security-keys-list = Sus llaves de seguridad
security-keys-none = Todavía no ha añadido ninguna llave de seguridad.
security-keys-name = Nombre de la llave
security-keys-name-hint = Para distinguir sus llaves, por ejemplo «Llave azul» o «Portátil del trabajo».
security-keys-add = Añadir una llave de seguridad
security-keys-waiting = Siga las instrucciones del navegador para usar su llave de seguridad…
security-keys-added = Llave de seguridad añadida.
security-keys-added-at = Añadida el
security-keys-last-used = último uso
security-keys-never-used = nunca usada
security-keys-rename = Cambiar nombre
security-keys-new-name = Nombre nuevo
security-keys-save = Guardar
security-keys-remove = Quitar
security-keys-remove-confirm = ¿Quitar la llave de seguridad «{ $name }»?
security-keys-remove-lead = Introduzca su contraseña para confirmar. Si es su último segundo factor, la autenticación de dos factores se desactiva y sus contraseñas de aplicación dejan de funcionar.
security-keys-removed = Llave de seguridad quitada.

security-key-sign-in = Usar una llave de seguridad
security-key-sign-in-waiting = Siga las instrucciones del navegador para usar su llave de seguridad…
security-key-sign-in-or = O introduzca un código en su lugar:

field-error-security-key-refused = No se ha podido usar esta llave de seguridad. Inténtelo de nuevo o use otra llave.
field-error-security-key-cancelled = No se ha usado la llave de seguridad: la solicitud se canceló o caducó.
error-conflict-too-many-security-keys = Esta cuenta ya tiene el número máximo de llaves de seguridad. Quite una primero.
error-conflict-security-keys-unavailable = Las llaves de seguridad solo funcionan si la consola se abre en su dirección pública (https, o http://localhost).

activity-security-key-added = Llave de seguridad añadida
activity-security-key-removed = Llave de seguridad quitada
