login-title = Iniciar sesión
login-lead = Gestione sus organizaciones, productos y facturas.
login-remember = Mantener la sesión iniciada
login-submit = Iniciar sesión
login-no-account = ¿Aún no tiene cuenta?
login-sign-up-link = Crear una cuenta

signup-title = Cree su cuenta
signup-lead = Un único acceso para todas las organizaciones con las que trabaja.
signup-email-hint = Iniciará sesión con esta dirección. Puede ser de cualquier proveedor.
signup-password-hint = Al menos 12 caracteres. Una frase de varias palabras es fácil de recordar y difícil de adivinar.
signup-company-hint = Opcional. Su primera organización llevará el nombre de la empresa o el suyo.
signup-submit = Crear mi cuenta
signup-have-account = ¿Ya tiene una cuenta?
signup-log-in-link = Iniciar sesión
