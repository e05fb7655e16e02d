import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import {
  launch, newPage, goto, hydrated, uniqueEmail, message, waitForMail, linkIn, PHONE,
  PASSWORD, signUp, submitPassword,
} from '../support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

function base32(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of text.replace(/=+$/, '')) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

/// The code an authenticator app shows, `offset` steps of 30 s from now (RFC 6238).
function totp(secret, offset = 0) {
  const step = Math.floor(Date.now() / 1000 / 30) + offset;
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const hash = createHmac('sha1', base32(secret)).update(counter).digest();
  const at = hash[19] & 0x0f;
  const value = ((hash[at] & 0x7f) << 24) | (hash[at + 1] << 16) | (hash[at + 2] << 8) | hash[at + 3];
  return String(value % 1_000_000).padStart(6, '0');
}

test('turning on an authenticator app, then signing in with its code', async () => {
  const email = uniqueEmail('tess');
  const page = await newPage(browser);
  await signUp(page, email, 'Tess Secure');
  await goto(page, '/profile/security');
  await page.click('[data-testid=start-totp]');
  const secret = (await page.textContent('[data-testid=totp-secret]')).trim();
  assert.equal(await page.locator('.mn-qr svg').count(), 1, 'a QR code to scan');
  await page.fill('#field-code', '000000');
  await page.click('[data-testid=confirm-totp]');
  await page.locator('[data-field-error=code]', { hasText: message('en', 'field-error-code-wrong') }).waitFor();
  // The current step's code; the sign-in below uses the next step's, which the server accepts
  // (one step of skew) and which is later, so no 30-second boundary can make either stale.
  await page.fill('#field-code', totp(secret));
  await page.click('[data-testid=confirm-totp]');
  const codes = page.locator('[data-testid=backup-codes] code');
  await codes.first().waitFor();
  assert.equal(await codes.count(), 10);
  const backup = await codes.allTextContents();
  await page.click('[data-testid=codes-stored]');
  await page.locator('[data-testid=two-factor-on]').waitFor();
  assert.equal(await page.locator('[data-testid=backup-codes]').count(), 0, 'shown once');

  await page.click('#user-menu-button');
  await page.click('[data-testid=log-out]');
  await page.waitForURL(/\/login$/);
  await submitPassword(page, email);
  await page.locator('[data-testid=second-factor-form]').waitFor();
  assert.equal(await page.locator('[data-testid=login-form]').isVisible(), false);
  await page.fill('#field-code', '123456');
  await page.click('[data-testid=second-factor-form] button[type=submit]');
  await page.locator('[data-field-error=code]', { hasText: message('en', 'field-error-code-wrong') }).waitFor();
  await page.fill('#field-code', totp(secret, 1));
  await page.click('[data-testid=second-factor-form] button[type=submit]');
  await page.waitForURL(/\/o\/[0-9a-f-]+\/dashboard$/);

  // With two-factor on, a tool gets its own app password, which works only for tools.
  await goto(page, '/profile/security');
  await page.fill('#field-app-name', 'Calendar sync');
  await page.click('[data-testid=create-app-password] button[type=submit]');
  const appSecret = (await page.textContent('[data-testid=app-password-secret]')).trim();
  await page.locator('[data-app-password="Calendar sync"]').waitFor();
  const basic = (password) => 'Basic ' + Buffer.from(`${email}:${password}`).toString('base64');
  const BASE = new URL(page.url()).origin;
  const tool = await fetch(`${BASE}/app-api/whoami`, { headers: { authorization: basic(appSecret) } });
  assert.equal(tool.status, 200);
  const withPassword = await fetch(`${BASE}/app-api/whoami`, { headers: { authorization: basic(PASSWORD) } });
  assert.equal(withPassword.status, 401, 'the account password is not for tools');

  // A backup code works on a phone too, once.
  const phone = await newPage(browser, PHONE);
  await submitPassword(phone, email);
  await phone.fill('#field-code', backup[0]);
  await phone.click('[data-testid=second-factor-form] button[type=submit]');
  await phone.waitForURL(/\/o\/[0-9a-f-]+\/dashboard$/);

  await goto(page, '/profile/activity');
  const rows = page.locator('[data-testid=activity] tbody tr');
  await rows.first().waitFor();
  for (const kind of ['two-factor-enabled', 'second-factor-failed', 'backup-code-used']) {
    assert.equal(await page.locator(`[data-testid=activity] tr[data-kind=${kind}]`).count() > 0, true, kind);
  }
  assert.deepEqual(page.errors.filter((e) => !e.includes('422')), []);
  await phone.context().close();
  await page.context().close();
});

