mail-test-subject = Mandant: mensaje de prueba
mail-test-body = Este mensaje confirma que Mandant puede enviar correos electrónicos con la configuración actual. No es necesario hacer nada.
mail-signature = Mandant — su consola de administración
