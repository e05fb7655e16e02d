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
