// End to end, as a new team would (issue 12): the admin sets the password from the first start's link, signs out and
// in (a wrong password and too many tries are named), adds a viewer and an analyst and publishes a guest link; the
// viewer sees no Cypher editor and no upload, the analyst sees the editor but no upload; the guest sees a read-only
// banner and only the link's dataset until the link is revoked; a role change applies at the next load; a session
// that ends mid-use asks to sign in again and resumes the same address; a password change ends the other sessions.
// With AUTH off the page shows "local" and asks nothing.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { addAccountInTeam, openTeam, shown, signInAs, startAuthApp, waitForApp, type AuthApp } from './accounts-app.ts';
import { typeSearch, WAIT } from './helpers.ts';

const ADMIN_PASSWORD = 'Synthetic admin phrase 1';
const VIEWER = { name: 'vera', password: 'Synthetic viewer phrase' };
const ANALYST = { name: 'ana', password: 'Synthetic analyst phrase' };
const DATASET = 'import-e2e-guest';
const GUEST_LABEL = 'Synthetic Class 1';

let app: AuthApp;
let browser: Browser;
const contexts: BrowserContext[] = [];
/** Uncaught errors in any page; a 401 or 429 the test provokes is a console line, not one of these. */
const pageErrors: string[] = [];
let admin: Page;
let guestUrl = '';

async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (err) => pageErrors.push(err.message));
  return { context, page };
}

async function signedInPage(name: string, password: string): Promise<{ context: BrowserContext; page: Page }> {
  const opened = await newPage();
  await opened.page.goto(app.baseUrl, { waitUntil: 'domcontentloaded' });
  await opened.page.waitForSelector('[data-testid="sign-in"]', { timeout: WAIT });
  await signInAs(opened.page, name, password);
  await waitForApp(opened.page);
  return opened;
}

/** The admin's session cookie, for the API calls that set the scene (an upload the guest link will open). */
async function adminFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const cookie = (await admin.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  return fetch(`${app.baseUrl}${path}`, { ...init, headers: { 'content-type': 'application/json', cookie, ...init.headers } });
}

const text = (page: Page, testId: string) => page.locator(`[data-testid="${testId}"]`).first().textContent();
const focusedTestId = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid);
const signInAnswer = (page: Page) => page.waitForResponse((r) => new URL(r.url()).pathname === '/api/session' && r.request().method() === 'POST', { timeout: WAIT });

beforeAll(async () => {
  app = await startAuthApp();
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  if (admin) await adminFetch('/api/datasets/e2e-guest', { method: 'DELETE' }).catch(() => undefined);
  for (const context of contexts) await context.close();
  await browser?.close();
  await app?.close();
});

