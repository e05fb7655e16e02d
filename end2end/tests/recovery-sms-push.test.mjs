import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, newPage, goto, hydrated, uniqueEmail, message, waitForMail, waitForSms, codeIn, PHONE,
  PASSWORD, signUp, submitPassword,
} from '../support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

async function passwordStep(page, email) {
  await submitPassword(page, email);
  await page.locator('[data-testid=second-factor-form]').waitFor();
}

/// Turns on SMS codes for `phone` from the Security page; returns the backup codes shown.
async function enrolSms(page, phone, e164) {
  await goto(page, '/profile/security');
  await page.fill('#field-sms_phone', '+39 312 345 6789');
  await page.click('[data-testid=sms-send] button[type=submit]');
  await page.locator('[data-field-error=sms_phone]', { hasText: message('en', 'field-error-phone-country') }).waitFor();
  const asked = Date.now();
  await page.fill('#field-sms_phone', phone);
  await page.click('[data-testid=sms-send] button[type=submit]');
  await page.locator('[data-testid=sms-sent]').waitFor();
  const sms = await waitForSms(e164, { after: asked });
  assert.equal(sms.authorization, 'Bearer e2e-gateway-token', 'the gateway token is sent');
  await page.fill('#field-sms_code', '000000');
  await page.click('[data-testid=sms-confirm] button[type=submit]');
  await page.locator('[data-field-error=sms_code]', { hasText: message('en', 'field-error-code-wrong') }).waitFor();
  await page.fill('#field-sms_code', codeIn(sms));
  await page.click('[data-testid=sms-confirm] button[type=submit]');
  const codes = page.locator('[data-testid=backup-codes] code');
  await codes.first().waitFor();
  const backup = await codes.allTextContents();
  await page.click('[data-testid=codes-stored]');
  await page.locator('[data-testid=sms-on]').waitFor();
  await page.locator('[data-testid=two-factor-on]').waitFor();
  return backup;
}

test('codes by SMS: a phone is confirmed on the Security page, then signs in', async () => {
  const email = uniqueEmail('sami');
  const page = await newPage(browser);
  await signUp(page, email, 'Sami Phone');
  const backup = await enrolSms(page, '+41 79 300 10 01', '+41793001001');
  assert.equal(backup.length, 10);
  assert.equal((await page.textContent('[data-testid=sms-detail]')).trim(), '+41 79 300 10 01');

  // On a phone: the password, then a code sent by SMS.
  const phone = await newPage(browser, PHONE);
  await passwordStep(phone, email);
  const asked = Date.now();
  await phone.click('[data-testid=send-sms-code]');
  await phone.locator('[data-testid=sms-code-sent]', { hasText: '01' }).waitFor();
  const sms = await waitForSms('+41793001001', { after: asked });
  await phone.fill('#field-code', codeIn(sms));
  await phone.click('[data-testid=second-factor-form] button[type=submit]');
  await phone.waitForURL(/\/o\/[0-9a-f-]+\/dashboard$/, { timeout: 20000 });
  const width = await phone.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 375, `no sideways scrolling (${width}px)`);
  assert.deepEqual(page.errors, []);
  assert.deepEqual(phone.errors, []);
});

test('a sign-in is approved at once from another signed-in device', async () => {
  const email = uniqueEmail('pia');
  const desk = await newPage(browser);
  await signUp(desk, email, 'Sami Phone');
  await enrolSms(desk, '+41 79 300 10 02', '+41793001002');
  await goto(desk, '/profile/sessions');

  const laptop = await newPage(browser);
  await passwordStep(laptop, email);
  await laptop.click('[data-testid=request-push]');
  await laptop.locator('[data-testid=push-waiting]').waitFor();
  // The signed-in device is asked without reloading anything.
  const prompt = desk.locator('[data-testid=push-prompt]');
  await prompt.waitFor({ timeout: 15000 });
  assert.equal(await prompt.getAttribute('role'), 'alertdialog');
  await desk.click('[data-testid=push-approve]');
  await laptop.waitForURL(/\/o\/[0-9a-f-]+\/dashboard$/, { timeout: 20000 });
  await prompt.waitFor({ state: 'detached' });

  // A refused request leaves the other browser signed out, with the reason.
  const intruder = await newPage(browser);
  await passwordStep(intruder, email);
  await intruder.click('[data-testid=request-push]');
  await desk.locator('[data-testid=push-prompt]').waitFor({ timeout: 15000 });
  await desk.click('[data-testid=push-deny]');
  await intruder.getByText(message('en', 'error-conflict-push-denied')).waitFor();
  assert.match(intruder.url(), /\/login/);
  await goto(desk, '/profile/activity');
  await desk.locator('[data-testid=activity] tr[data-kind=push-denied]').waitFor();
  await desk.locator('[data-testid=activity] tr[data-kind=push-approved]').waitFor();
  assert.deepEqual(desk.errors, []);
  assert.deepEqual(laptop.errors, []);
});

