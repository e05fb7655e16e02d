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

test('at 375 px ordering and Accounting fit the screen', async () => {
  const page = await newPage(browser, PHONE);
  await logIn(page);
  // The agency, where the demo account may order (it may have opened another one last).
  const orgs = await page.evaluate(async () => (await fetch('/api/orgs/list_my_orgs', {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '',
  })).json());
  const agency = orgs.find((row) => row.org.name === 'Brunner Web Agency').org.id;
  const base = `/o/${agency}`;
  await goto(page, `${base}/products/order`);
  await page.locator('[data-testid=cart-empty]').waitFor();
  await page.selectOption('[data-testid=product-kind]', 'web-hosting');
  await page.fill('[data-testid=product-label]', 'Phone shop');
  await page.click('[data-testid=product-add-to-cart]');
  await page.locator('[data-testid=cart-product][data-name="Phone shop"]').waitFor();
  assert.equal(await overflow(page), 0, 'the order page with a cart');
  await goto(page, `${base}/accounting/orders`);
  await page.locator('[data-testid=order-status-filter]').waitFor();
  assert.equal(await overflow(page), 0, 'the orders list');
  await goto(page, `${base}/accounting/invoices`);
  await page.locator('[data-testid=invoice-address-filter]').waitFor();
  assert.equal(await overflow(page), 0, 'the invoices with their filters');
  await page.context().close();
});
