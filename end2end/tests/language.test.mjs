import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, logIn, goto, message, DESKTOP, PHONE } from '../support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const LANGS = ['fr', 'de', 'it', 'es', 'en'];

async function saveProfile(page, { lang, tz, country }) {
  if (lang) await page.selectOption('#field-lang', lang);
  if (country) await page.selectOption('#field-country', country);
  if (tz) await page.fill('#field-time_zone', tz);
  await page.click('[data-testid=profile-form] button[type=submit]');
}

for (const [name, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
  test(`changing language and time zone changes the page at once (${name})`, async () => {
    const page = await newPage(browser, viewport);
    await logIn(page, 'marco@example.com');
    await goto(page, '/profile');
    await page.evaluate(() => { window.__sameDocument = true; });
    for (const lang of LANGS) {
      await saveProfile(page, { lang });
      await page.locator('h1', { hasText: message(lang, 'profile-title') }).waitFor();
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      const navText = await page.locator('.mn-nav__link span:last-child').first().textContent();
      assert.equal(navText.trim(), message(lang, 'profile-nav-details'));
    }
    // Swiss region, Zurich: 12:05 UTC on 31 March 2027 is 14:05 (summer time).
    await saveProfile(page, { lang: 'de', country: 'CH', tz: 'Europe/Zurich' });
    await page.locator('[data-testid=format-sample] time', { hasText: '31.03.2027 14:05' }).waitFor();
    // New York, US English: the same instant is 8:05 AM on 03/31/2027.
    await saveProfile(page, { lang: 'en', country: 'US', tz: 'America/New_York' });
    await page.locator('[data-testid=format-sample] time', { hasText: '03/31/2027 8:05 AM' }).waitFor();
    // A zone that does not exist is refused next to the field, in the user's language.
    await saveProfile(page, { tz: 'Mars/Olympus_Mons' });
    await page.locator('[data-field-error=time_zone]', { hasText: message('en', 'field-error-time-zone-unknown') }).waitFor();
    assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no reload');

    // A new name shows in the account menu at once.
    await page.fill('#field-name', `Teresa Rossi ${name}`);
    await saveProfile(page, { tz: 'Europe/Zurich' });
    await page.locator('[data-testid=avatar]', { hasText: 'TR' }).waitFor();

    // The choice is stored: a fresh load renders in it on the server.
    await saveProfile(page, { lang: 'it', tz: 'Europe/Zurich', country: 'CH' });
    await page.locator('h1', { hasText: message('it', 'profile-title') }).waitFor();
    await page.reload();
    assert.equal(await page.getAttribute('html', 'lang'), 'it');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('the top bar switches the language of the whole console at once', async () => {
  const page = await newPage(browser);
  await logIn(page, 'claire@example.com');
  assert.equal(await page.getAttribute('html', 'lang'), 'fr', 'her profile language');
  await page.evaluate(() => { window.__sameDocument = true; });
  for (const lang of ['de', 'en', 'fr']) {
    await page.selectOption('[data-testid=topbar-language]', lang);
    await page.locator('#sidebar a[data-section=accounting]', { hasText: message(lang, 'nav-accounting') }).waitFor();
    await page.locator('h1', { hasText: message(lang, 'dashboard-title') }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), lang);
  }
  assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no reload');
  await page.context().close();
});

test('visitors pick a language on the login page', async () => {
  const page = await newPage(browser, DESKTOP, 'en-GB');
  await goto(page, '/login');
  for (const lang of LANGS) {
    await page.selectOption('[data-testid=public-language]', lang);
    await page.locator('h1', { hasText: message(lang, 'login-title') }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), lang);
  }
  await page.selectOption('[data-testid=public-language]', 'es');
  await page.reload();
  assert.equal(await page.getAttribute('html', 'lang'), 'es', 'the choice survives a reload');
  await page.context().close();
});
