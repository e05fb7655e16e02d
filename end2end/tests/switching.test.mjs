import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, logIn, countDocumentLoads, message, DESKTOP, PHONE } from '../support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

async function orgLinks(page) {
  await page.click('#org-switcher-button');
  const links = page.locator('[data-testid=org-list] a');
  await links.first().waitFor();
  return links;
}

for (const [name, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
  test(`the agency switches among its three organisations without a reload (${name})`, async () => {
    const page = await newPage(browser, viewport);
    await logIn(page);
    const loads = countDocumentLoads(page);
    await page.evaluate(() => { window.__sameDocument = 'still here'; });

    const links = await orgLinks(page);
    assert.equal(await links.count(), 3);
    const ids = await links.evaluateAll((as) => as.map((a) => a.dataset.orgId));
    const names = await page.locator('[data-testid=org-list] .mn-menu-item__title').allTextContents();
    const roles = await page.locator('[data-testid=org-list] .mn-menu-item__meta').allTextContents();
    assert.deepEqual(new Set(roles), new Set([
      message('en', 'role-legal-representative'), message('en', 'role-administrator'), message('en', 'role-collaborator'),
    ]));
    await page.keyboard.press('Escape');

    const seen = new Set();
    for (let i = 0; i < 3; i += 1) {
      await page.click('#org-switcher-button');
      await page.click(`[data-testid=org-list] a[data-org-id="${ids[i]}"]`);
      await page.waitForURL(new RegExp(`/o/${ids[i]}/dashboard$`));
      await page.locator('[data-testid=dashboard-org-name]', { hasText: names[i] }).waitFor();
      assert.match(await page.textContent('[data-testid=current-org]'), new RegExp(names[i]));
      seen.add(await page.textContent('[data-testid=product-table]'));
    }
    assert.equal(seen.size, 3, 'each organisation shows its own products');

    // The section is kept: from the clinic's Support to the bakery's Support.
    await page.goto(page.url().replace(/dashboard$/, 'support'));
    await page.waitForSelector('body[data-hydrated="true"]', { state: 'attached' });
    const loadsBefore = loads.count;
    await page.evaluate(() => { window.__sameDocument = 'still here'; });
    await page.click('#org-switcher-button');
    await page.click(`[data-testid=org-list] a[data-org-id="${ids[0]}"]`);
    await page.waitForURL(new RegExp(`/o/${ids[0]}/support$`));
    await page.locator('[data-testid=coming-soon][data-section=support]').waitFor();

    assert.equal(loads.count, loadsBefore, 'no document was loaded while switching');
    assert.equal(await page.evaluate(() => window.__sameDocument), 'still here');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('the organisation menu works from the keyboard', async () => {
  const page = await newPage(browser);
  await logIn(page);
  await page.focus('#org-switcher-button');
  await page.keyboard.press('Enter');
  const focusedOrg = () => page.evaluate(() => document.activeElement?.dataset?.orgId ?? null);
  await page.waitForFunction(() => document.activeElement?.closest('#org-switcher-menu') !== null);
  const first = await focusedOrg();
  assert.ok(first, 'focus moved onto the first organisation');
  await page.keyboard.press('ArrowDown');
  const second = await focusedOrg();
  assert.ok(second && second !== first, 'arrow down moves to the next organisation');
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'org-switcher-button', 'Escape returns to the button');
  assert.equal(await page.getAttribute('#org-switcher-button', 'aria-expanded'), 'false');
  // Choosing with Enter switches the organisation.
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.closest('#org-switcher-menu') !== null);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`/o/${second}/dashboard$`));
  await page.context().close();
});

test('the last organisation opened is the one shown at the next login', async () => {
  const page = await newPage(browser);
  await logIn(page);
  const links = await orgLinks(page);
  const last = await links.nth(2).getAttribute('data-org-id');
  await links.nth(2).click();
  await page.waitForURL(new RegExp(`/o/${last}/dashboard$`));
  await page.locator('[data-testid=dashboard][data-org-id="' + last + '"]').waitFor();
  await page.click('#user-menu-button');
  await page.click('[data-testid=log-out]');
  await page.waitForURL(/\/login$/);
  await logIn(page);
  assert.match(page.url(), new RegExp(`/o/${last}/dashboard$`));
  await page.context().close();
});

test('an organisation the user does not belong to is not found', async () => {
  const page = await newPage(browser);
  await logIn(page, 'sofia@example.com');
  const response = await page.goto(page.url().replace(/\/o\/[^/]+\//, '/o/0190f0d2-7c1e-7a2b-9c3d-4e5f60718293/'));
  assert.equal(response.status(), 404);
  await page.locator('[data-testid=not-found]').waitFor();
  await page.context().close();
});
