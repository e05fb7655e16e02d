login-title = Log in
login-lead = Manage your organisations, products and invoices.
login-remember = Keep me signed in
login-submit = Log in
login-no-account = No account yet?
login-sign-up-link = Create an account

signup-title = Create your account
signup-lead = One login for all the organisations you work with.
signup-email-hint = You log in with this address. It can be at any provider.
signup-password-hint = At least 12 characters. A sentence of several words is easy to remember and hard to guess.
signup-company-hint = Optional. Your first organisation is named after the company, or after you.
signup-submit = Create my account
signup-have-account = Already have an account?
signup-log-in-link = Log in
