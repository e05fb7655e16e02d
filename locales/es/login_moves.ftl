choose-login-title = Elija su correo de acceso
choose-login-lead = La dirección con la que entraba se ha eliminado, así que ha entrado con un nombre temporal. Elija el correo con el que entrará a partir de ahora; su contraseña no cambia.
choose-login-email = Nuevo correo de acceso
choose-login-hint = Cualquier dirección que lea, de cualquier proveedor.
choose-login-submit = Guardar y continuar
mail-login-moved-subject = Su nombre de acceso ha cambiado
mail-login-moved-body = Hola:

    { $address }, la dirección con la que entraba en la consola, se ha eliminado. Hasta que elija un nuevo correo de acceso, entre con este nombre temporal y su contraseña habitual:

    { $login }

    { $link }
sms-login-moved = Su dirección de acceso se ha eliminado. Entre con { $login } y su contraseña habitual y elija después un nuevo correo de acceso.
error-conflict-login-email-not-required = Su cuenta ya tiene un correo de acceso.
error-conflict-login-email-required = Elija primero su nuevo correo de acceso.
