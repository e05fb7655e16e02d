// Shared helpers for the browser tests: Debian's Chromium driven by playwright-core against
// the server started by scripts/e2e.sh (BASE_URL).
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
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
  page.on('pageerror', (e) => page.errors.push(e.message));
  // Expected 4xx answers (validation, not found) are logged by the browser; they are not app errors.
  page.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) page.errors.push(m.text()); });
  return page;
}

export async function hydrated(page) {
  await page.waitForSelector('body[data-hydrated="true"]', { state: 'attached', timeout: 20000 });
}

export async function goto(page, url) {
  await page.goto(BASE_URL + url);
  await hydrated(page);
}

export async function logIn(page, email = AGENCY, password = DEMO_PASSWORD) {
  await goto(page, '/login');
  await page.fill('#field-email', email);
  await page.fill('#field-password', password);
  await page.click('[data-testid=login-form] button[type=submit]');
  await page.waitForURL(/\/o\/[0-9a-f-]+\/dashboard$/, { timeout: 20000 });
  await hydrated(page);
}

/// The text of a Fluent message from the project's own locale files, so tests check the
/// real translations rather than copies of them.
export function message(lang, key) {
  const dir = path.join(here, '..', 'locales', lang);
  for (const file of ['app.ftl', 'auth.ftl', 'profile.ftl', 'dashboard.ftl', 'fields.ftl', 'errors.ftl', 'regions.ftl']) {
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
