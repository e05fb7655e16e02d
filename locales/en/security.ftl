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
sessions-empty-title = No sessions
sessions-empty-body = No device is signed in to your account.
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
security-2fa-off = Off. Turn it on by adding an authenticator app or a phone for SMS codes below: signing in then also asks for a code.
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

security-password-title = Password
security-password-current = Current password
security-password-new = New password
security-password-sign-out-others = Sign out all other devices
security-password-submit = Change the password
security-password-changed = Password changed.
login-forgot = Forgot your password?
forgot-title = Forgotten password
forgot-lead = Enter the e-mail address you sign in with. If an account uses it, we send a link to set a new password.
forgot-submit = Send the link
forgot-sent = If an account uses this address, a link is on its way. It is valid for one hour and works once.
forgot-back-to-login = Back to signing in
reset-title = Set a new password
reset-lead = Choose a new password for your account.
reset-new-password = New password
reset-sign-out-everywhere = Sign out every device that is signed in
reset-submit = Save the new password
reset-done = Your password is changed. Sign in with it now.
reset-log-in = Sign in
activity-password-changed = Password changed
activity-password-reset = Password reset through an e-mailed link
error-conflict-reset-invalid = This link is no longer valid: it was used, replaced or is older than an hour. Ask for a new one.
mail-password-reset-subject = Set a new password
mail-password-reset-body = Hello,

    Someone asked to set a new password for your account. If it was you, open this link within an hour (it works once):
    { $link }

    If it was not you, ignore this mail: your password stays as it is.
mail-security-password-subject = Your password was changed
mail-security-password-lead = Hello,

    The password of your account was just changed.

org-tab-security = Security
org-2fa-title = Two-factor authentication for every member
org-2fa-lead = When it is on, members without a second factor can do nothing in this organisation until they set one up; external members may leave instead. The rest of their console stays open.
org-2fa-switch = Require two-factor authentication
org-2fa-on-title = Require two-factor authentication?
org-2fa-on-body = Members without a second factor are stopped at their next action in this organisation and asked to set one up.
org-2fa-off-title = Stop requiring two-factor authentication?
org-2fa-off-body = Members can then work in this organisation with their password alone.
org-2fa-confirm = Confirm
org-2fa-saved = Setting saved.
two-factor-required-title = This organisation requires two-factor authentication
two-factor-required-body = Set up an authenticator app for your account to continue working in it. Your other organisations are not affected.
two-factor-required-set-up = Set up two-factor authentication
two-factor-required-leave = Leave this organisation instead
users-filter-without-2fa = Only without two-factor
users-send-alert = Send a security alert
users-alert-sent = Security alert sent.
error-conflict-two-factor-required = This organisation requires two-factor authentication.
mail-security-alert-2fa-on = on
mail-security-alert-2fa-off = OFF — please turn it on
mail-security-alert-subject = Check the security of your account ({ $org })
mail-security-alert-body = Hello,

    { $by } of { $org } asks you to check the security of your account. Your current settings:

    Two-factor authentication: { $two_factor }
    Backup codes left: { $codes }
    Devices signed in: { $sessions }

    Review them here: { $link }

app-passwords-title = App passwords
app-passwords-lead = For tools that cannot ask for a second factor, such as sync clients and scripts. Each tool gets its own password; they never open this console.
app-passwords-name = Tool name
app-passwords-create = Create an app password
app-passwords-created = App password for { $name }. Copy it now: it is not shown again.
app-passwords-created-at = created
app-passwords-last-used = last used
app-passwords-never-used = never used
app-passwords-revoke = Revoke
app-passwords-revoke-confirm = Revoke the app password “{ $name }”? The tool using it loses access at once.
activity-app-password-created = App password created
activity-app-password-revoked = App password revoked
error-conflict-too-many-app-passwords = You have reached the maximum number of app passwords. Revoke one you no longer use.
mail-security-not-me = Not you? Secure your account at once — every device is signed out and you set a new password: { $not_me }
not-me-title = Secure your account
not-me-lead = If someone else used your account, this signs out every device, revokes every app password and asks you to set a new password through a link sent to your e-mail address.
not-me-submit = Secure my account now
not-me-done = Done: every device is signed out and your password no longer works. We sent you a link to set a new one.
activity-account-secured = Account secured from a security e-mail
