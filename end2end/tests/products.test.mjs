import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, newPage, logIn, hydrated, message, waitForMail, goto, signUp, uniqueEmail, PASSWORD, PHONE,
} from '../support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

/// Opens an organisation through the switcher, then its Products section.
async function openProducts(page, orgName) {
  await page.click('#org-switcher-button');
  await page.locator('[data-testid=org-list] a', { hasText: orgName }).click();
  await page.locator('[data-testid=dashboard-org-name]', { hasText: orgName }).waitFor();
  await page.click('.mn-sidebar [data-section=products]');
  await page.locator('[data-testid=products]').waitFor();
}

async function rowNames(page) {
  return page.locator('[data-testid=products] tbody tr').evaluateAll(
    (rows) => rows.map((r) => r.getAttribute('data-product')),
  );
}

/// Waits until the list shows exactly `names`, in that order.
async function waitForRows(page, names) {
  await page.waitForFunction(
    (expected) => JSON.stringify([...document.querySelectorAll('[data-testid=products] tbody tr')]
      .map((r) => r.getAttribute('data-product'))) === JSON.stringify(expected),
    names,
  );
}

test('the product list filters, searches and sorts, with its state in the URL', async () => {
  const page = await newPage(browser);
  await logIn(page);
  await openProducts(page, 'Brunner Web Agency');
  // Soonest expiry first: the domain in redemption, the expired one, then the others.
  const all = await rowNames(page);
  assert.deepEqual(all.slice(0, 2), ['brunner-archive.de', 'brunner-old.com']);
  assert.equal(all.length, 6);
  const archive = page.locator('[data-product="brunner-archive.de"]');
  assert.match(await archive.textContent(), new RegExp(message('en', 'product-status-in-redemption')));

  await page.selectOption('[data-testid=status-filter]', 'expiring-30');
  await page.waitForURL(/status=expiring-30/);
  await waitForRows(page, ['brunner-shop.swiss', 'www.brunner-web.ch']);

  await page.fill('[data-testid=product-search] input[name=q]', 'shop');
  await page.click('[data-testid=product-search] button[type=submit]');
  await page.waitForURL(/q=shop/);
  await waitForRows(page, ['brunner-shop.swiss']);

  // The state survives a reload and the back button.
  await page.reload();
  await hydrated(page);
  await waitForRows(page, ['brunner-shop.swiss']);
  assert.equal(await page.inputValue('[data-testid=product-search] input[name=q]'), 'shop');
  await page.goBack();
  await waitForRows(page, ['brunner-shop.swiss', 'www.brunner-web.ch']);

  await page.selectOption('[data-testid=status-filter]', '');
  await page.click('[data-testid=products] th button[data-sort=name]');
  await page.waitForURL(/sort=name/);
  // By name as the database compares them: case-folded, character by character.
  const byName = [...all].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
  await waitForRows(page, byName);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('on a phone the product list is a stack of cards without sideways scrolling', async () => {
  const page = await newPage(browser, PHONE);
  await logIn(page);
  await page.click('[data-testid=nav-toggle]');
  await page.locator('#sidebar a[data-section=products]').waitFor({ state: 'visible' });
  await page.click('#sidebar a[data-section=products]');
  await page.locator('[data-testid=products]').waitFor();
  assert.equal(await page.isVisible('[data-testid=products] thead'), false, 'no table header on a phone');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.equal(overflow, 0);
  const card = page.locator('[data-product="brunner-shop.swiss"]');
  const label = message('en', 'product-col-expires');
  assert.equal(await card.locator(`td[data-label="${label}"]`).count(), 1, 'each value is labelled');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('an owner blocks a product; its collaborator loses management until it is unblocked', async () => {
  const product = 'Cloud server patient portal';
  const collaborator = await newPage(browser);
  await logIn(collaborator);
  await openProducts(collaborator, 'Clinica Alpina');
  assert.deepEqual((await rowNames(collaborator)).sort(), ['Cloud server patient portal', 'clinica-alpina.ch']);
  await collaborator.locator(`[data-product="${product}"] [data-testid=product-link]`).click();
  await collaborator.locator(`[data-testid=product-page][data-product="${product}"]`).waitFor();
  await collaborator.locator('[data-testid=product-can-manage][data-can-manage=true]').waitFor();
  const productUrl = collaborator.url();

  // The legal representative (Italian) blocks it, after a confirmation naming it.
  const owner = await newPage(browser, undefined, 'it-CH');
  await logIn(owner, 'marco@example.com');
  await owner.goto(productUrl);
  await hydrated(owner);
  await owner.click('[data-testid=manage-menu]');
  await owner.click('[data-testid=menu-block]');
  const dialog = owner.locator('[role=alertdialog]');
  await dialog.waitFor();
  assert.match(await dialog.textContent(), new RegExp(product));
  await owner.click('[data-testid=confirm-block]');
  await owner.locator('[data-testid=product-management][data-blocked=true]').waitFor();
  await owner.locator('[data-testid=product-history] [data-change=management-blocked]').waitFor();
  assert.match(
    await owner.textContent('[data-testid=product-history]'),
    new RegExp(message('it', 'product-history-blocked')),
  );

  // Every member hears of it, in their language.
  const mail = await waitForMail('agency@example.com', { subjectIncludes: product });
  assert.ok(mail.subject.includes('Clinica Alpina'), mail.subject);

  await collaborator.reload();
  await hydrated(collaborator);
  await collaborator.locator('[data-testid=product-can-manage][data-can-manage=false]').waitFor();
  assert.equal(await collaborator.locator('[data-testid=manage-menu]').count(), 0, 'no Manage menu any more');

  await owner.click('[data-testid=manage-menu]');
  await owner.click('[data-testid=menu-unblock]');
  await owner.click('[data-testid=confirm-unblock]');
  await owner.locator('[data-testid=product-management][data-blocked=false]').waitFor();

  await collaborator.reload();
  await hydrated(collaborator);
  await collaborator.locator('[data-testid=product-can-manage][data-can-manage=true]').waitFor();
  // Managing again: the collaborator renames it, and the history says who did.
  await collaborator.click('[data-testid=manage-menu]');
  await collaborator.locator('[data-testid=menu-block]').waitFor({ state: 'detached' });
  await collaborator.click('[data-testid=menu-rename]');
  await collaborator.fill('[data-testid=rename-product] input[name=name]', '');
  await collaborator.click('[data-testid=rename-product] button[type=submit]');
  await collaborator.getByText(message('en', 'field-error-required')).waitFor();
  await collaborator.fill('[data-testid=rename-product] input[name=name]', `${product} (prod)`);
  await collaborator.click('[data-testid=rename-product] button[type=submit]');
  await collaborator.locator('[data-testid=product-name]', { hasText: `${product} (prod)` }).waitFor();
  assert.match(await collaborator.textContent('[data-testid=product-history]'), /Alex Brunner/);
  // Put the demo back as it was.
  await collaborator.click('[data-testid=manage-menu]');
  await collaborator.click('[data-testid=menu-rename]');
  await collaborator.fill('[data-testid=rename-product] input[name=name]', product);
  await collaborator.click('[data-testid=rename-product] button[type=submit]');
  await collaborator.locator('[data-testid=product-name]', { hasText: product }).waitFor();
  for (const p of [owner, collaborator]) {
    assert.deepEqual(p.errors, []);
    await p.context().close();
  }
});

test('ordering starts with a domain name: checked, shown in both forms and priced', async () => {
  const page = await newPage(browser);
  await logIn(page);
  await openProducts(page, 'Brunner Web Agency');
  await page.click('[data-testid=order-button]');
  await page.locator('[data-testid=domain-check]').waitFor();
  await page.fill('[data-testid=domain-check] input[name=name]', 'Bäckerei-Brunner.ch');
  await page.click('[data-testid=domain-check] button[type=submit]');
  await page.locator('[data-testid=domain-result][data-available=true]').waitFor();
  assert.match(await page.textContent('[data-testid=domain-ascii]'), /xn--bckerei-brunner-/);
  const price = page.locator('[data-testid=domain-price] .mn-amount');
  assert.equal(await price.getAttribute('data-currency'), 'CHF');

  await page.fill('[data-testid=domain-check] input[name=name]', 'taken-brunner.ch');
  await page.click('[data-testid=domain-check] button[type=submit]');
  await page.locator('[data-testid=domain-result][data-available=false]').waitFor();
  await page.fill('[data-testid=domain-check] input[name=name]', 'brunner');
  await page.click('[data-testid=domain-check] button[type=submit]');
  await page.getByText(message('en', 'field-error-domain-incomplete')).waitFor();
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

/// The exact amount of an element holding an Amount.
async function minorOf(locator) {
  return Number(await locator.locator('.mn-amount').first().getAttribute('data-minor'));
}

test('an order with a free voucher and a promotion code shows their lines, taxes either way, and is placed once', async () => {
  const page = await newPage(browser);
  await logIn(page);
  await openProducts(page, 'Brunner Web Agency');
  await page.click('[data-testid=order-button]');
  await page.locator('[data-testid=cart-empty]').waitFor();

  // A .ch domain: the demo's voucher for it shows beside its line and makes it free.
  await page.fill('[data-testid=domain-check] input[name=name]', 'brunner-neu.ch');
  await page.click('[data-testid=domain-check] button[type=submit]');
  await page.locator('[data-testid=domain-result][data-available=true]').waitFor();
  await page.click('[data-testid=domain-add-to-cart]');
  const domainRow = page.locator('[data-testid=cart-product][data-name="brunner-neu.ch"]');
  await domainRow.waitFor();
  await page.locator('[data-testid=domain-add-to-cart][disabled]').waitFor();
  const voucherChoice = domainRow.locator('[data-testid=voucher-choice]');
  const voucherId = await voucherChoice.locator('option').nth(1).getAttribute('value');
  await voucherChoice.selectOption(voucherId);
  await page.locator('[data-testid=cart-voucher]').waitFor();
  assert.equal(await minorOf(page.locator('[data-testid=total-gross]')), 0, 'the voucher frees the domain');

  // A web hosting, priced tax excluded, then with its VAT.
  await page.selectOption('[data-testid=product-kind]', 'web-hosting');
  await page.fill('[data-testid=product-label]', 'Shop');
  await page.click('[data-testid=product-add-to-cart]');
  const hostingRow = page.locator('[data-testid=cart-product][data-name="Shop"]');
  await hostingRow.waitFor();
  const net = await minorOf(hostingRow.locator('[data-testid=line-price]'));
  const vat = await minorOf(hostingRow.locator('[data-testid=line-vat]'));
  assert.ok(net > 0 && vat > 0);
  assert.equal(await minorOf(page.locator('[data-testid=total-net]')), net);
  await page.click('[data-testid=prices-incl-tax]');
  await page.getByRole('columnheader', { name: message('en', 'order-price-incl-tax') }).waitFor();
  assert.equal(await minorOf(hostingRow.locator('[data-testid=line-price]')), net + vat);

  // A promotion code comes once the payment method is chosen; a wrong one says why.
  assert.ok(await page.locator('[data-testid=promotion-code]').isDisabled());
  await page.check('[data-testid=payment-bank-transfer]');
  await page.fill('[data-testid=promotion-code]', 'NOPE');
  await page.click('[data-testid=promotion-apply]');
  await page.locator('[data-testid=promotion-refused]', { hasText: message('en', 'error-conflict-promotion-unknown') }).waitFor();
  await page.fill('[data-testid=promotion-code]', 'welcome10');
  await page.click('[data-testid=promotion-apply]');
  const promotionRow = page.locator('[data-testid=cart-promotion]');
  await promotionRow.waitFor();
  const discount = Math.round(net / 10);
  assert.equal(await minorOf(page.locator('[data-testid=total-net]')), net - discount);
  const total = await minorOf(page.locator('[data-testid=total-gross]'));

  // The confirmation sums it up; a double click places one order.
  await page.click('[data-testid=order-place]');
  const confirm = page.locator('[data-testid=order-confirm]');
  await confirm.waitFor();
  assert.equal(await minorOf(confirm.locator('[data-testid=confirm-total]')), total);
  assert.match(await confirm.textContent(), /brunner-neu\.ch/);
  assert.match(await confirm.textContent(), new RegExp(message('en', 'order-payment-bank-transfer')));
  await confirm.locator('[data-testid=order-confirm-place]').dblclick();
  const placed = page.locator('[data-testid=order-placed]');
  await placed.waitFor();
  assert.match(await placed.getAttribute('data-number'), /^O-\d{4}-\d{6}$/);
  assert.equal(await minorOf(placed.locator('[data-testid=placed-total]')), total);

  // The voucher is used, and the tax display is remembered.
  await page.reload();
  await hydrated(page);
  await page.locator('[data-testid=cart-empty]').waitFor();
  assert.ok(await page.locator('[data-testid=prices-incl-tax]').isChecked());
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a placed order is paid by card on the payment page, declined first, and sets up its product', async () => {
  const page = await newPage(browser);
  await logIn(page);
  await openProducts(page, 'Brunner Web Agency');
  await page.click('[data-testid=order-button]');
  await page.locator('[data-testid=cart-empty]').waitFor();
  await page.selectOption('[data-testid=product-kind]', 'web-hosting');
  await page.fill('[data-testid=product-label]', 'Blog');
  await page.click('[data-testid=product-add-to-cart]');
  await page.locator('[data-testid=cart-product][data-name="Blog"]').waitFor();
  await page.check('[data-testid=payment-card]');
  await page.click('[data-testid=order-place]');
  await page.locator('[data-testid=order-confirm-place]').click();
  await page.locator('[data-testid=order-placed]').waitFor();
  const number = await page.locator('[data-testid=order-placed]').getAttribute('data-number');
  const total = await minorOf(page.locator('[data-testid=placed-total]'));

  // Accounting → the order → pay by card: the processor's page, a declined card first.
  await page.click('[data-testid=order-go-pay]');
  await page.locator('[data-testid=order-detail][data-status=pending]').waitFor();
  await hydrated(page);
  await page.click('[data-testid=order-pay-button]');
  const confirm = page.locator('[data-testid=pay-confirm]');
  await confirm.waitFor();
  assert.match(await confirm.textContent(), new RegExp(number));
  await confirm.locator('[data-testid=pay-confirm-button]').click();
  await page.locator('[data-testid=sandbox-checkout]').waitFor();
  assert.match(await page.textContent('[data-testid=sandbox-amount]'), new RegExp(`${Math.floor(total / 100)}\\.${String(total % 100).padStart(2, '0')}`));
  await page.fill('[data-testid=sandbox-card]', '4000 0000 0000 0002');
  await page.click('[data-testid=sandbox-pay]');
  await page.locator('[data-testid=order-detail][data-status=pending]').waitFor();
  await page.locator('[data-testid=order-payments] li[data-status=failed]').waitFor();

  await hydrated(page);
  await page.click('[data-testid=order-pay-button]');
  await page.locator('[data-testid=pay-confirm-button]').click();
  await page.locator('[data-testid=sandbox-checkout]').waitFor();
  await page.fill('[data-testid=sandbox-card]', '4242 4242 4242 4242');
  await page.click('[data-testid=sandbox-pay]');
  await page.locator('[data-testid=order-detail][data-status=completed]').waitFor();
  const invoice = (await page.textContent('[data-testid=order-invoice]')).trim();
  const orderPath = new URL(page.url()).pathname;
  await goto(page, orderPath.replace(/\/orders\/.*$/, '/invoices'));
  await page.locator(`[data-testid=invoices] tr[data-invoice="${invoice}"]`).waitFor();
  await goto(page, orderPath);
  await page.locator('[data-testid=order-product]', { hasText: 'Blog' }).click();
  await page.locator('[data-testid=product-page][data-product="Blog"]').waitFor();

  // The order is in the list, completed.
  await page.goto(page.url().replace(/\/products\/.*$/, '/accounting/orders?status=completed'));
  await hydrated(page);
  await page.locator(`[data-testid=orders] tr[data-order="${number}"]`).waitFor();
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a domain in redemption says until when it can be restored and what that costs', async () => {
  const page = await newPage(browser);
  await logIn(page);
  await openProducts(page, 'Brunner Web Agency');
  await page.locator('[data-product="brunner-archive.de"] [data-testid=product-link]').click();
  await page.locator('[data-testid=product-redemption]').waitFor();
  const fee = page.locator('[data-testid=restore-fee] .mn-amount');
  assert.equal(await fee.getAttribute('data-currency'), 'CHF');
  assert.equal(await fee.getAttribute('data-minor'), '6000', 'the .de restore fee of the catalogue');

  // Restoring it: the dialog prices the renewal with the fee, the order is paid, the domain is back.
  await hydrated(page);
  await page.click('[data-testid=manage-menu]');
  await page.click('[data-testid=menu-renew]');
  const dialog = page.locator('[data-testid=renew-dialog]');
  await dialog.locator('[data-testid=renew-total]').waitFor();
  assert.match(await dialog.textContent(), new RegExp(message('en', 'order-line-restore-fee')));
  await dialog.locator('[data-testid=renew-place]').click();
  await page.locator('[data-testid=order-detail][data-status=pending]').waitFor();
  await hydrated(page);
  await page.click('[data-testid=order-pay-button]');
  await page.locator('[data-testid=pay-confirm-button]').click();
  await page.locator('[data-testid=sandbox-checkout]').waitFor();
  await page.fill('[data-testid=sandbox-card]', '4242 4242 4242 4242');
  await page.click('[data-testid=sandbox-pay]');
  await page.locator('[data-testid=order-detail][data-status=completed]').waitFor();
  await hydrated(page);
  await page.locator('[data-testid=order-product]', { hasText: 'brunner-archive.de' }).click();
  await page.locator('[data-testid=product-status][data-status=active]').waitFor();
  assert.equal(await page.locator('[data-testid=product-redemption]').count(), 0);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('deleting the address someone signs in with moves them to a temporary login until they choose a new one', async () => {
  // Someone signs in with an address of the bakery's mail service and has a recovery e-mail.
  const local = `e2e-${Date.now()}`;
  const address = `${local}@boulangerie-soleil.fr`;
  const recovery = uniqueEmail('recovery');
  const owner = await newPage(browser, undefined, 'fr-FR');
  await logIn(owner, 'claire@example.com');
  await owner.click('.mn-sidebar [data-section=products]');
  await owner.locator('[data-testid=products]').waitFor();
  await owner.locator('[data-product="Mail boulangerie-soleil.fr"] [data-testid=product-link]').click();
  await owner.locator('[data-testid=mail-addresses]').waitFor();
  await owner.fill('[data-testid=add-address] input[name=address]', address);
  await owner.click('[data-testid=add-address] button[type=submit]');
  await owner.locator(`[data-address="${address}"]`).waitFor();

  const person = await newPage(browser);
  await signUp(person, address, 'Pia Pâtissière');
  const set = await person.evaluate(async ({ recovery, password }) => {
    const body = new URLSearchParams({ recovery_email: recovery, recovery_phone: '', recovery_password: password });
    const r = await fetch('/api/security/set_recovery', { method: 'POST', body });
    return r.status;
  }, { recovery, password: PASSWORD });
  assert.equal(set, 200);
  await person.context().close();

  // The owner deletes it, after a confirmation that says what happens to such an account.
  await owner.locator(`[data-address="${address}"] [data-testid=remove-address]`).click();
  const dialog = owner.locator('[role=alertdialog]');
  await dialog.waitFor();
  assert.match(await dialog.textContent(), new RegExp(message('fr', 'product-address-remove-body').slice(0, 30)));
  await owner.click('[data-testid=confirm-remove-address]');
  await owner.locator(`[data-address="${address}"]`).waitFor({ state: 'detached' });

  const mail = await waitForMail(recovery, { subjectIncludes: message('en', 'mail-login-moved-subject') });
  const login = mail.body.match(/tmp-[a-z0-9]+/)[0];

  // The old address no longer signs in; the temporary name does, to choose a new login only.
  const again = await newPage(browser);
  await goto(again, '/login');
  await again.fill('#field-email', address);
  await again.fill('#field-password', PASSWORD);
  await again.click('[data-testid=login-form] button[type=submit]');
  await again.getByText(message('en', 'error-invalid-credentials')).waitFor();
  await again.fill('#field-email', login);
  await again.click('[data-testid=login-form] button[type=submit]');
  await again.waitForURL(/\/choose-login-email$/);
  await hydrated(again);
  const chosen = uniqueEmail('pia');
  await again.fill('[data-testid=choose-login-form] input[name=email]', chosen);
  await again.click('[data-testid=choose-login-form] button[type=submit]');
  await again.waitForURL(/\/o\/[0-9a-f-]+\/dashboard$/);
  for (const p of [owner, again]) {
    assert.deepEqual(p.errors, []);
    await p.context().close();
  }
});
