// Security keys and passkeys with Chromium's virtual authenticators (DevTools protocol): add
// keys on the Security page, sign in with one, rename and remove them. WebAuthn needs the
// console at http://localhost:<port>, which scripts/e2e.sh sets as BASE_URL.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import {
  launch, newPage, goto, hydrated, uniqueEmail, PHONE, PASSWORD, signUp, submitPassword,
} from '../support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const here = path.dirname(fileURLToPath(import.meta.url));

/// An English message of locales/en/security_keys.ftl (the real translation, not a copy).
function text(key) {
  const file = path.join(here, '..', '..', 'locales', 'en', 'security_keys.ftl');
  const line = readFileSync(file, 'utf8').split('\n').find((l) => l.startsWith(`${key} =`));
  if (!line) throw new Error(`no message ${key}`);
  return line.slice(key.length + 2).trim();
}

/// A virtual authenticator that verifies its user and answers at once (CTAP2 over USB, with
/// resident keys, like a current security key).
async function addAuthenticator(cdp) {
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'usb',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return authenticatorId;
}

async function addKey(page, name) {
  await page.fill('#field-security-key-name', name);
  await page.click('[data-testid=add-security-key-submit]');
}

const listed = (page) => page.locator('[data-testid=security-key-list] li');

test('security keys: add two, sign in with one, rename and remove', async () => {
  const page = await newPage(browser);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const first = await addAuthenticator(cdp);
  const email = uniqueEmail('kai');
  await signUp(page, email, 'Kai Keys');
  await goto(page, '/profile/security');
  await page.locator('[data-testid=security-keys-none]').waitFor();
  await page.locator('[data-testid=two-factor-off]').waitFor();

  // The first key turns two-factor on: backup codes are shown once.
  await addKey(page, 'Blue key');
  const codes = page.locator('[data-testid=backup-codes] code');
  await codes.first().waitFor({ timeout: 20000 });
  assert.equal(await codes.count(), 10);
  await page.click('[data-testid=codes-stored]');
  await page.locator('[data-testid=two-factor-on]').waitFor();
  assert.equal(await page.locator('[data-testid=backup-codes]').count(), 0, 'shown once');
  await listed(page).filter({ hasText: 'Blue key' }).waitFor();
  assert.equal(await listed(page).count(), 1);

  // The same authenticator again: excluded, and said so in words, not a crash.
  await addKey(page, 'Blue key again');
  await page.locator('[data-field-error=credential]', { hasText: text('field-error-security-key-refused') }).waitFor();
  assert.equal(await listed(page).count(), 1);

  // A second key, on another authenticator (the first one is unplugged).
  await cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId: first });
  const second = await addAuthenticator(cdp);
  await addKey(page, 'Laptop');
  await listed(page).filter({ hasText: 'Laptop' }).waitFor();
  assert.equal(await listed(page).count(), 2);
  assert.equal(await page.locator('[data-testid=backup-codes]').count(), 0, 'no new codes');
  const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId: second });
  assert.equal(credentials.length, 1);

  // Renamed inline.
  await listed(page).filter({ hasText: 'Laptop' }).locator('[data-testid=rename-security-key]').click();
  await page.fill('[data-testid=rename-security-key-form] input', 'Work laptop');
  await page.click('[data-testid=save-security-key-name]');
  await page.locator('[data-security-key="Work laptop"]').waitFor();

  // Signing in: the password, then the key.
  await page.click('#user-menu-button');
  await page.click('[data-testid=log-out]');
  await page.waitForURL(/\/login$/);
  await submitPassword(page, email);
  await page.locator('[data-testid=use-security-key]').waitFor();
  await page.click('[data-testid=use-security-key]');
  await page.waitForURL(/\/o\/[0-9a-f-]+\/dashboard$/, { timeout: 20000 });
  await hydrated(page);
  const after = await cdp.send('WebAuthn.getCredentials', { authenticatorId: second });
  assert.ok(after.credentials[0].signCount >= 1, 'the key signed');

  await goto(page, '/profile/activity');
  for (const kind of ['login', 'security-key-added', 'two-factor-enabled']) {
    assert.ok(await page.locator(`[data-testid=activity] tr[data-kind=${kind}]`).count() > 0, kind);
  }

  // The key's use is listed; removing one needs the password.
  await goto(page, '/profile/security');
  await page.locator('[data-security-key="Work laptop"]', { hasText: text('security-keys-last-used') }).waitFor();
  await listed(page).filter({ hasText: 'Blue key' }).locator('[data-testid=remove-security-key]').click();
  await page.fill('#field-security-key-password', 'not the password');
  await page.click('[data-testid=confirm-remove-security-key]');
  await page.locator('[data-testid=remove-security-key-confirm] [data-field-error=password]').filter({ hasText: /\S/ }).waitFor();
  assert.equal(await listed(page).count(), 2);
  await page.fill('#field-security-key-password', PASSWORD);
  await page.click('[data-testid=confirm-remove-security-key]');
  await page.locator('[data-testid=remove-security-key-confirm]').waitFor({ state: 'detached' });
  await page.locator('[data-security-key="Blue key"]').waitFor({ state: 'detached' });
  assert.equal(await listed(page).count(), 1);
  await page.locator('[data-testid=two-factor-on]').waitFor();

  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the security keys card fits a phone', async () => {
  const page = await newPage(browser, PHONE);
  await signUp(page, uniqueEmail('kai-phone'), 'Kai Keys');
  await goto(page, '/profile/security');
  await page.locator('[data-testid=security-keys]').waitFor();
  await page.locator('#field-security-key-name').waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling (${overflow} px)`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a security key that cannot verify its user adds nothing, and the page says why', async () => {
  const page = await newPage(browser, PHONE);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  // The authenticator answers, but without the user verification the console asks for: the
  // browser ends the ceremony as it does when the person cancels it.
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2', transport: 'usb', hasResidentKey: true,
      hasUserVerification: false, automaticPresenceSimulation: true,
    },
  });
  await signUp(page, uniqueEmail('kai-cancel'), 'Kai Keys');
  await goto(page, '/profile/security');
  await page.locator('[data-testid=security-keys-none]').waitFor();
  await addKey(page, 'Old key');
  await page.locator('[data-field-error=credential]', { hasText: text('field-error-security-key-cancelled') })
    .waitFor({ timeout: 20000 });
  assert.equal(await listed(page).count(), 0);
  await page.locator('[data-testid=security-keys-none]').waitFor();
  await page.locator('[data-testid=two-factor-off]').waitFor();
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
