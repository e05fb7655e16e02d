# Security keys and passkeys (WebAuthn): the Security page's card and the login page's
# second step.
security-keys-title = Security keys and passkeys
security-keys-lead = A hardware security key, or a passkey kept by your phone or computer, can be your second step after the password. Add several, so that losing one does not lock you out.
security-keys-list = Your security keys
security-keys-none = No security key added yet.
security-keys-name = Name of the key
security-keys-name-hint = So you can tell your keys apart, for example “Blue key” or “Work laptop”.
security-keys-add = Add a security key
security-keys-waiting = Follow your browser’s instructions to use your security key…
security-keys-added = Security key added.
security-keys-added-at = Added
security-keys-last-used = last used
security-keys-never-used = never used
security-keys-rename = Rename
security-keys-new-name = New name
security-keys-save = Save
security-keys-remove = Remove
security-keys-remove-confirm = Remove the security key “{ $name }”?
security-keys-remove-lead = Enter your password to confirm. If it is your last second factor, two-factor authentication is turned off and your app passwords stop working.
security-keys-removed = Security key removed.

security-key-sign-in = Use a security key
security-key-sign-in-waiting = Follow your browser’s instructions to use your security key…
security-key-sign-in-or = Or enter a code instead:

field-error-security-key-refused = This security key could not be used. Try again or use another key.
field-error-security-key-cancelled = The security key was not used: the request was cancelled or timed out.
error-conflict-too-many-security-keys = This account already has as many security keys as it may have. Remove one first.
error-conflict-security-keys-unavailable = Security keys work only when the console is opened at its public address (https, or http://localhost).

activity-security-key-added = Security key added
activity-security-key-removed = Security key removed
