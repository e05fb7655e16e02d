import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, newPage, logIn, goto, hydrated, message, uniqueEmail, waitForMail, linkIn, DEMO_PASSWORD, PHONE,
} from '../support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

/// Opens an organisation through the switcher, then its Users section.
async function openUsers(page, orgName) {
  await page.click('#org-switcher-button');
  await page.locator('[data-testid=org-list] a', { hasText: orgName }).click();
  await page.locator('[data-testid=dashboard-org-name]', { hasText: orgName }).waitFor();
  await page.click('.mn-sidebar [data-section=users]');
  await page.locator('[data-testid=members]').waitFor();
}

async function invite(page, email, { lang, role, billing = false }) {
  await page.click('[data-testid=invite-button]');
  await page.locator('[data-testid=invite-form]').waitFor();
  await page.fill('#field-email', email);
  await page.selectOption('#field-lang', lang);
  await page.check(`input[name=role][value=${role}]`);
  await page.click('[data-testid=invite-next]');
  if (billing) await page.check('input[name=billing_right]');
  await page.click('[data-testid=invite-next]');
  await page.locator('[data-testid=invite-review]', { hasText: email }).waitFor();
  await page.click('[data-testid=invite-form] button[type=submit]');
  await page.locator('[data-testid=invite-sent]', { hasText: email }).waitFor();
}

const newcomer = uniqueEmail('newcomer');

test('an invited new person signs up from the mail and lands in the organisation', async () => {
  const admin = await newPage(browser);
  await logIn(admin);
  await openUsers(admin, 'Boulangerie Soleil');
  await invite(admin, newcomer, { lang: 'fr', role: 'collaborator', billing: true });

  const mail = await waitForMail(newcomer, { subjectIncludes: 'Boulangerie Soleil' });
  assert.match(mail.body, /Alex Brunner/, 'names who invites');
  assert.ok(mail.body.includes(message('fr', 'role-collaborator')), 'in the chosen language, with the role');

  const page = await newPage(browser, PHONE, 'fr-CH');
  await page.goto(linkIn(mail, '/invitation/'));
  await hydrated(page);
  await page.locator('[data-testid=invitation-offer]', { hasText: 'Boulangerie Soleil' }).waitFor();
  await page.click('[data-testid=invitation-sign-up]');
  await page.waitForURL(/\/signup\?invitation=/);
  await hydrated(page);
  await page.locator('[data-testid=signup-invitation]', { hasText: 'Boulangerie Soleil' }).waitFor();
  assert.equal(await page.inputValue('#field-email'), newcomer, 'the invited address');
  assert.equal(await page.locator('#field-company').count(), 0, 'no organisation of their own');
  await page.fill('#field-name', 'Nora Neu');
  await page.fill('#field-password', 'a long enough password');
  await page.click('[data-testid=signup-form] button[type=submit]');
  await page.waitForURL(/\/o\/[0-9a-f-]+\/dashboard$/);
  await page.locator('[data-testid=dashboard-org-name]', { hasText: 'Boulangerie Soleil' }).waitFor();
  await page.click('#org-switcher-button');
  assert.equal(await page.locator('[data-testid=org-list] a').count(), 1, 'only the inviting organisation');
  // A collaborator is not offered the Users section.
  await page.waitForFunction(() => document.querySelector('.mn-sidebar [data-section=users]')?.closest('li')?.hidden === true);

  // The invitation shows as accepted; the link cannot be used twice.
  await admin.click('[data-testid=invite-sent] a');
  await admin.locator(`[data-invitation="${newcomer}"][data-status=accepted]`).waitFor();
  const again = await newPage(browser);
  await again.goto(linkIn(mail, '/invitation/'));
  await hydrated(again);
  await again.getByText(message('en', 'error-conflict-invitation-invalid')).waitFor();
  for (const p of [admin, page, again]) {
    assert.deepEqual(p.errors, []);
    await p.context().close();
  }
});