test('a sign-in from a new device is mailed with the code Recent activity shows; it can be signed out', async () => {
  const email = uniqueEmail('ines');
  const laptop = await newPage(browser);
  await signUp(laptop, email, 'Tess Secure');
  const phone = await newPage(browser, PHONE, 'de-CH');
  await submitPassword(phone, email);
  await phone.waitForURL(/\/o\/[0-9a-f-]+\/dashboard$/);

  const mail = await waitForMail(email, { subjectIncludes: message('en', 'mail-security-new-device-subject') });
  await goto(laptop, '/profile/activity');
  const newDevice = laptop.locator('[data-testid=activity] tr[data-kind=login-new-device]');
  await newDevice.waitFor();
  const code = await newDevice.getAttribute('data-code');
  assert.ok(mail.body.includes(code), 'the mail carries the code shown in Recent activity');

  await goto(laptop, '/profile/sessions');
  const rows = laptop.locator('[data-testid=sessions] tbody tr');
  await rows.nth(1).waitFor();
  assert.equal(await rows.count(), 2);
  await laptop.locator('[data-testid=sessions] tr[data-current=false] [data-testid=revoke-session]').click();
  await laptop.getByText(message('en', 'sessions-revoked')).waitFor();
  await rows.nth(1).waitFor({ state: 'detached' });
  assert.equal(await rows.count(), 1);
  // The phone is signed out: its next page load goes to the login page.
  await phone.reload();
  await phone.waitForURL(/\/login$/);
  assert.deepEqual(laptop.errors, []);

  // "This wasn't me" in the mail secures the account: the laptop is signed out too, and a
  // reset link is on its way.
  const notMe = await newPage(browser);
  await notMe.goto(linkIn(mail, '/this-wasnt-me/'));
  await hydrated(notMe);
  await notMe.click('[data-testid=not-me-form] button[type=submit]');
  await notMe.locator('[data-testid=not-me-done]').waitFor();
  await waitForMail(email, { subjectIncludes: message('en', 'mail-password-reset-subject') });
  await laptop.reload();
  await laptop.waitForURL(/\/login$/);
  await notMe.context().close();
  await phone.context().close();
  await laptop.context().close();
});

test('a forgotten password is reset through the mailed link, which works once', async () => {
  const email = uniqueEmail('rosa');
  const owner = await newPage(browser);
  await signUp(owner, email, 'Tess Secure');
  await owner.context().close();

  const page = await newPage(browser, PHONE, 'it-CH');
  await goto(page, '/login');
  await page.click('[data-testid=forgot-link]');
  await page.waitForURL(/\/forgot-password$/);
  await hydrated(page);
  await page.fill('#field-email', email);
  await page.click('[data-testid=forgot-form] button[type=submit]');
  await page.locator('[data-testid=forgot-sent]', { hasText: message('it', 'forgot-sent') }).waitFor();

  const mail = await waitForMail(email, { subjectIncludes: message('en', 'mail-password-reset-subject') });
  const link = linkIn(mail, '/reset-password/');
  await page.goto(link);
  await hydrated(page);
  await page.fill('#field-password', 'a fresh passphrase now');
  await page.click('[data-testid=reset-form] button[type=submit]');
  await page.locator('[data-testid=reset-done]').waitFor();

  await submitPassword(page, email, 'a fresh passphrase now');
  await page.waitForURL(/\/o\/[0-9a-f-]+\/dashboard$/);

  const reuse = await newPage(browser);
  await reuse.goto(link);
  await hydrated(reuse);
  await reuse.getByText(message('en', 'error-conflict-reset-invalid')).waitFor();
  assert.deepEqual(page.errors, []);
  await reuse.context().close();
  await page.context().close();
});

test('an organisation requires two-factor: a member without it is stopped there and may leave', async () => {
  const ownerEmail = uniqueEmail('olga');
  const owner = await newPage(browser);
  await signUp(owner, ownerEmail, 'Tess Secure');
  const org = owner.url().match(/\/o\/([0-9a-f-]+)\//)[1];
  await goto(owner, '/profile/security');
  await owner.click('[data-testid=start-totp]');
  const secret = (await owner.textContent('[data-testid=totp-secret]')).trim();
  await owner.fill('#field-code', totp(secret));
  await owner.click('[data-testid=confirm-totp]');
  await owner.click('[data-testid=codes-stored]');

  // An external member joins through an invitation (set up through the API to keep this short).
  const guest = uniqueEmail('gus');
  const invited = await owner.evaluate(async ({ org, guest }) => {
    const r = await fetch('/api/invitations/create_invitation', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ org, email: guest, rights: { role: 'external', billing_right: false, technical_right: false }, lang: 'en' }),
    });
    return r.status;
  }, { org, guest });
  assert.equal(invited, 200);
  const mail = await waitForMail(guest);
  const member = await newPage(browser, PHONE);
  await member.goto(linkIn(mail, '/invitation/'));
  await hydrated(member);
  await member.click('[data-testid=invitation-sign-up]');
  await member.waitForURL(/\/signup\?invitation=/);
  await hydrated(member);
  await member.fill('#field-name', 'Gus Guest');
  await member.fill('#field-password', PASSWORD);
  await member.click('[data-testid=signup-form] button[type=submit]');
  await member.waitForURL(new RegExp(`/o/${org}/dashboard$`));

  // The owner switches the requirement on, after confirming.
  await goto(owner, `/o/${org}/organisation/security`);
  await owner.click('[data-testid=require-2fa]');
  await owner.locator('[role=alertdialog]').waitFor();
  await owner.click('[data-testid=confirm-require-2fa]');
  await owner.getByText(message('en', 'org-2fa-saved')).waitFor();
  // The note shows first; the switch follows when the reloaded setting arrives.
  await owner.waitForFunction(() => document.querySelector('[data-testid=require-2fa]')?.checked === true);
  await goto(owner, `/o/${org}/users?2fa=off`);
  await owner.locator('[data-member] [data-testid=security-alert]').first().waitFor();
  assert.equal(await owner.locator('[data-testid=members] tbody tr').count(), 1, 'only the guest lacks it');

  // The guest's next action in that organisation shows how to set it up, or to leave.
  await goto(member, `/o/${org}/dashboard`);
  await member.locator('[data-testid=two-factor-required]').waitFor();
  await member.locator('[data-testid=set-up-2fa]').waitFor();
  await member.click('[data-testid=leave-instead]');
  await member.waitForURL(/\/profile\/organisations$/);
  assert.deepEqual(owner.errors, []);
  await member.context().close();
  await owner.context().close();
});
