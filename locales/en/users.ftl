## Users section: members, teams, invitations

users-title = Users
users-lead = Who belongs to this organisation, with which role and access.
users-invite = Invite someone
users-tabs-label = Users sections
users-tab-members = Members
users-tab-teams = Teams
users-tab-invitations = Invitations
users-search-label = Search members
users-search-placeholder = Name or e-mail
users-search-submit = Search
users-filter-role = Filter by role
users-filter-all-roles = All roles
users-col-name = Name
users-col-role = Role
users-col-teams = Teams
users-col-2fa = Two-factor
users-col-last-active = Last activity
users-col-actions = Actions
users-tag-billing = Billing
users-tag-technical = Technical
users-2fa-on = On
users-2fa-off = Off
users-2fa-unknown = Shown once two-factor authentication is available
users-never-active = Not yet
users-edit = Edit
users-empty-title = No member matches
users-empty-body = Change the search or the role filter to see more members.
users-remove-selected = Remove from the organisation
users-remove-confirm-title = { $count ->
    [one] Remove 1 member?
   *[other] Remove { $count } members?
}
users-remove-confirm-body = They lose access to this organisation at once and are told by e-mail. Their accounts and other organisations are not affected.
users-remove-confirm = Remove
users-back = Back to the members
users-remove-title = Remove from the organisation
users-remove-lead = This person loses access to the organisation at once and is told by e-mail.
users-remove-one = Remove this member

rights-role = Role
rights-role-locked = Only a legal representative can change the role of a legal representative.
rights-last-legal-rep = This is the organisation's only legal representative: appoint another one before changing this role.
rights-extra = Additional rights
rights-billing = Billing: see and pay invoices
rights-technical = Technical management of the products below (not only their use)
rights-products = Products
rights-all-products = All products
rights-no-products = The organisation has no products yet.
rights-manager-sees-all = Legal representatives and administrators see and manage every product.
rights-teams = Teams
rights-no-teams = No teams yet. Create them in the Teams tab.
rights-contact-prefs = E-mails from this organisation
rights-contact-prefs-hint = Which kinds of organisation mail this person receives.
rights-save = Save changes
rights-saved = Changes saved.
contact-pref-billing = Invoices and payment reminders
contact-pref-renewals = Expiring products and renewals
contact-pref-products = Incidents, maintenance and blocked products
contact-pref-members = People joining, leaving or changing role
contact-pref-needs-billing = Only with the billing right: these mails carry invoices and amounts.
role-legal-representative-hint = Owns the organisation; all rights, including appointing legal representatives.
role-administrator-hint = All rights except appointing legal representatives.
role-collaborator-hint = Only the products granted, and invoices with the billing right.
role-external-hint = Like a collaborator, for people outside the organisation; not included in organisation-wide sharing.

invite-title = Invite someone
invite-lead = Choose the address, role and access; the person receives an e-mail with a link valid for 7 days.
invite-step-who = Person and role
invite-step-access = Access
invite-step-review = Review and send
invite-mail-language = Language of the invitation
invite-mail-language-hint = People who already have an account receive it in their own language.
invite-next = Continue
invite-back = Back
invite-send = Send the invitation
invite-sent-title = Invitation sent to { $email }
invite-sent-body = The link is valid for 7 days. You can resend or withdraw it in the Invitations tab.
invite-another = Invite someone else
invite-see-invitations = See the invitations

invitations-col-email = Invited address
invitations-col-sent = Sent
invitations-col-expires = Valid until
invitations-col-status = Status
invitations-invited-by = by { $name }
invitations-resend = Resend
invitations-revoke = Withdraw
invitations-resent = Invitation sent again with a new link.
invitations-revoked = Invitation withdrawn: its link no longer works.
invitations-revoke-confirm-title = Withdraw the invitation to { $email }?
invitations-revoke-confirm-body = The link in the mail stops working at once. You can invite this address again later.
invitations-empty-title = No invitations yet
invitations-empty-body = Invite people by e-mail; their invitations and their state appear here.
invitation-status-pending = Waiting
invitation-status-expired = Expired
invitation-status-accepted = Accepted
invitation-status-revoked = Withdrawn

invitation-title = Invitation
invitation-offer = { $inviter } invites you to join { $org }.
invitation-accept = Accept and open the organisation
invitation-log-in = Log in to accept
invitation-sign-up = Create your account to accept
invitation-other-account = You are logged in as { $current }, but this invitation is for { $invited }.
invitation-switch-account = Log out and use the invited address
signup-invited = You are joining { $org }. Your account uses the invited address.

teams-create-title = New team
teams-name = Team name
teams-create = Create the team
teams-created = Team created.
teams-empty-title = No teams yet
teams-empty-body = Teams group people so product access can be granted to all of them at once.
teams-summary = { $members ->
    [one] 1 member
   *[other] { $members } members
} · { $products ->
    [one] 1 product
   *[other] { $products } products
}
teams-edit = Edit the team
teams-rename = Rename
teams-members = Members
teams-products = Products granted to the team
teams-save = Save members and products
teams-saved = Team saved.
teams-delete = Delete the team
teams-delete-confirm-title = Delete the team { $team }?
teams-delete-confirm-body = Its members stay in the organisation but lose the product access granted through this team.
