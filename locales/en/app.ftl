app-name = Mandant
action-cancel = Cancel

shell-skip-to-content = Skip to content
shell-open-navigation = Open navigation
shell-main-navigation = Main navigation
shell-switch-org = Switch organisation
shell-choose-org = Choose an organisation
shell-search-orgs = Search organisations
shell-create-org = Create an organisation
shell-account-menu = Account menu
shell-manage-profile = Manage my profile
shell-manage-org = Manage my organisation
shell-log-out = Log out

nav-dashboard = Dashboard
nav-products = Products
nav-users = Users
nav-accounting = Accounting
nav-support = Support
nav-organisation = Organisation

section-lead-products = The domains, hostings, mail services and servers this organisation owns.
section-lead-users = Who belongs to this organisation and what each person may do.
section-lead-accounting = Invoices, renewals, prepaid account and payment methods.
section-lead-support = Premium support and support access to your products.
section-lead-organisation = Name, billing addresses, security and deletion of this organisation.

coming-soon-title = Coming soon
coming-soon-body = This part of the console is being built. Nothing here yet: no data is shown until it is real.

not-found-title = Page not found
not-found-body = This page does not exist, or you do not have access to it.
not-found-home = Back to my console

toast-dismiss = Dismiss message

# The data table (components/data_table.rs).
table-select-all = Select every row on this page
table-select-row = Select { $name }
table-bulk-label = Selected rows
table-selected = { $count ->
    [one] { $count } selected
   *[other] { $count } selected
}
table-clear-selection = Clear selection
table-col-menu = More actions
table-row-menu = Actions for { $name }
table-pages-label = Pages
table-page = Page { $page } of { $pages }
table-page-previous = Previous
table-page-next = Next
table-range = { $first }–{ $last } of { $total }
table-per-page = Rows per page