test('an invited existing user logs in from the link, accepts, and sees the organisation in the switcher', async () => {
  const admin = await newPage(browser);
  await logIn(admin);
  await openUsers(admin, 'Boulangerie Soleil');
  await invite(admin, 'marco@example.com', { lang: 'en', role: 'external' });
  // Marco has an account: the mail is in his language, not the one chosen in the wizard.
  const mail = await waitForMail('marco@example.com', { subjectIncludes: 'Boulangerie Soleil' });
  assert.ok(mail.body.includes(message('it', 'role-external')), mail.body);

  const page = await newPage(browser);
  await page.goto(linkIn(mail, '/invitation/'));
  await hydrated(page);
  await page.click('[data-testid=invitation-log-in]');
  await page.waitForURL(/\/login\?next=/);
  await hydrated(page);
  await page.fill('#field-email', 'marco@example.com');
  await page.fill('#field-password', DEMO_PASSWORD);
  await page.click('[data-testid=login-form] button[type=submit]');
  // The login URL names the invitation too (?next=/invitation/…): wait for the page itself.
  await page.waitForURL((url) => url.pathname.startsWith('/invitation/'));
  await hydrated(page);
  await page.click('[data-testid=accept-invitation]');
  await page.waitForURL(/\/o\/[0-9a-f-]+\/dashboard$/);
  await hydrated(page);
  await page.locator('[data-testid=dashboard-org-name]', { hasText: 'Boulangerie Soleil' }).waitFor();
  await page.click('#org-switcher-button');
  await page.locator('[data-testid=org-list] a', { hasText: 'Boulangerie Soleil' }).waitFor();
  await page.locator('[data-testid=org-list] a', { hasText: 'Clinica Alpina' }).waitFor();
  assert.deepEqual(page.errors, []);
  await page.context().close();
  await admin.context().close();
});

test('the legal representative changes a role; the member is told; the last legal representative stays', async () => {
  const page = await newPage(browser, undefined, 'fr-FR');
  await logIn(page, 'claire@example.com');
  await page.click('.mn-sidebar [data-section=users]');
  await page.locator('[data-testid=members]').waitFor();

  // Search keeps its state in the URL.
  await page.fill('[data-testid=member-search] input[name=q]', newcomer.slice(0, 12));
  await page.press('[data-testid=member-search] input[name=q]', 'Enter');
  await page.waitForURL(/\?q=/);
  const row = page.locator(`[data-member="${newcomer}"]`);
  await row.waitFor();
  assert.equal(await page.locator('[data-testid=members] tbody tr').count(), 1);
  await row.locator('[data-testid=edit-member]').click();
  await page.locator('[data-testid=member-name]', { hasText: 'Nora Neu' }).waitFor();
  // Billing mails are offered only with the billing right being edited.
  const billingMails = page.locator('[data-testid=contact-prefs] input[value=billing]');
  assert.equal(await billingMails.isDisabled(), false);
  await page.uncheck('input[name=billing_right]');
  await page.locator('[data-testid=contact-pref-needs-billing]').first().waitFor();
  assert.equal(await billingMails.isDisabled(), true);
  await page.check('input[name=billing_right]');
  await page.locator('[data-testid=contact-pref-needs-billing]').first().waitFor({ state: 'detached' });
  await page.check('input[name=role][value=administrator]');
  await page.click('[data-testid=member-form] button[type=submit]');
  await page.getByText(message('fr', 'rights-saved')).waitFor();
  const roleChanged = message('fr', 'mail-role-changed-subject').split('{')[0].trim();
  const mail = await waitForMail(newcomer, { subjectIncludes: roleChanged });
  assert.ok(mail.body.includes(message('fr', 'role-administrator')), mail.body);

  await page.goBack();
  await page.goBack();
  await page.waitForURL(/\/users$/);
  await page.click('[data-testid=members] th [data-sort=role]');
  await page.waitForURL(/sort=role/);
  // Sorted by role: the legal representative comes first once the new page is shown.
  await page.locator('[data-testid=members] tbody tr').first().locator('[data-role=legal-representative]').waitFor();
  const nora = page.locator(`[data-member="${newcomer}"] [data-role]`);
  assert.equal(await nora.getAttribute('data-role'), 'administrator');

  // Claire is the only legal representative: removing her is refused and changes nothing.
  const claire = page.locator('[data-member="claire@example.com"]');
  await claire.locator('input[type=checkbox]').check();
  await page.click('[data-testid=bulk-remove]');
  const dialog = page.locator('[role=alertdialog]');
  assert.match(await dialog.textContent(), /Claire Dubois/, 'the confirmation names who is removed');
  await page.click('[data-testid=confirm-remove]');
  await dialog.getByText(message('fr', 'error-conflict-last-legal-representative')).waitFor();
  await dialog.getByText(message('fr', 'action-cancel')).click();
  await claire.waitFor();
  // Her own page offers no other role.
  await claire.locator('[data-testid=edit-member]').click();
  await page.locator('[data-testid=last-legal-rep]').waitFor();
  assert.equal(await page.locator('input[name=role]').count(), 1);
  assert.deepEqual(page.errors.filter((e) => !e.includes('409')), []);
  await page.context().close();
});