// Each step waits on a condition (WAIT); whole stories get room on a loaded 2-core machine (argon2 hashes on each sign-in).
describe('accounts in the page', { timeout: 120_000 }, () => {
  it('sets the admin password from the first start link, then signs out and in again, naming a wrong password', async () => {
    ({ page: admin } = await newPage());
    const link = app.firstAdminLink();
    // Before the link is used, the sign-in page says where the admin password is set.
    await admin.goto(app.baseUrl, { waitUntil: 'domcontentloaded' });
    await admin.waitForSelector('[data-testid="sign-in"]', { timeout: WAIT });
    expect(await text(admin, 'sign-in-note')).toMatch(/admin password has not been set yet/);
    await admin.goto(link, { waitUntil: 'domcontentloaded' });
    await admin.waitForSelector('[data-testid="setup"]', { timeout: WAIT });
    expect(await admin.locator('#setup-heading').textContent()).toBe('Set the admin password');
    await expect.poll(() => focusedTestId(admin), { timeout: WAIT }).toBe('setup-new');

    // Too short: said at once, nothing sent.
    await admin.keyboard.type('short');
    await admin.locator('[data-testid="setup-again"]').fill('short');
    await admin.keyboard.press('Enter');
    expect(await text(admin, 'setup-error')).toMatch(/at least 10 characters/);

    await admin.locator('[data-testid="setup-new"]').fill(ADMIN_PASSWORD);
    expect(await admin.locator('[data-testid="setup-strength"]').getAttribute('data-strength')).toBe('strong');
    await admin.locator('[data-testid="setup-again"]').fill(ADMIN_PASSWORD);
    await admin.keyboard.press('Enter');
    await waitForApp(admin);
    // The spent token is gone from the address.
    expect(new URL(admin.url()).pathname + new URL(admin.url()).hash).toBe('/');
    expect(await text(admin, 'account-name')).toBe('admin');
    expect(await text(admin, 'role-badge')).toBe('admin');

    await admin.locator('[data-testid="account-button"]').click();
    await admin.locator('[data-testid="menu-sign-out"]').click();
    await admin.waitForSelector('[data-testid="sign-in"]', { timeout: WAIT });
    await expect.poll(() => focusedTestId(admin), { timeout: WAIT }).toBe('sign-in-name');

    const wrong = signInAnswer(admin);
    await signInAs(admin, 'admin', 'not the password');
    expect((await wrong).status()).toBe(401);
    await expect.poll(() => text(admin, 'sign-in-error'), { timeout: WAIT }).toBe('Wrong name or password.');

    await signInAs(admin, 'admin', ADMIN_PASSWORD);
    await waitForApp(admin);
    expect(await text(admin, 'account-name')).toBe('admin');
  });

  it('says how long to wait after too many failed sign-ins', async () => {
    const { page } = await newPage();
    await page.goto(app.baseUrl, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('[data-testid="sign-in"]', { timeout: WAIT });
    // The app allows 3 failures per name here (startAuthApp); the fourth try is refused with a wait.
    let status = 0;
    for (let attempt = 0; attempt < 4 && status !== 429; attempt += 1) {
      const answer = signInAnswer(page);
      await signInAs(page, 'nobody-synthetic', `wrong guess ${attempt}`);
      status = (await answer).status();
    }
    expect(status).toBe(429);
    await expect.poll(() => text(page, 'sign-in-error'), { timeout: WAIT }).toMatch(/^Too many sign-in attempts\. Try again in \d+ (minutes?|seconds?)\.$/);
  });

  it('lets the admin add a viewer and an analyst, make a reset link, and publish a guest link', async () => {
    const upload = await adminFetch('/api/datasets', { method: 'POST', body: JSON.stringify({
      name: 'e2e-guest', files: { nodes: 'nodes.csv', edges: 'edges.csv' },
      nodes: [{ id: 'alpha', name: 'Synthetic Guest Alpha' }, { id: 'beta', name: 'Synthetic Guest Beta' }], edges: [{ source: 'alpha', target: 'beta' }],
    }) });
    expect(upload.status, await upload.clone().text()).toBe(201);

    await openTeam(admin);
    await addAccountInTeam(admin, VIEWER.name, 'viewer', VIEWER.password);
    await addAccountInTeam(admin, ANALYST.name, 'analyst', ANALYST.password);
    const row = (name: string) => admin.locator(`[data-testid="account-row"][data-account="${name}"]`);
    expect(await row(ANALYST.name).locator('[data-testid="account-role"]').inputValue()).toBe('analyst');
    // The admin's own role and switch cannot be changed from here (the last admin must stay one).
    expect(await row('admin').locator('[data-testid="account-role"]').isDisabled()).toBe(true);

    await row(VIEWER.name).locator('[data-testid="account-reset"]').click();
    await expect.poll(() => row(VIEWER.name).locator('[data-testid="reset-link"]').inputValue().catch(() => ''), { timeout: WAIT })
      .toMatch(new RegExp(`^${app.baseUrl}/welcome#setup=.+`));

    // A guest link opening the upload alone, and the first tour.
    await admin.locator('[data-testid="guest-label-input"]').fill(GUEST_LABEL);
    await admin.locator(`[data-testid="guest-dataset"][value="${DATASET}"]`).check({ timeout: WAIT });
    await admin.locator('[data-testid="guest-dataset"][value="cambodia-crackdown"]').uncheck();
    await admin.locator('[data-testid="guest-tour"]').first().check();
    await admin.locator('[data-testid="guest-create"]').click();
    await expect.poll(() => admin.locator('[data-testid="guest-url"]').inputValue().catch(() => ''), { timeout: WAIT })
      .toMatch(new RegExp(`^${app.baseUrl}/guest/.+`));
    guestUrl = await admin.locator('[data-testid="guest-url"]').inputValue();
    await expect.poll(() => admin.locator(`[data-testid="guest-link"][data-label="${GUEST_LABEL}"]`).count(), { timeout: WAIT }).toBe(1);
    await admin.locator('[data-testid="team-close"]').click();

    // The admin sees the upload form (datasets are the admin's).
    await admin.locator('[data-testid="classroom-toggle"]').click();
    await admin.locator('[data-testid="classroom-tab-data"]').click();
    expect(await shown(admin, '[data-testid="import-upload"]')).toBe(true);
  });

  it('shows a viewer no Cypher editor, no tour builder and no upload; an analyst the editor but no upload', async () => {
    const { page: viewer } = await signedInPage(VIEWER.name, VIEWER.password);
    expect(await text(viewer, 'role-badge')).toBe('viewer');
    await viewer.locator('[data-testid="queries-toggle"]').click();
    await viewer.waitForSelector('[data-testid="tab-library"]', { state: 'visible', timeout: WAIT });
    expect(await shown(viewer, '[data-testid="tab-editor"]')).toBe(false);
    await viewer.locator('[data-testid="classroom-toggle"]').click();
    expect(await shown(viewer, '[data-testid="classroom-tab-build"]')).toBe(false);
    await viewer.locator('[data-testid="classroom-tab-data"]').click();
    await viewer.waitForSelector('[data-testid="dataset-list"]', { state: 'visible', timeout: WAIT });
    expect(await shown(viewer, '[data-testid="import-upload"]')).toBe(false);
    await viewer.locator('[data-testid="account-button"]').click();
    expect(await shown(viewer, '[data-testid="menu-team"]')).toBe(false);

    const { page: analyst } = await signedInPage(ANALYST.name, ANALYST.password);
    expect(await text(analyst, 'role-badge')).toBe('analyst');
    await analyst.locator('[data-testid="queries-toggle"]').click();
    await analyst.locator('[data-testid="tab-editor"]').click();
    await analyst.waitForSelector('[data-testid="save-as"]', { state: 'visible', timeout: WAIT });
    await analyst.locator('[data-testid="classroom-toggle"]').click();
    expect(await shown(analyst, '[data-testid="classroom-tab-build"]')).toBe(true);
    await analyst.locator('[data-testid="classroom-tab-data"]').click();
    await analyst.waitForSelector('[data-testid="dataset-list"]', { state: 'visible', timeout: WAIT });
    expect(await shown(analyst, '[data-testid="import-upload"]')).toBe(false);
  });

  it('opens a guest link as a read-only guest with the link’s label and only its dataset, until the admin revokes it', async () => {
    expect(guestUrl).not.toBe('');
    const { page: guest } = await newPage();
    await guest.goto(guestUrl, { waitUntil: 'domcontentloaded' });
    await waitForApp(guest);
    expect(new URL(guest.url()).pathname).toBe('/');
    expect(await text(guest, 'guest-banner')).toContain('Guest view — read only');
    expect(await text(guest, 'guest-label')).toBe(GUEST_LABEL);
    expect(await shown(guest, '[data-testid="sign-in"]')).toBe(false);
    expect(await shown(guest, '[data-testid="account-button"]')).toBe(false);

    await guest.locator('[data-testid="dataset-chooser"]').click();
    await expect.poll(() => guest.locator('[data-testid="dataset-option"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-dataset'))), { timeout: WAIT })
      .toEqual([DATASET]);
    await guest.keyboard.press('Escape');
    await typeSearch(guest, 'Synthetic Guest');
    expect(await guest.locator('[data-testid="search-result"]').count()).toBeGreaterThan(0);

    await guest.locator('[data-testid="queries-toggle"]').click();
    await guest.waitForSelector('[data-testid="tab-library"]', { state: 'visible', timeout: WAIT });
    expect(await shown(guest, '[data-testid="tab-editor"]')).toBe(false);

    // The admin revokes the link: the guest's next call is refused, and the page says the link no longer works.
    await openTeam(admin);
    admin.once('dialog', (dialog) => void dialog.accept());
    await admin.locator(`[data-testid="guest-link"][data-label="${GUEST_LABEL}"] [data-testid="guest-revoke"]`).click();
    await expect.poll(() => admin.locator(`[data-testid="guest-link"][data-label="${GUEST_LABEL}"]`).count(), { timeout: WAIT }).toBe(0);
    await admin.locator('[data-testid="team-close"]').click();
    await guest.locator('[data-testid="search-input"]').fill('Synthetic Guest Beta');
    await guest.waitForSelector('.auth-page.over [data-testid="sign-in"]', { timeout: WAIT });
    expect(await text(guest, 'sign-in-note')).toMatch(/guest link no longer works/);
  });

  it('applies a role change from the Team page at the next load: an analyst made viewer loses the Cypher editor', async () => {
    const { page: analyst } = await signedInPage(ANALYST.name, ANALYST.password);
    await openTeam(admin);
    const role = admin.locator(`[data-testid="account-row"][data-account="${ANALYST.name}"] [data-testid="account-role"]`);
    await role.selectOption('viewer');
    await expect.poll(() => text(admin, 'team-status'), { timeout: WAIT }).toBe(`${ANALYST.name} is now viewer.`);
    await admin.locator('[data-testid="team-close"]').click();

    await analyst.reload({ waitUntil: 'domcontentloaded' });
    await waitForApp(analyst);
    expect(await text(analyst, 'role-badge')).toBe('viewer');
    await analyst.locator('[data-testid="queries-toggle"]').click();
    await analyst.waitForSelector('[data-testid="tab-library"]', { state: 'visible', timeout: WAIT });
    expect(await shown(analyst, '[data-testid="tab-editor"]')).toBe(false);
  });

  it('asks to sign in again when the session ends mid-use, and resumes the same address', async () => {
    const { context, page } = await signedInPage(VIEWER.name, VIEWER.password);
    await typeSearch(page, 'Hun Manet');
    await page.locator('[data-testid="search-result"]').first().click();
    await page.waitForFunction(() => new URL(window.location.href).searchParams.has('entity'), null, { timeout: WAIT });
    // The view is in the address: the entity opened (the page may add more as the drawing settles).
    const entity = () => new URL(page.url()).searchParams.get('entity');
    const opened = entity();
    const heading = () => page.locator('#panel-heading').textContent();
    await expect.poll(heading, { timeout: WAIT }).toMatch(/^(?!Nothing selected$|Loading…$)./);
    const shownBefore = await heading();

    // The session ends (as when it expires or an admin disables it): the next call answers 401.
    await context.clearCookies();
    const input = page.locator('[data-testid="search-input"]');
    await input.fill('Phnom');
    await page.waitForSelector('.auth-page.over [data-testid="sign-in"]', { timeout: WAIT });
    expect(await text(page, 'sign-in-note')).toMatch(/session has ended/);
    expect(entity()).toBe(opened);

    await signInAs(page, VIEWER.name, VIEWER.password);
    await page.waitForSelector('.auth-page.over', { state: 'detached', timeout: WAIT });
    await waitForApp(page);
    expect(entity()).toBe(opened);
    // The entity is open again, in the side panel, as before the session ended.
    await expect.poll(heading, { timeout: WAIT }).toBe(shownBefore);
    expect(await text(page, 'account-name')).toBe(VIEWER.name);
  });

  it('changes a password from the menu, which signs the account out of its other sessions', async () => {
    const { page: other } = await signedInPage(VIEWER.name, VIEWER.password);
    const { page } = await signedInPage(VIEWER.name, VIEWER.password);
    await page.locator('[data-testid="account-button"]').click();
    await page.locator('[data-testid="menu-change-password"]').click();
    await expect.poll(() => focusedTestId(page), { timeout: WAIT }).toBe('change-current');
    await page.keyboard.type('not my password');
    await page.locator('[data-testid="change-new"]').fill('Synthetic viewer phrase 2');
    await page.locator('[data-testid="change-again"]').fill('Synthetic viewer phrase 2');
    await page.keyboard.press('Enter');
    await expect.poll(() => text(page, 'change-status'), { timeout: WAIT }).toBe('The current password is wrong.');

    await page.locator('[data-testid="change-current"]').fill(VIEWER.password);
    await page.locator('[data-testid="change-submit"]').click();
    await page.waitForSelector('[data-testid="change-done"]', { timeout: WAIT });
    VIEWER.password = 'Synthetic viewer phrase 2';
    await page.locator('[data-testid="change-password-close"]').click();
    await page.waitForSelector('[data-testid="change-password"]', { state: 'detached', timeout: WAIT });

    // This session goes on; the other one is over at its next call.
    await typeSearch(page, 'Hun Manet');
    await other.locator('[data-testid="search-input"]').fill('Hun Manet');
    await other.waitForSelector('.auth-page.over [data-testid="sign-in"]', { timeout: WAIT });
    await signInAs(other, VIEWER.name, VIEWER.password);
    await other.waitForSelector('.auth-page.over', { state: 'detached', timeout: WAIT });
    await waitForApp(other);
    expect(await text(other, 'account-name')).toBe(VIEWER.name);
  });

  it('shows "local" and asks for no sign-in when authentication is off', async () => {
    const local = await startAuthApp({ auth: 'off' });
    try {
      const { page } = await newPage();
      await page.goto(local.baseUrl, { waitUntil: 'domcontentloaded' });
      await waitForApp(page);
      expect(await text(page, 'account-name')).toBe('local');
      expect(await shown(page, '[data-testid="account-button"]')).toBe(false);
      await page.locator('[data-testid="queries-toggle"]').click();
      await page.waitForSelector('[data-testid="tab-editor"]', { state: 'visible', timeout: WAIT });
    } finally {
      await local.close();
    }
    expect(pageErrors).toEqual([]);
  });
});
