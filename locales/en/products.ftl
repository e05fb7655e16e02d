products-title = Products
products-lead = Everything the organisation owns: domains, hostings, mail and more, with their terms and who may manage them.
products-search-label = Search products
products-search-placeholder = Name of a product
products-search-submit = Search
products-filter-kind = Kind
products-filter-all-kinds = All kinds
products-filter-status = Status
products-filter-all-statuses = All statuses
products-filter-expiring = Expiring within 30 days
products-none-found-title = No product matches
products-none-found-body = Change the search or the filters to see more products.
products-empty-title = No products yet
products-empty-body = The products this organisation owns, or that were granted to you, appear here.
product-col-auto-renewal = Auto-renewal
product-col-management = Management
products-auto-renewal-on = On
products-auto-renewal-off = Off
products-managed-by-admins = Administrators only
products-managed-by-granted = Administrators and members with access
products-back = All products
product-kind-team-chat = Team chat
product-kind-premium-support = Premium support
product-facts = Overview
product-no-expiry = No end date
product-your-rights = Your rights
product-you-manage = You may manage this product
product-you-view = You may see this product but not manage it
product-created = Added
product-manage = Manage
product-rename = Rename
product-new-name = New name
product-rename-save = Save the name
product-auto-renewal-turn-on = Turn auto-renewal on
product-auto-renewal-turn-off = Turn auto-renewal off
product-block = Block management
product-unblock = Unblock management
product-maintenance-on = Start maintenance
product-maintenance-off = End maintenance
product-block-confirm-title = Block the management of { $product }?
product-block-confirm-body = Collaborators and externals can no longer manage it; only administrators and legal representatives can, and only they can unblock it. Every member of the organisation is told by e-mail.
product-unblock-confirm-title = Unblock the management of { $product }?
product-unblock-confirm-body = Members with access and the technical right can manage it again. Every member of the organisation is told by e-mail.
product-maintenance-on-confirm-title = Put { $product } into maintenance?
product-maintenance-on-confirm-body = Incoming mail is still received, but nobody can read the mailboxes until maintenance ends. Members who receive product mails are told.
product-maintenance-off-confirm-title = End the maintenance of { $product }?
product-maintenance-off-confirm-body = The mailboxes can be read again. Members who receive product mails are told.
product-renamed = The product was renamed.
product-auto-renewal-saved = Auto-renewal was changed.
product-management-saved = The management setting was saved and the members were told.
product-maintenance-saved = Maintenance was changed and the members were told.
product-history = History
product-history-empty = Nothing has changed since the product was added.
product-history-renamed = Renamed from “{ $from }” to “{ $to }”
product-history-status = Status changed from { $from } to { $to }
product-history-auto-renewal-on = Auto-renewal turned on
product-history-auto-renewal-off = Auto-renewal turned off
product-history-blocked = Management blocked
product-history-unblocked = Management unblocked
mail-product-blocked-subject = { $product }: management blocked in { $org }
mail-product-blocked-body = Hello,

    The management of { $product } in the organisation { $org } was blocked. Only administrators and legal representatives can manage it now.

    { $link }
mail-product-unblocked-subject = { $product }: management unblocked in { $org }
mail-product-unblocked-body = Hello,

    The management of { $product } in the organisation { $org } was unblocked. Members with access and the technical right can manage it again.

    { $link }
mail-maintenance-on-subject = { $product } is in maintenance
mail-maintenance-on-body = Hello,

    The mail service { $product } of the organisation { $org } is in maintenance. Incoming mail is still received, but the mailboxes cannot be read until maintenance ends.

    { $link }
mail-maintenance-off-subject = { $product } is back in service
mail-maintenance-off-body = Hello,

    The maintenance of the mail service { $product } of the organisation { $org } has ended. The mailboxes can be read again.

    { $link }
error-conflict-mail-service-not-blockable = A mail service cannot be blocked; put it into maintenance instead.
error-conflict-maintenance-mail-service-only = Only a mail service has a maintenance mode.
error-conflict-product-terminated = This product has ended and can no longer be changed.
error-conflict-product-status = This product cannot do that in its current status.
error-conflict-changed-meanwhile = Someone changed this product meanwhile. Reload the page and try again.
mail-expiry-reminder-subject = { $product } ends { $days ->
    [one] tomorrow
   *[other] in { $days } days
}
mail-expiry-reminder-body = Hello,

    { $product } of the organisation { $org } ends on { $date } and will not renew by itself. Renew it in time to keep it.

    { $link }
products-order = Order
order-title = Order
order-lead = Find a domain name or choose a product, put them in the cart and place your order.
order-domain-title = Find a domain name
order-domain-name = Domain name
order-domain-hint = With its extension, e.g. bakery-example.ch. Accents and other letters are allowed.
order-domain-check = Check availability
order-domain-registered-as = registered as { $name }
order-domain-available = Available
order-domain-taken = Already taken
order-per-year-excl-tax = per year, tax excluded
order-max-years = Up to { $years } years at once.
field-error-domain-invalid = This is not a valid domain name: use letters, digits and hyphens, with dots between the parts.
field-error-domain-incomplete = Add the extension, e.g. .ch or .com.
field-error-domain-extension-unsold = This extension is not offered.
error-conflict-registrar-unreachable = The domain registry cannot be reached just now. Try again in a few minutes.
product-released-note = This domain name was released: it no longer belongs to the organisation.
product-redemption-note = This domain was not renewed in time and is in redemption: it can still be restored, for a fee.
product-redemption-until = Can be restored until
product-restore-fee = Restoring costs
product-tax-excluded = tax excluded
product-addresses = Addresses
product-addresses-empty = This mail service has no addresses yet.
product-address-new = New address
product-address-add = Add the address
product-address-remove = Delete
product-address-remove-title = Delete { $address }?
product-address-remove-body = Mail to this address will no longer arrive. If someone signs in to the console with it, their account moves to a temporary login name, sent to their recovery phone and e-mail.
product-address-added = The address was added.
product-address-removed = The address was deleted.
field-error-address-taken = This address already exists.
error-conflict-mail-service-only = Only a mail service has addresses.
product-renew = Renew
product-restore = Restore
product-add-option = Add
product-add-option-title = Add an option
renew-pricing = Working out the price…
renew-body = The order waits for its payment under Accounting; the product is renewed once it is paid.
product-restore-fee-waived = Renewal Warranty: restoring it costs no restore fee.
