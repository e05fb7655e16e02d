## Account security: sessions, recent activity, security mails

profile-nav-sessions = Sessions and devices
profile-nav-activity = Recent activity
sessions-title = Sessions and devices
sessions-lead = Where your account is signed in. Sign out any device you do not recognise.
sessions-col-device = Device
sessions-col-place = Place
sessions-col-created = Signed in
sessions-col-last-used = Last used
sessions-this-one = This device
sessions-revoke = Sign out
sessions-revoke-others = Sign out all other devices
sessions-revoke-others-title = Sign out all other devices?
sessions-revoke-others-body = Every session except this one ends at once; those devices must sign in again.
sessions-revoked = Signed out.
activity-title = Recent activity
activity-lead = Sign-ins and security changes of your account, in your time zone. A security e-mail from us always carries the code shown here.
activity-col-event = Event
activity-col-when = When
activity-col-code = Code
activity-empty-title = No activity yet
activity-empty-body = Sign-ins and security changes of your account will appear here.
activity-login = Signed in
activity-login-new-device = Signed in from a new device
activity-login-failed = Wrong password entered
activity-session-revoked = A session was signed out
activity-other-sessions-revoked = All other sessions were signed out
device-unknown = Unknown device
place-local-network = Local network
place-unknown = Unknown place

mail-security-new-device-subject = New sign-in to your account
mail-security-new-device-lead = Hello,

    Your account was just signed in from a device it had not been used on before.
mail-security-failed-subject = Wrong password entered for your account
mail-security-failed-lead = Hello,

    Someone entered a wrong password for your account. If it was you, there is nothing to do.
mail-security-details = When: { $when }
    Device: { $device }
    Place: { $place }
    Code: { $code }

    The same event, with the same code, is listed in your Recent activity: { $link }
    If this was not you, change your password and sign out your other devices in Sessions and devices.

profile-nav-security = Security
security-title = Security
security-lead = Protect your account with a second factor in addition to your password.
security-2fa-title = Two-factor authentication
security-2fa-off = Off. With it, signing in also asks for a code from an authenticator app on your phone.
security-2fa-on = On
security-2fa-start = Set up an authenticator app
security-2fa-scan = Scan this QR code with your authenticator app, then enter the 6-digit code it shows.
security-2fa-manual = Or type this key into the app:
security-2fa-code = Code from the app
security-2fa-confirm = Confirm and turn on
security-2fa-disable = Turn off two-factor authentication
security-2fa-disabled = Two-factor authentication is off.
security-codes-title = Your backup codes
security-codes-lead = Each code signs you in once if your phone is not at hand. Store them somewhere safe now: they are not shown again.
security-codes-stored = I have stored them
security-codes-left = { $count ->
    [one] 1 backup code left.
   *[other] { $count } backup codes left.
}
security-codes-regenerate = New backup codes
security-password-confirm = Your password, to confirm
login-second-factor-lead = Enter the code from your authenticator app, or one of your backup codes.
login-second-factor-code = Code
login-second-factor-hint = 6 digits from the app, or a backup code such as ABCD-EFGH-IJKL-MNOP.
login-second-factor-submit = Sign in
activity-second-factor-failed = Wrong second-factor code entered
activity-backup-code-used = Signed in with a backup code
activity-two-factor-enabled = Two-factor authentication turned on
activity-two-factor-disabled = Two-factor authentication turned off
activity-backup-codes-regenerated = New backup codes made
field-error-code-wrong = This code is not right. Check the time on your phone and try the newest code.
error-conflict-two-factor-on = Two-factor authentication is already on.
error-conflict-two-factor-off = Two-factor authentication is off.
error-conflict-second-factor-expired = This sign-in waited too long. Enter your e-mail and password again.
