profile-nav-heading = My profile
profile-nav-details = Personal details
profile-nav-organisations = My organisations

profile-title = Manage my profile
profile-lead = Your name, language and how dates and times are shown to you.
profile-country-hint = Sets how numbers, amounts and dates are written.
profile-time-zone-hint = Every date and time in the console is shown in this zone. Type to search, e.g. Zurich.
profile-format-sample = Dates will look like this:
profile-save = Save
profile-saved = Saved.

my-orgs-title = My organisations
my-orgs-lead = Every organisation you belong to, and your role in each.
my-orgs-col-name = Organisation
my-orgs-col-role = My role
my-orgs-col-joined = Member since
my-orgs-col-actions = Actions
my-orgs-empty-title = You are not in any organisation
my-orgs-empty-body = Create one, or ask an administrator to invite you.
my-orgs-open = Open
my-orgs-leave = Leave
my-orgs-last-legal-rep = Last legal representative: cannot leave
my-orgs-leave-confirm-title = Leave { $org }?
my-orgs-leave-confirm-body = You will lose access to its products and invoices straight away. Someone with the rights will have to invite you again to come back.
my-orgs-leave-confirm = Leave the organisation

new-org-title = Create an organisation
new-org-lead = A separate organisation with its own products, users and invoices. You become its legal representative.
new-org-country-hint = Sets the currency: Swiss francs for Switzerland and Liechtenstein, euros otherwise.
new-org-submit = Create the organisation
