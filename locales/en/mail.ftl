mail-test-subject = Mandant: test message
mail-test-body = This message confirms that Mandant can send e-mail with the current settings. No action is needed.
mail-signature = Mandant — your administration console
mail-invitation-subject = { $inviter } invites you to { $org }
mail-invitation-body = Hello,

    { $inviter } invites you to join the organisation { $org } as { $role }.

    Accept the invitation here (the link is valid for 7 days and can be used once):
    { $link }

    If you have no account yet, you will create one with this e-mail address. If you did not expect this invitation, ignore this mail.
mail-member-removed-subject = You no longer belong to { $org }
mail-member-removed-body = Hello,

    You were removed from the organisation { $org }. Your account and your other organisations are not affected.

    If you think this is a mistake, contact the organisation's administrators.
mail-role-changed-subject = Your role in { $org } changed
mail-role-changed-body = Hello,

    Your role in the organisation { $org } is now: { $role }.

    Open the organisation: { $link }
mail-member-joined-subject = { $name } joined { $org }
mail-member-joined-body = Hello,

    { $name } ({ $email }) accepted the invitation and is now a member of { $org }.

    See the members: { $link }