test('teams grant products to their members', async () => {
  const page = await newPage(browser);
  await logIn(page, 'marco@example.com');
  await page.click('#org-switcher-button');
  await page.locator('[data-testid=org-list] a', { hasText: 'Clinica Alpina' }).click();
  await page.locator('[data-testid=dashboard-org-name]', { hasText: 'Clinica Alpina' }).waitFor();
  await page.click('.mn-sidebar [data-section=users]');
  await page.click('[data-tab=teams]');
  await page.fill('[data-testid=create-team] #field-name', 'Web');
  await page.click('[data-testid=create-team] button[type=submit]');
  const card = page.locator('[data-team=Web]');
  await card.waitFor();
  await card.locator('summary').click();
  await card.locator('[data-testid=team-members] label', { hasText: 'Lena Meier' }).locator('input').check();
  const products = card.locator('[data-testid=team-products] input');
  const total = await products.count();
  for (let i = 0; i < total; i += 1) await products.nth(i).check();
  await card.locator('[data-testid=team-contents] button[type=submit]').click();
  await page.getByText(message('it', 'teams-saved')).waitFor();

  const lena = await newPage(browser);
  await logIn(lena, 'lena@example.com');
  await lena.click('#org-switcher-button');
  await lena.locator('[data-testid=org-list] a', { hasText: 'Clinica Alpina' }).click();
  await lena.locator('[data-testid=dashboard-org-name]', { hasText: 'Clinica Alpina' }).waitFor();
  assert.equal(await lena.textContent('[data-testid=stat-products] .mn-stat__value'), String(total), 'every product through the team');
  await lena.context().close();
  await page.context().close();
});

test('the legal representative hands over to a member, who accepts; both are told', async () => {
  const claire = await newPage(browser, undefined, 'fr-FR');
  await logIn(claire, 'claire@example.com');
  await claire.click('.mn-sidebar [data-section=organisation]');
  await claire.click('[data-tab=succession]');
  const form = claire.locator('[data-testid=start-succession]');
  await form.waitFor();
  await form.locator('#field-successor').selectOption({ label: 'Nora Neu' });
  await form.locator('#field-password').fill(DEMO_PASSWORD);
  await form.locator('button[type=submit]').click();
  await claire.getByText(message('fr', 'org-succession-started')).waitFor();
  const asked = await waitForMail(newcomer, { subjectIncludes: 'Claire Dubois' });

  const nora = await newPage(browser, undefined, 'fr-CH');
  await logIn(nora, newcomer, 'a long enough password');
  await nora.goto(linkIn(asked, '/o/'));
  await hydrated(nora);
  await nora.click('[data-testid=accept-succession]');
  await nora.locator('[data-testid=succession-pending]').waitFor({ state: 'detached' });
  await nora.click('#org-switcher-button');
  await nora.locator('[data-testid=org-list] a', { hasText: message('fr', 'role-legal-representative') }).waitFor();
  // "{ $to } is now legal representative of { $org }": the words between the two names.
  const done = message('fr', 'mail-succession-done-subject').split('}')[1].split('{')[0].trim();
  for (const to of [newcomer, 'claire@example.com']) {
    const mail = await waitForMail(to, { subjectIncludes: done });
    assert.ok(mail.subject.startsWith('Nora Neu'), mail.subject);
  }
  assert.deepEqual(nora.errors, []);
  await nora.context().close();
  await claire.context().close();
});

test('on a phone the member list becomes cards without sideways scrolling', async () => {
  const page = await newPage(browser, PHONE);
  await logIn(page);
  await page.click('#org-switcher-button');
  const bakery = page.locator('[data-testid=org-list] a', { hasText: 'Boulangerie Soleil' });
  const id = await bakery.getAttribute('data-org-id');
  await goto(page, `/o/${id}/users`);
  await page.locator('[data-testid=members] tbody tr').first().waitFor();
  assert.equal(await page.locator('[data-testid=members] thead').isVisible(), false, 'no table header on a phone');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the member list shows as many rows per page as chosen, and keeps the choice in the address', async () => {
  const page = await newPage(browser);
  await logIn(page);
  await page.click('.mn-sidebar [data-section=users]');
  await page.locator('[data-testid=members]').waitFor();
  assert.equal(await page.locator('[data-testid=page-size]').inputValue(), '25');
  await page.selectOption('[data-testid=page-size]', '50');
  await page.waitForURL(/[?&]per=50\b/);
  await page.locator('[data-testid=members]').waitFor();
  assert.equal(await page.locator('[data-testid=page-size]').inputValue(), '50');
  // A reload (or a shared link) opens the same page size.
  await goto(page, new URL(page.url()).pathname + new URL(page.url()).search);
  assert.equal(await page.locator('[data-testid=page-size]').inputValue(), '50');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
