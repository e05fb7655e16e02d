// Shared helpers for the browser tests: Debian's Chromium driven by playwright-core against
// the server started by scripts/e2e.sh (BASE_URL).
import { chromium } from 'playwright-core';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:3000';
export const DEMO_PASSWORD = 'demo-password-2026';
export const AGENCY = 'agency@example.com';
export const PHONE = { width: 375, height: 740 };
export const DESKTOP = { width: 1280, height: 800 };

const here = path.dirname(fileURLToPath(import.meta.url));

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/// A fresh browser context (own cookies) with a page that records uncaught errors.
export async function newPage(browser, viewport = DESKTOP, locale = 'en-GB') {
  const context = await browser.newContext({ viewport, locale, timezoneId: 'Europe/Zurich' });
  const page = await context.newPage();
  page.errors = [];
  page.failedRequests = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  // Kept for failure messages only: a navigation away cancels requests on purpose.
  page.on('requestfailed', (r) => page.failedRequests.push(`${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => { if (r.status() >= 400) page.failedRequests.push(`${r.request().method()} ${r.url()} ${r.status()}`); });
  page.on('response', async (r) => { if (r.request().resourceType() === 'document') page.lastDocument = await r.text().catch(() => ''); });
  // Expected 4xx answers (validation, not found) are logged by the browser; they are not app errors.
  page.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) page.errors.push(m.text()); });
  return page;
}

/// Waits until the console's wasm has hydrated the page. When it does not, the failure says
/// why as far as the page can tell: where it is, how far it loaded and what it reported.
export async function hydrated(page) {
  try {
    await page.waitForSelector('body[data-hydrated="true"]', { state: 'attached', timeout: 20000 });
  } catch (e) {
    const state = await page.evaluate(() => ({
      readyState: document.readyState,
      wasm: performance.getEntriesByType('resource').filter((r) => r.name.includes('/pkg/'))
        .map((r) => `${r.name} ${Math.round(r.duration)} ms status ${r.responseStatus ?? '?'}`),
      alerts: [...document.querySelectorAll('[role=alert]')].map((a) => a.outerHTML),
    })).catch((err) => ({ unreadable: err.message }));
    const saved = path.join(process.env.TMPDIR ?? '/tmp', `unhydrated-${Date.now()}.html`);
    writeFileSync(saved, page.lastDocument ?? '');
    throw new Error(`${page.url()} did not hydrate (server HTML in ${saved}): ${JSON.stringify(state)}; page errors: ${JSON.stringify(page.errors ?? [])}; failed requests: ${JSON.stringify((page.failedRequests ?? []).slice(-8))}`, { cause: e });
  }
}

export async function goto(page, url) {
  await page.goto(BASE_URL + url);
  await hydrated(page);
}

/// The password of the accounts tests sign up themselves.
export const PASSWORD = 'a long and memorable passphrase';

/// The login form's first step, submitted: what follows depends on the account.
export async function submitPassword(page, email, password = PASSWORD) {
  await goto(page, '/login');
  await page.fill('#field-email', email);
  await page.fill('#field-password', password);
  await page.click('[data-testid=login-form] button[type=submit]');
}

export async function logIn(page, email = AGENCY, password = DEMO_PASSWORD) {
  await submitPassword(page, email, password);
  await page.waitForURL(/\/o\/[0-9a-f-]+\/dashboard$/, { timeout: 20000 });
  await hydrated(page);
}

/// Signs up a new account (with [`PASSWORD`]) and waits for its dashboard.
export async function signUp(page, email, name) {
  await goto(page, '/signup');
  await page.fill('#field-name', name);
  await page.fill('#field-email', email);
  await page.fill('#field-password', PASSWORD);
  await page.click('[data-testid=signup-form] button[type=submit]');
  await page.waitForURL(/\/o\/[0-9a-f-]+\/dashboard$/, { timeout: 20000 });
  await hydrated(page);
}

/// The text of a Fluent message from the project's own locale files, so tests check the
/// real translations rather than copies of them.
export function message(lang, key) {
  const dir = path.join(here, '..', 'locales', lang);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ftl')).sort()) {
    const line = readFileSync(path.join(dir, file), 'utf8').split('\n').find((l) => l.startsWith(`${key} =`));
    if (line) return line.slice(key.length + 2).trim();
  }
  throw new Error(`no message ${key} in ${lang}`);
}

/// Records document (full page) loads, to prove a navigation happened without one.
export function countDocumentLoads(page) {
  const loads = { count: 0 };
  page.on('request', (r) => { if (r.resourceType() === 'document') loads.count += 1; });
  return loads;
}

export function uniqueEmail(prefix) {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
}

/// The mails delivered so far (end2end/smtp-sink.mjs writes them to MAIL_DIR), oldest first.
function deliveredMails() {
  const dir = process.env.MAIL_DIR;
  if (!dir) throw new Error('MAIL_DIR is not set: run the browser tests through scripts/e2e.sh');
  return readdirSync(dir).filter((f) => /^\d+\.json$/.test(f)).sort()
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')));
}

/// The newest mail delivered to `to`, optionally with `subjectIncludes` in its subject. The
/// server sends its outbox every few seconds, so this polls until `timeout` ms have passed.
export async function waitForMail(to, { subjectIncludes, timeout = 20000 } = {}) {
  const want = to.toLowerCase();
  const fits = (m) => m.to.some((t) => t.toLowerCase() === want)
    && (subjectIncludes === undefined || m.subject.includes(subjectIncludes));
  const deadline = Date.now() + timeout;
  for (;;) {
    const mails = deliveredMails();
    const found = mails.findLast(fits);
    if (found) return found;
    if (Date.now() >= deadline) {
      const seen = mails.map((m) => `  ${m.to.join(', ')}: ${m.subject}`).join('\n') || '  (none)';
      const about = subjectIncludes === undefined ? '' : ` with "${subjectIncludes}" in the subject`;
      throw new Error(`no mail to ${to}${about} within ${timeout} ms; received:\n${seen}`);
    }
    await sleep(200);
  }
}

/// The first absolute URL in the mail's body whose path starts with `pathPrefix`
/// (e.g. '/invitation/'); links point at MANDANT_PUBLIC_URL, which is BASE_URL here.
export function linkIn(mail, pathPrefix) {
  for (const [candidate] of mail.body.matchAll(/https?:\/\/[^\s<>"')\]]+/g)) {
    const url = candidate.replace(/[.,;:!?]+$/, ''); // sentence punctuation after a link
    if (new URL(url).pathname.startsWith(pathPrefix)) return url;
  }
  throw new Error(`no link to ${pathPrefix}… in the mail "${mail.subject}":\n${mail.body}`);
}

/// The newest text message delivered to `to` (E.164) by the console's SMS adapter to
/// end2end/sms-sink.mjs, optionally one that `matches` (a RegExp); polls like waitForMail.
export async function waitForSms(to, { matches, after = 0, timeout = 20000 } = {}) {
  const dir = process.env.SMS_DIR;
  if (!dir) throw new Error('SMS_DIR is not set: run the browser tests through scripts/e2e.sh');
  const deadline = Date.now() + timeout;
  for (;;) {
    const messages = readdirSync(dir).filter((f) => /^\d+\.json$/.test(f)).sort()
      .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')));
    const found = messages.findLast((m) => m.to === to && m.receivedAt >= after
      && (matches === undefined || matches.test(m.text)));
    if (found) return found;
    if (Date.now() >= deadline) {
      const seen = messages.map((m) => `  ${m.to}: ${m.text}`).join('\n') || '  (none)';
      throw new Error(`no SMS to ${to} within ${timeout} ms; received:\n${seen}`);
    }
    await sleep(200);
  }
}

/// The six-digit code in a text message.
export function codeIn(sms) {
  const match = sms.text.match(/\b(\d{6})\b/);
  if (!match) throw new Error(`no code in "${sms.text}"`);
  return match[1];
}
