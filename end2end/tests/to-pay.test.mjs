import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, logIn, hydrated, goto, message } from '../support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

async function minorOf(locator) {
  return Number(await locator.locator('.mn-amount').first().getAttribute('data-minor'));
}

test('To pay: select two renewals, choose two years for one, pay them by card in one order', async () => {
  const page = await newPage(browser);
  await logIn(page);
  await page.click('#org-switcher-button');
  await page.locator('[data-testid=org-list] a', { hasText: 'Brunner Web Agency' }).click();
  await page.locator('[data-testid=dashboard-org-name]', { hasText: 'Brunner Web Agency' }).waitFor();
  await page.click('.mn-sidebar [data-section=accounting]');
  await page.locator('[data-testid=to-pay]').waitFor();
  await hydrated(page);

  // The top bar counts the renewals due, linking here.
  await page.locator('[data-testid=topbar-to-pay]').waitFor();
  assert.match(await page.locator('[data-testid=topbar-to-pay]').getAttribute('href'), /\/accounting\/to-pay$/);

  const shop = page.locator('[data-testid=to-pay] tr[data-product="brunner-shop.swiss"]');
  const web = page.locator('[data-testid=to-pay] tr[data-product="www.brunner-web.ch"]');
  await shop.waitFor();
  await web.waitFor();
  const oneYear = await minorOf(shop.locator('[data-testid=to-pay-price]'));
  await shop.locator('[data-testid=to-pay-period]').selectOption('24');
  await page.waitForFunction(
    (expected) => document.querySelector('tr[data-product="brunner-shop.swiss"] [data-testid=to-pay-price] .mn-amount')?.getAttribute('data-minor') === String(expected),
    oneYear * 2,
  );
  await shop.locator('input[type=checkbox]').check();
  await web.locator('input[type=checkbox]').check();
  await page.click('[data-testid=pay-selection]');
  const confirm = page.locator('[data-testid=to-pay-confirm]');
  await confirm.waitFor();
  const text = await confirm.textContent();
  assert.match(text, /brunner-shop\.swiss/);
  assert.match(text, /www\.brunner-web\.ch/);
  assert.match(text, new RegExp(message('en', 'order-line-renewal')));
  const total = await minorOf(confirm.locator('[data-testid=to-pay-total]'));
  assert.ok(total > oneYear * 2);
  await confirm.locator('[data-testid=to-pay-place]').click();

  await page.locator('[data-testid=order-detail][data-status=pending]').waitFor();
  assert.equal(await minorOf(page.locator('[data-testid=order-gross]')), total);
  await page.locator('[data-testid=topbar-pending-orders]').waitFor();
  // The pending order's pro forma is a PDF.
  const proFormaHref = await page.locator('[data-testid=order-pro-forma]').getAttribute('href');
  const proForma = await page.request.get(new URL(proFormaHref, page.url()).toString());
  assert.equal(proForma.status(), 200);
  assert.equal(proForma.headers()['content-type'], 'application/pdf');
  assert.equal((await proForma.body()).subarray(0, 5).toString(), '%PDF-');
  await hydrated(page);
  // Kept at the provider for automatic renewals.
  await page.check('[data-testid=pay-save-method]');
  await page.click('[data-testid=order-pay-button]');
  await page.locator('[data-testid=pay-confirm-button]').click();
  await page.locator('[data-testid=sandbox-checkout]').waitFor();
  await page.locator('[data-testid=sandbox-keeps]').waitFor();
  await page.fill('[data-testid=sandbox-card]', '4242 4242 4242 4242');
  await page.click('[data-testid=sandbox-pay]');
  await page.locator('[data-testid=order-detail][data-status=completed]').waitFor();
  const invoiceNumber = (await page.locator('[data-testid=order-invoice]').textContent()).trim();

  // Its invoice is in the history, as a PDF to download.
  const orderPath = new URL(page.url()).pathname;
  await goto(page, orderPath.replace(/\/orders\/.*$/, '/invoices'));
  const invoiceRow = page.locator(`[data-testid=invoices] tr[data-invoice="${invoiceNumber}"]`);
  await invoiceRow.waitFor();
  await hydrated(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    invoiceRow.locator('[data-testid=invoice-pdf]').click(),
  ]);
  const { readFile } = await import('node:fs/promises');
  const pdf = await readFile(await download.path());
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  assert.match(download.suggestedFilename(), new RegExp(`${invoiceNumber}\\.pdf$`));

  // Filtered to paid invoices of this year, in the URL; then to a status none has. Each
  // filter waits for the list drawn for the previous one (its choice selected).
  const chosen = (filter, value) => page.locator(`[data-testid=${filter}] option[value="${value}"][selected]`).waitFor({ state: 'attached' });
  await page.locator('[data-testid=invoice-status-filter]').selectOption('paid');
  await page.waitForURL(/status=paid/);
  await chosen('invoice-status-filter', 'paid');
  await invoiceRow.waitFor();
  const year = String(new Date().getFullYear());
  await page.locator('[data-testid=invoice-year-filter]').selectOption(year);
  await page.waitForURL(new RegExp(`status=paid&year=${year}`));
  await chosen('invoice-year-filter', year);
  await invoiceRow.waitFor();
  await page.locator('[data-testid=invoice-status-filter]').selectOption('refunded');
  await page.waitForURL(/status=refunded/);
  await page.getByText(message('en', 'invoices-none-found-title')).waitFor();

  // Renewed: neither is due any more.
  await goto(page, orderPath.replace(/\/orders\/.*$/, '/to-pay'));
  await page.locator('[data-testid=to-pay-all]').waitFor();
  assert.equal(await page.locator('tr[data-product="brunner-shop.swiss"]').count(), 0);
  assert.equal(await page.locator('tr[data-product="www.brunner-web.ch"]').count(), 0);

  // The prepaid account tab shows the balance in the organisation's currency.
  await page.click('.mn-tabs [data-tab=prepaid]');
  const balance = page.locator('[data-testid=prepaid-balance] .mn-amount');
  await balance.waitFor();
  assert.equal(await balance.getAttribute('data-currency'), 'CHF');
  const before = Number(await balance.getAttribute('data-minor'));

  // A deposit: a wrong amount says why; a good one goes through the card page.
  await hydrated(page);
  await page.fill('[data-testid=deposit-amount]', '0.01');
  await page.click('[data-testid=deposit-submit]');
  await page.locator('[data-testid=deposit-confirm-button]').click();
  await page.locator('[data-field-error=amount]', { hasText: message('en', 'field-error-amount-out-of-range') }).waitFor();
  await page.fill('[data-testid=deposit-amount]', '20.50');
  // In Swiss francs, PostFinance Card is offered too; the confirmation names it.
  await page.check('[data-testid=deposit-postfinance-card]');
  await page.click('[data-testid=deposit-submit]');
  await page.locator('[data-testid=deposit-confirm-method]', { hasText: message('en', 'order-payment-postfinance-card') }).waitFor();
  await page.locator('[data-testid=deposit-confirm-button]').click();
  await page.locator('[data-testid=sandbox-checkout]').waitFor();
  await page.fill('[data-testid=sandbox-card]', '4242 4242 4242 4242');
  await page.click('[data-testid=sandbox-pay]');
  await page.waitForFunction(
    (expected) => document.querySelector('[data-testid=prepaid-balance] .mn-amount')?.getAttribute('data-minor') === String(expected),
    before + 2050,
  );

  // The card kept when paying is the default payment method, masked; removing it asks first.
  await page.click('.mn-tabs [data-tab=payment-methods]');
  const card = page.locator('[data-testid=saved-methods] tr[data-method="Visa •••• 4242"]');
  await card.waitFor();
  await card.locator('[data-testid=saved-method-is-default]').waitFor();
  await hydrated(page);
  await card.locator('[data-testid=saved-method-remove]').click();
  await page.locator('[data-testid=saved-method-remove-confirm]').click();
  await page.getByText(message('en', 'saved-methods-empty-title')).waitFor();
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('To pay: a pro forma for a selection, to pay by bank transfer with its QR-bill', async () => {
  const page = await newPage(browser);
  await logIn(page);
  await page.click('#org-switcher-button');
  await page.locator('[data-testid=org-list] a', { hasText: 'Brunner Web Agency' }).click();
  await page.locator('[data-testid=dashboard-org-name]', { hasText: 'Brunner Web Agency' }).waitFor();
  const org = new URL(page.url()).pathname.match(/^\/o\/[^/]+/)[0];
  await goto(page, `${org}/accounting/to-pay?all=1`);
  const first = page.locator('[data-testid=to-pay] tbody tr').first();
  await first.waitFor();
  await hydrated(page);
  await first.locator('input[type=checkbox]').check();
  await page.click('[data-testid=pro-forma-selection]');
  const confirm = page.locator('[data-testid=to-pay-confirm]');
  await confirm.waitFor();
  assert.match(await confirm.textContent(), new RegExp(message('en', 'to-pay-confirm-transfer-body').slice(0, 30)));
  await confirm.locator('[data-testid=to-pay-place]').click();

  await page.locator('[data-testid=order-detail][data-status=pending]').waitFor();
  assert.match(await page.locator('[data-testid=order-pay]').textContent(), new RegExp(message('en', 'orders-transfer-body').slice(0, 30)));
  const href = await page.locator('[data-testid=order-pro-forma]').getAttribute('href');
  const pdf = await page.request.get(new URL(href, page.url()).toString());
  assert.equal(pdf.status(), 200);
  assert.equal(pdf.headers()['content-type'], 'application/pdf');
  assert.ok((await pdf.body()).length > 10_000, 'a real document with its fonts');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