test('an approval that comes too late says so, approves nothing and can be closed', async () => {
  const email = uniqueEmail('lea');
  const desk = await newPage(browser, PHONE);
  await signUp(desk, email, 'Sami Phone');
  // This console's stream still lists a request that no longer waits (answered on another
  // device, or expired): the server knows no such waiting request.
  const stale = {
    id: crypto.randomUUID(), at: Date.now() - 60000, place: 'unknown',
    device: { browser: 'Firefox', os: 'Linux' },
  };
  await desk.route('**/events', (route) => route.fulfill({
    status: 200,
    headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' },
    body: `event: push\ndata: ${JSON.stringify([stale])}\n\n`,
  }));
  await goto(desk, '/profile/sessions');
  const prompt = desk.locator('[data-testid=push-prompt]');
  await prompt.waitFor({ timeout: 15000 });
  await desk.click('[data-testid=push-approve]');
  await prompt.getByText(message('en', 'push-prompt-gone')).waitFor();
  assert.equal(await prompt.locator('[data-testid=push-approve]').count(), 0, 'nothing left to answer');
  await desk.click('[data-testid=push-close]');
  await prompt.waitFor({ state: 'detached' });
  // Still closed when the stream sends the same list again.
  await desk.waitForTimeout(4000);
  assert.equal(await prompt.count(), 0);
  await desk.unroute('**/events');
  await goto(desk, '/profile/activity');
  await desk.locator('[data-testid=activity], .mn-empty').first().waitFor();
  assert.equal(await desk.locator('[data-testid=activity] tr[data-kind=push-approved]').count(), 0);
  assert.deepEqual(desk.errors, []);
});

test('recovery phone and e-mail: saved with the password, then a forgotten login is sent there', async () => {
  const email = uniqueEmail('rita');
  const recovery = uniqueEmail('rita-backup');
  const page = await newPage(browser);
  await signUp(page, email, 'Sami Phone');
  await goto(page, '/profile/security');
  await page.fill('#field-recovery_email', recovery);
  await page.fill('#field-recovery_phone', '+49 1512 3456789');
  await page.fill('#field-recovery_password', 'not my password at all');
  await page.click('[data-testid=recovery-form] button[type=submit]');
  await page.locator('[data-field-error=recovery_password]', { hasText: message('en', 'field-error-password-wrong') }).waitFor();
  const saved = Date.now();
  await page.fill('#field-recovery_password', PASSWORD);
  await page.click('[data-testid=recovery-form] button[type=submit]');
  // The new phone counts once the code sent to it comes back.
  await page.locator('[data-testid=recovery-code-sent]').waitFor();
  const code = codeIn(await waitForSms('+4915123456789', { after: saved }));
  await page.fill('#field-recovery_code', code);
  await page.click('[data-testid=recovery-code-form] button[type=submit]');
  await page.getByText(message('en', 'security-recovery-phone-confirmed')).waitFor();
  // Told by mail, in the account's language.
  await waitForMail(email, { subjectIncludes: message('en', 'activity-recovery-phone-changed') });

  // Signed out, the login address is forgotten: the recovery phone and e-mail get it.
  const visitor = await newPage(browser, PHONE);
  await goto(visitor, '/login');
  await visitor.click('[data-testid=forgot-login-link]');
  await visitor.locator('[data-testid=forgot-login-form]').waitFor();
  await hydrated(visitor);
  const asked = Date.now();
  await visitor.fill('#field-phone', '+49 1512 3456789');
  await visitor.fill('#field-email', recovery);
  await visitor.click('[data-testid=forgot-login-form] button[type=submit]');
  await visitor.locator('[data-testid=forgot-login-sent]').waitFor();
  const sms = await waitForSms('+4915123456789', { after: asked });
  assert.ok(sms.text.includes(email), sms.text);
  const mail = await waitForMail(recovery, { subjectIncludes: message('en', 'mail-login-reminder-subject') });
  assert.ok(mail.body.includes(email));
  assert.deepEqual(visitor.errors, []);
});

test('security e-mails: the owner chooses which events are mailed', async () => {
  const email = uniqueEmail('mia');
  const page = await newPage(browser);
  await signUp(page, email, 'Sami Phone');
  await goto(page, '/profile/activity');
  const login = page.locator('[data-testid=mail-choices] input[data-mail-kind=login]');
  const failed = page.locator('[data-testid=mail-choices] input[data-mail-kind=login-failed]');
  await login.waitFor();
  assert.equal(await login.isChecked(), false);
  assert.equal(await failed.isChecked(), true);
  await login.check();
  await failed.uncheck();
  await page.click('[data-testid=save-mail-choices]');
  await page.getByText(message('en', 'mail-choices-saved')).waitFor();
  await goto(page, '/profile/activity');
  await login.waitFor();
  assert.equal(await login.isChecked(), true, 'kept');
  assert.equal(await failed.isChecked(), false, 'kept');
  assert.deepEqual(page.errors, []);
});
