import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, logIn, goto, message, countDocumentLoads, DESKTOP } from '../support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('creating an organisation opens it and adds it to the switcher', async () => {
  const page = await newPage(browser, DESKTOP, 'es-ES');
  await logIn(page, 'sofia@example.com');
  assert.equal(await page.getAttribute('html', 'lang'), 'es', 'her profile language');
  await page.click('#org-switcher-button');
  await page.click('.mn-menu-footer a');
  await page.waitForURL(/\/profile\/organisations\/new$/);
  const name = `Estudio Berlin ${Date.now()}`;
  // An empty name is refused, in Spanish.
  await page.click('[data-testid=new-org-form] button[type=submit]');
  await page.locator('[data-field-error=name]', { hasText: message('es', 'field-error-required') }).waitFor();
  await page.fill('#field-name', name);
  await page.selectOption('#field-country', 'DE');
  await page.click('[data-testid=new-org-form] button[type=submit]');
  await page.waitForURL(/\/o\/[0-9a-f-]+\/dashboard$/);
  await page.locator('[data-testid=dashboard-org-name]', { hasText: name }).waitFor();
  await page.click('#org-switcher-button');
  assert.equal(await page.locator('[data-testid=org-list] a').count(), 2);
  await page.context().close();
});

test('a member leaves an organisation after confirming; the last legal representative cannot', async () => {
  const page = await newPage(browser);
  await logIn(page, 'lena@example.com');
  await goto(page, '/profile/organisations');
  const rows = page.locator('[data-testid=my-orgs] tbody tr');
  assert.equal(await rows.count(), 2);
  const own = rows.filter({ hasText: 'Meier Beratung' });
  assert.equal(await own.locator('[data-testid=leave-org]').count(), 0);
  await own.getByText(message('de', 'my-orgs-last-legal-rep')).waitFor();

  const loads = countDocumentLoads(page);
  const clinic = rows.filter({ hasText: 'Clinica Alpina' });
  await clinic.locator('[data-testid=leave-org]').click();
  const dialog = page.locator('[role=alertdialog]');
  await dialog.waitFor();
  assert.match(await dialog.textContent(), /Clinica Alpina/, 'the confirmation names the organisation');
  await dialog.getByText(message('de', 'action-cancel')).click();
  assert.equal(await rows.count(), 2, 'cancelling changes nothing');

  await clinic.locator('[data-testid=leave-org]').click();
  await page.click('[data-testid=confirm-leave]');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=my-orgs] tbody tr').length === 1);
  await page.click('#org-switcher-button');
  assert.equal(await page.locator('[data-testid=org-list] a').count(), 1);
  assert.equal(loads.count, 0);
  await page.context().close();
});

test('a collaborator sees only the products granted to them and no invoices', async () => {
  const page = await newPage(browser);
  await logIn(page);
  await page.click('#org-switcher-button');
  await page.locator('[data-testid=org-list] a', { hasText: 'Clinica Alpina' }).click();
  await page.locator('[data-testid=dashboard-org-name]', { hasText: 'Clinica Alpina' }).waitFor();
  assert.equal(await page.textContent('[data-testid=stat-products] .mn-stat__value'), '2');
  const products = await page.textContent('[data-testid=product-table]');
  assert.match(products, /clinica-alpina\.ch/);
  assert.doesNotMatch(products, /Backup 2 TB/);
  assert.equal(await page.locator('[data-testid=stat-unpaid]').count(), 0, 'no billing right, no invoices');
  assert.equal(await page.locator('[data-testid=invoice-table]').count(), 0);

  // The clinic's owner sees everything, invoices included.
  const owner = await newPage(browser);
  await logIn(owner, 'marco@example.com');
  assert.equal(await owner.textContent('[data-testid=stat-products] .mn-stat__value'), '4');
  await owner.locator('[data-testid=stat-unpaid]').waitFor();
  await page.context().close();
  await owner.context().close();
});
