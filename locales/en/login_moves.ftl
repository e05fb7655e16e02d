choose-login-title = Choose your login e-mail
choose-login-lead = The address you signed in with was deleted, so you signed in with a temporary name. Choose the e-mail you will sign in with from now on; your password stays the same.
choose-login-email = New login e-mail
choose-login-hint = Any address you can read, at any provider.
choose-login-submit = Save and continue
mail-login-moved-subject = Your login name has changed
mail-login-moved-body = Hello,

    { $address }, the address you signed in to the console with, was deleted. Until you choose a new login e-mail, sign in with this temporary name and your usual password:

    { $login }

    { $link }
sms-login-moved = Your login address was deleted. Sign in with { $login } and your usual password, then choose a new login e-mail.
error-conflict-login-email-not-required = Your account already has a login e-mail.
error-conflict-login-email-required = Choose your new login e-mail first.
