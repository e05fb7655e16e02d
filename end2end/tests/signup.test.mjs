import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, goto, hydrated, uniqueEmail, message, DESKTOP, PHONE } from '../support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

for (const [name, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
  test(`sign-up lands on the new organisation's dashboard (${name})`, async () => {
    const page = await newPage(browser, viewport);
    await goto(page, '/signup');
    const company = `Atelier ${Date.now()}`;
    await page.fill('#field-name', 'Nora Keller');
    await page.fill('#field-email', uniqueEmail('nora'));
    await page.fill('#field-password', 'short');
    await page.fill('#field-company', company);
    await page.click('[data-testid=signup-form] button[type=submit]');
    // A password that is too short is refused next to the field; the form keeps its input.
    const error = page.locator('[data-field-error=password]');
    await assert.doesNotReject(error.filter({ hasText: message('en', 'field-error-password-too-short') }).waitFor());
    assert.equal(await page.inputValue('#field-company'), company);

    await page.fill('#field-password', 'a long and memorable passphrase');
    await page.click('[data-testid=signup-form] button[type=submit]');
    await page.waitForURL(/\/o\/[0-9a-f-]+\/dashboard$/, { timeout: 20000 });
    await hydrated(page);
    assert.equal(await page.textContent('[data-testid=dashboard-org-name]'), company);
    assert.equal(await page.textContent('[data-testid=stat-products] .mn-stat__value'), '0');
    assert.match(await page.textContent('[data-testid=current-org]'), new RegExp(company));
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('a taken e-mail is reported in the visitor\'s language', async () => {
  const page = await newPage(browser, DESKTOP, 'de-CH');
  await goto(page, '/signup');
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  await page.fill('#field-name', 'Demo Doppel');
  await page.fill('#field-email', 'agency@example.com');
  await page.fill('#field-password', 'a long and memorable passphrase');
  await page.click('[data-testid=signup-form] button[type=submit]');
  await page.locator('[data-field-error=email]', { hasText: message('de', 'field-error-email-taken') }).waitFor();
  assert.match(page.url(), /\/signup$/);
  await page.context().close();
});
