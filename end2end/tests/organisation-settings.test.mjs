import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import { launch, newPage, logIn, message, DEMO_PASSWORD } from '../support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

/// A valid one-colour PNG of the given size, built here so the test needs no fixture file.
function png(width, height) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; header[9] = 2; // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x40)]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function openOrgSection(page, orgName, tab) {
  await page.click('#org-switcher-button');
  await page.locator('[data-testid=org-list] a', { hasText: orgName }).click();
  await page.locator('[data-testid=current-org]', { hasText: orgName }).waitFor();
  await page.click('.mn-sidebar [data-section=organisation]');
  if (tab) await page.click(`[data-tab=${tab}]`);
}

test('deletion lists what blocks it; administrators may not delete', async () => {
  const page = await newPage(browser);
  await logIn(page);
  await openOrgSection(page, 'Brunner Web Agency', 'delete');
  const products = page.locator('[data-blocker=products]');
  await products.waitFor();
  assert.equal(await products.getAttribute('data-blocking'), 'true', 'the agency still has products');
  assert.match(await products.textContent(), /\d/);
  await page.locator('[data-testid=delete-blocked]').waitFor();
  assert.equal(await page.locator('[data-testid=delete-form]').count(), 0);

  await openOrgSection(page, 'Boulangerie Soleil', 'delete');
  await page.locator('[data-testid=delete-not-allowed]').waitFor();
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a new organisation: currency preview, logo in the switcher, then deleted when empty', async () => {
  const page = await newPage(browser, undefined, 'fr-FR');
  await logIn(page, 'claire@example.com');
  const name = `Atelier Lumière ${Date.now()}`;
  await page.goto(page.url().replace(/\/o\/.*$/, '/profile/organisations/new'));
  await page.waitForSelector('body[data-hydrated="true"]', { state: 'attached' });
  await page.fill('#field-name', name);
  await page.selectOption('#field-country', 'CH');
  await page.click('[data-testid=new-org-form] button[type=submit]');
  await page.locator('[data-testid=dashboard-org-name]', { hasText: name }).waitFor();
  await page.click('.mn-sidebar [data-section=organisation]');

  // Details: the currency change is shown before saving.
  const form = page.locator('[data-testid=org-details]');
  await form.waitFor();
  assert.equal(await page.locator('[data-testid=currency-preview]').count(), 0);
  await form.locator('#field-country').selectOption('FR');
  await page.locator('[data-testid=currency-preview]', { hasText: 'EUR' }).waitFor();
  await form.locator('#field-street').fill('Rue du Four 3');
  await form.locator('#field-postal_code').fill('75006');
  await form.locator('#field-city').fill('Paris');
  await form.locator('button[type=submit]').click();
  await page.getByText(message('fr', 'org-saved')).waitFor();

  // Logo: a square image is refused, a wide one replaces the name in the switcher.
  const logo = page.locator('#field-logo');
  await logo.setInputFiles({ name: 'square.png', mimeType: 'image/png', buffer: png(60, 60) });
  await page.locator('[data-field-error=logo]', { hasText: message('fr', 'field-error-logo-not-horizontal') }).waitFor();
  await logo.setInputFiles({ name: 'wide.png', mimeType: 'image/png', buffer: png(600, 150) });
  await page.getByText(message('fr', 'org-logo-saved')).waitFor();
  const switcherLogo = page.locator('[data-testid=current-org] [data-testid=org-logo]');
  await switcherLogo.waitFor();
  assert.equal(await switcherLogo.getAttribute('alt'), name, 'the name stays as the text alternative');
  await page.waitForFunction(() => document.querySelector('[data-testid=org-logo]')?.naturalWidth > 0);
  const width = await switcherLogo.evaluate((img) => img.naturalWidth);
  assert.equal(width, 384, 'scaled by the server into its 480×96 box');

  // Empty: it can be deleted after confirming with the password.
  await page.click('[data-tab=delete]');
  await page.locator('[data-blocker=products][data-blocking=false]').waitFor();
  await page.fill('#field-password', 'wrong password here');
  await page.click('[data-testid=delete-org]');
  const dialog = page.locator('[role=alertdialog]');
  assert.match(await dialog.textContent(), new RegExp(name), 'the confirmation names the organisation');
  await dialog.locator('button[type=submit]').click();
  await page.locator('[data-field-error=password]', { hasText: message('fr', 'field-error-password-wrong') }).waitFor();
  await page.fill('#field-password', DEMO_PASSWORD);
  await page.click('[data-testid=delete-org]');
  await dialog.locator('button[type=submit]').click();
  await page.waitForURL(/\/profile\/organisations$/);
  await page.waitForSelector('body[data-hydrated="true"]', { state: 'attached' });
  assert.equal(await page.locator('[data-testid=my-orgs]', { hasText: name }).count(), 0);
  assert.deepEqual(page.errors.filter((e) => !e.includes('422')), []);
  await page.context().close();
});

test('a billing address with a VAT number: a wrong one says why, a right one is shown compact', async () => {
  const page = await newPage(browser);
  await logIn(page);
  await openOrgSection(page, 'Brunner Web Agency', 'addresses');
  const form = page.locator('[data-testid=add-address]');
  await form.waitFor();
  await form.locator('input[name=name]').fill('Brunner Berlin');
  await form.locator('input[name=email]').fill('berlin@brunner-web.ch');
  await form.locator('input[name=street]').fill('Unter den Linden 5');
  await form.locator('input[name=postal_code]').fill('10117');
  await form.locator('input[name=city]').fill('Berlin');
  await form.locator('select[name=country]').selectOption('DE');
  await form.locator('input[name=vat_number]').fill('DE 12');
  await form.locator('button[type=submit]').click();
  await page.locator('[data-field-error=vat_number]', { hasText: message('en', 'field-error-vat-number-invalid') }).waitFor();
  assert.equal(await page.locator('[data-address="Brunner Berlin"]').count(), 0, 'nothing saved');
  await form.locator('input[name=vat_number]').fill('de 123 456 789');
  await form.locator('button[type=submit]').click();
  await page.locator('[data-address="Brunner Berlin"] [data-testid=address-vat-number]', { hasText: 'DE123456789' }).waitFor();
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
