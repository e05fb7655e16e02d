import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, logIn, goto, PHONE } from '../support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

async function overflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

test('at 375 px the sidebar is a drawer and nothing overflows', async () => {
  const page = await newPage(browser, PHONE);
  await logIn(page);
  assert.equal(await overflow(page), 0);
  assert.equal(await page.isVisible('#sidebar'), false, 'the sidebar starts collapsed');
  await page.click('[data-testid=nav-toggle]');
  await page.locator('#sidebar a[data-section=support]').waitFor({ state: 'visible' });
  await page.click('#sidebar a[data-section=support]');
  await page.locator('[data-testid=coming-soon][data-section=support]').waitFor();
  assert.equal(await page.getAttribute('[data-testid=nav-toggle]', 'aria-expanded'), 'false', 'choosing closes the drawer');
  for (const path of ['/profile', '/profile/organisations', '/profile/organisations/new']) {
    await goto(page, path);
    assert.equal(await overflow(page), 0, path);
  }
  await page.context().close();
});
