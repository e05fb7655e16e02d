## Organisation section: details, logo, billing addresses, succession, deletion

org-title = Organisation
org-lead = The organisation's name, addresses and logo, who represents it, and deleting it.
org-tabs-label = Organisation sections
org-tab-details = Details
org-tab-addresses = Billing addresses
org-tab-succession = Legal representative
org-tab-delete = Delete
org-details-title = Name and main billing address
org-name = Organisation name
org-street = Street and number
org-postal-code = Postal code
org-city = City
org-currency = Currency: { $currency }
org-currency-change = The currency changes from { $from } to { $to }: future prices, invoices and the prepaid account will be in { $to }.
org-currency-locked = This country uses { $to }, but the currency cannot change from { $from } while the prepaid account holds money or invoices are unpaid.
org-save = Save
org-saved = Details saved.
org-logo-title = Logo
org-logo-hint = A horizontal PNG or JPEG image of at most 1 MB. It replaces the name in the top-left corner.
org-logo-current = Current logo
org-logo-choose = Choose an image
org-logo-remove = Remove the logo
org-logo-saved = Logo updated.
org-addresses-empty-title = No further billing addresses
org-addresses-empty-body = Add addresses to send the invoices of some renewals to other people, such as an accounting department.
org-address-add-title = Add a billing address
org-address-name = Addressed to
org-address-email = E-mail for invoices
org-address-add = Add the address
org-address-added = Address added.
org-address-remove = Remove
org-address-remove-confirm = Remove the billing address “{ $name }”?
org-succession-title = Hand over the legal representation
org-succession-lead = Name a member who takes over as legal representative. They must accept; you then become an administrator. Both of you are told by e-mail.
org-succession-successor = Successor
org-succession-password = Your password, to confirm
org-succession-submit = Ask them to take over
org-succession-started = Request sent: the successor has been asked by e-mail.
org-succession-only-legal-rep = Only a legal representative can hand over the legal representation.
org-succession-pending-title = Handover waiting for an answer
org-succession-pending = { $from } asked { $to } to take over as legal representative.
org-succession-valid-until = Valid until
org-succession-accept = Accept and become legal representative
org-succession-decline = Decline
org-succession-withdraw = Withdraw the request
org-delete-title = Delete { $org }
org-delete-lead = An organisation can only be deleted once it is empty. Member accounts are not deleted; members are told by e-mail.
org-delete-products = Products: { $count }
org-delete-prepaid = Prepaid balance:
org-delete-invoices = Unpaid invoices: { $count }
org-delete-go = Go there
org-delete-blocked = Deletion is possible once every line above is ticked.
org-delete-only-legal-rep = Only a legal representative can delete the organisation.
org-delete-password = Your password, to confirm
org-delete-send-invoices = Send me the list of the organisation's invoices by e-mail
org-delete-submit = Delete the organisation
org-delete-confirm-title = Delete { $org } for good?
org-delete-confirm-body = Everyone loses access to it at once. This cannot be undone.
org-delete-confirm = Delete for good

field-error-password-wrong = This password is not correct.
field-error-logo-type = Choose a PNG or JPEG image.
field-error-logo-too-large = The image is larger than 1 MB.
field-error-logo-not-horizontal = Choose a horizontal image (clearly wider than tall).
error-conflict-currency-locked = The currency cannot change while the prepaid account holds money or invoices are unpaid.
error-conflict-too-many-addresses = The organisation has reached the maximum number of billing addresses.
error-conflict-org-not-empty = The organisation is not empty any more: see what still blocks its deletion.
error-conflict-succession-invalid = There is no handover waiting for your answer any more.

mail-org-deleted-subject = { $org } was deleted
mail-org-deleted-body = Hello,

    { $by } deleted the organisation { $org }. You no longer have access to it; your account and your other organisations are not affected.
mail-invoice-archive-subject = Invoices of { $org }
mail-invoice-archive-body = Hello,

    As requested when deleting { $org }, here are its invoices (number, date, amount):
mail-invoice-archive-none = No invoices were issued to this organisation.
mail-invoice-archive-attached = The PDFs of the paid invoices are attached.
mail-succession-asked-subject = { $from } asks you to become legal representative of { $org }
mail-succession-asked-body = Hello,

    { $from } asks you to take over as legal representative of { $org }. Accept or decline here (valid for 7 days):
    { $link }
mail-succession-done-subject = { $to } is now legal representative of { $org }
mail-succession-done-body = Hello,

    { $to } accepted and is now legal representative of { $org }. { $from } remains an administrator.
org-time-zone-hint = Product end dates and reminders follow this zone. Leave it empty to use the country's.
org-vat-number = VAT number
org-vat-number-hint = Optional. For a business in the EU with a VAT number, invoices are issued without VAT (reverse charge). Checked against the country’s format.
org-vat-number-shown = VAT number { $number }
field-error-vat-number-invalid = This is not a VAT number of the chosen country.
