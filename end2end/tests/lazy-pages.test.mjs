// The client is split (scripts/e2e.sh builds it with --split): the login page loads only
// the main file and the viewer's language, and each section fetches its own part the first
// time one of its pages is shown.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, goto, logIn, countDocumentLoads } from '../support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

/// The names of the files ending in `extension` the page has fetched so far, in order.
function record(page, extension = '.wasm') {
  const fetched = [];
  page.on('response', (r) => {
    const name = new URL(r.url()).pathname.split('/').pop();
    if (name.endsWith(extension) && r.ok()) fetched.push(name);
  });
  return fetched;
}

test('the login page loads the main client only; the members page fetches its own part once (on hover), without a reload', async () => {
  const page = await newPage(browser);
  const wasm = record(page);
  const languages = record(page, '.ftl');
  await goto(page, '/login');
  assert.deepEqual(wasm, ['mandant.wasm'], 'the login page needs no page part');
  assert.deepEqual(languages, ['en.ftl'], "the client loads the viewer's language only");

  await logIn(page);
  const loads = countDocumentLoads(page);
  const beforeMembers = wasm.length;
  // Resting the pointer on the link fetches the section before the click.
  const prefetched = page.waitForResponse((r) => /\/split_users_pages_[^/]*\.wasm$/.test(r.url()));
  await page.hover('.mn-sidebar [data-section=users]');
  await prefetched;
  assert.equal(page.url().endsWith('/dashboard'), true, 'hovering does not navigate');
  await page.click('.mn-sidebar [data-section=users]');
  await page.locator('[data-testid=members] tbody tr').first().waitFor();
  const parts = wasm.slice(beforeMembers);
  assert.ok(parts.length > 0, `the members page fetched its part (fetched: ${wasm.join(', ')})`);
  assert.ok(!parts.includes('mandant.wasm'), 'the main client is not fetched again');
  assert.equal(new Set(parts).size, parts.length, `each file of the part is fetched once (fetched: ${parts.join(', ')})`);

  // The fetched part is live: sorting re-renders the table in place.
  await page.click('[data-testid=members] th [data-sort=role]');
  await page.waitForURL(/sort=role/);
  await page.locator('[data-testid=members] tbody tr').first().locator('[data-role=legal-representative]').waitFor();

  // Back on the dashboard and again to the members: nothing is fetched twice.
  const fetchedSoFar = wasm.length;
  await page.click('.mn-sidebar [data-section=dashboard]');
  await page.locator('[data-testid=dashboard-org-name]').waitFor();
  await page.click('.mn-sidebar [data-section=users]');
  await page.locator('[data-testid=members] tbody tr').first().waitFor();
  assert.deepEqual(wasm.slice(fetchedSoFar), [], 'parts already fetched are kept');

  assert.equal(loads.count, 0, 'no document was loaded');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a page opened directly arrives with its part announced and hydrates', async () => {
  const page = await newPage(browser);
  await logIn(page);
  const members = page.url().replace(/dashboard$/, 'users');
  const wasm = record(page);
  await goto(page, new URL(members).pathname);
  const preloaded = await page.$$eval('link[rel=preload][as=fetch]', (links) => links.map((l) => new URL(l.href).pathname.split('/').pop()));
  assert.ok(preloaded.some((name) => name !== 'mandant.wasm'), `the page links its part for preloading (links: ${preloaded.join(', ')})`);
  assert.ok(wasm.length > 1, `the main client and the page's part were fetched (fetched: ${wasm.join(', ')})`);

  await page.click('[data-testid=members] th [data-sort=role]');
  await page.waitForURL(/sort=role/);
  await page.locator('[data-testid=members] tbody tr').first().locator('[data-role=legal-representative]').waitFor();
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
