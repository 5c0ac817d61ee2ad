// The whole story of issue 12, as a new team would live it, in Chromium with sign-in ON and a team store of its own:
// the admin sets the password from the printed link and creates an editor, a reviewer and a viewer; the editor proposes
// an allegation against a synthetic minister with its new source, and the reviewer approves it from the diff; the editor
// records the minister's denial, approved too; a viewer sees the allegation with its denial and no edit control; the
// history shows who did what, and a revert restores the earlier wording; a guest link shows the published view only;
// and nobody approves their own proposal.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/run.ts';
import { launchBrowser } from '../support/browser.ts';
import { testDb } from '../support/db.ts';
import { loadReplyFixture, removeReplyFixture, REPLY_DATASET, REPLY_IDS } from '../support/synthetic-reply.ts';
import { addAccountInTeam, openTeam, shown, signInAs, startAuthApp, waitForApp, type AuthApp } from './accounts-app.ts';
import { WAIT, waitForIdle, waitForNode } from './helpers.ts';
import { fill, form, outcome, pick, submitAndWait } from './edit-steps.ts';

const ADMIN_PASSWORD = 'Synthetic admin phrase 1';
const EDITOR = { name: 'eddie', password: 'Synthetic editor phrase' };
const REVIEWER = { name: 'rita', password: 'Synthetic reviewer phrase' };
const VIEWER = { name: 'vic', password: 'Synthetic viewer phrase' };
const SOURCE_TITLE = 'Synthetic Courier Zeta on test permits';
const SUMMARY = 'Synthetic Watchdog Beta alleges that Synthetic Minister Alpha sold test permits. Invented for the test.';
const REWORDED = 'Synthetic Watchdog Beta alleges, in other words, that Synthetic Minister Alpha sold test permits. Invented.';

let app: AuthApp;
let browser: Browser;
let db: Db;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];
let admin: Page;
let editor: Page;
let reviewer: Page;
let reviewerSignedIn = false;
let allegation = '';

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (err) => pageErrors.push(err.message));
  return page;
}

async function signedIn(who: { name: string; password: string }): Promise<Page> {
  const page = await newPage();
  await page.goto(app.baseUrl, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('[data-testid="sign-in"]', { timeout: WAIT });
  await signInAs(page, who.name, who.password);
  await waitForApp(page);
  return page;
}

async function openEntity(page: Page, id: string): Promise<void> {
  await page.goto(`${app.baseUrl}/?datasets=${REPLY_DATASET}&entity=${id}`, { waitUntil: 'domcontentloaded' });
  await waitForApp(page);
  await waitForNode(page, id);
  await page.waitForSelector(`[data-testid="side-panel"][data-shown="node:${id}"]`, { timeout: WAIT });
  await waitForIdle(page);
}

const panel = (page: Page) => page.locator('[data-testid="side-panel"]');
const inPage = <T>(page: Page, path: string): Promise<{ status: number; body: T }> =>
  page.evaluate(async (p) => { const r = await fetch(p); return { status: r.status, body: await r.json() as T }; }, path);

/** The reviewer approves the one waiting proposal from the Review page, after reading its diff; returns the change. */
async function approveOnly(comment: string): Promise<{ items: string[] }> {
  if (!reviewerSignedIn) {
    reviewer = await signedIn(REVIEWER);
    reviewerSignedIn = true;
  }
  await reviewer.goto(`${app.baseUrl}/?datasets=${REPLY_DATASET}`, { waitUntil: 'domcontentloaded' });
  await waitForApp(reviewer);
  await expect.poll(() => reviewer.locator('[data-testid="proposal-badge"]').textContent(), { timeout: WAIT }).toBe('1');
  await reviewer.locator('[data-testid="nav-review"]').click();
  const proposal = reviewer.locator('[data-testid="review-page"] [data-testid="change"]');
  await expect.poll(() => proposal.count(), { timeout: WAIT }).toBe(1);
  expect(await proposal.locator('[data-testid="change-who"]').textContent()).toBe(EDITOR.name);
  expect(await proposal.locator('[data-testid="diff-row"]').count()).toBeGreaterThan(0);
  const items = await proposal.locator('[data-testid="change-item"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-element') ?? ''));
  // A decision needs a comment: without one the field says so and nothing is sent.
  await proposal.locator('[data-testid="approve"]').click();
  await expect.poll(() => proposal.locator('[data-testid="field-error-comment"]').isVisible(), { timeout: WAIT }).toBe(true);
  await proposal.locator('[data-testid="field-comment"]').fill(comment);
  await proposal.locator('[data-testid="approve"]').click();
  await expect.poll(() => reviewer.locator('[data-testid="review-page"] [data-testid="change"]').count(), { timeout: WAIT }).toBe(0);
  return { items };
}

beforeAll(async () => {
  db = testDb();
  await loadReplyFixture(db);
  app = await startAuthApp();
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await app?.close();
  await removeReplyFixture(db);
  await db.driver.close();
});

describe('the team story (issue 12)', () => {
  it('1. the admin sets the password from the printed link and creates an editor, a reviewer and a viewer', async () => {
    admin = await newPage();
    await admin.goto(app.firstAdminLink(), { waitUntil: 'domcontentloaded' });
    await admin.waitForSelector('[data-testid="setup"]', { timeout: WAIT });
    await admin.locator('[data-testid="setup-new"]').fill(ADMIN_PASSWORD);
    await admin.locator('[data-testid="setup-again"]').fill(ADMIN_PASSWORD);
    await admin.keyboard.press('Enter');
    await waitForApp(admin);
    await openTeam(admin);
    await addAccountInTeam(admin, EDITOR.name, 'editor', EDITOR.password);
    await addAccountInTeam(admin, REVIEWER.name, 'reviewer', REVIEWER.password);
    await addAccountInTeam(admin, VIEWER.name, 'viewer', VIEWER.password);
    await admin.locator('[data-testid="team-close"]').click();
    // With a second account, review is on by default for the dataset; the admin can turn it off (solo work, classes) and on.
    await admin.goto(`${app.baseUrl}/?datasets=${REPLY_DATASET}&page=review`, { waitUntil: 'domcontentloaded' });
    await waitForApp(admin);
    const toggle = admin.locator(`[data-testid="review-on"][data-dataset="${REPLY_DATASET}"]`);
    await expect.poll(() => toggle.isChecked().catch(() => false), { timeout: WAIT }).toBe(true);
    const setting = async () => (await inPage<{ on: boolean; source: string }>(admin, `/api/datasets/${REPLY_DATASET}/review`)).body;
    expect(await setting()).toEqual(expect.objectContaining({ on: true, source: 'default' }));
    await toggle.uncheck();
    await expect.poll(setting, { timeout: WAIT }).toEqual(expect.objectContaining({ on: false, source: 'set' }));
    await toggle.check();
    await expect.poll(setting, { timeout: WAIT }).toEqual(expect.objectContaining({ on: true, source: 'set' }));
  }, 120_000);

  it('2–3. the editor proposes an allegation with its new source; the reviewer reads the diff and approves it', async () => {
    editor = await signedIn(EDITOR);
    await openEntity(editor, REPLY_IDS.minister);
    // An editor proposes; reviewing is not theirs.
    expect(await shown(editor, '[data-testid="nav-review"]')).toBe(true);
    await panel(editor).locator('[data-testid="allegation-against"]').click();
    const claim = form(editor, 'form-new-allegation');
    await fill(claim, {
      dataset: REPLY_DATASET, name: 'Synthetic claim: the minister sold test permits', summary: SUMMARY,
      category: 'corruption', assertedOn: '2032-05-01', credibility: '4', credibilityNote: 'Synthetic grade.',
      note: 'The courier makes the claim (synthetic).', comment: 'The Zeta courier reports the claim.',
    });
    await pick(editor, 'madeBy', 'Synthetic Watchdog', REPLY_IDS.watchdog);
    await claim.locator('[data-testid="source-new"]').check();
    await fill(claim, {
      'source.title': SOURCE_TITLE, 'source.publisher': 'Synthetic Courier Zeta', 'source.author': 'Synthetic desk', 'source.publishedOn': '2032-05-01',
      'source.kind': 'article', 'source.reliability': 'C', 'source.reliabilityNote': 'Synthetic: an invented paper.', 'source.description': 'An invented article for the story test.',
    });
    const saved = await submitAndWait(editor, claim);
    expect(saved.status, await outcome(claim)).toBe('proposed');
    expect(await claim.locator('[data-testid="edit-saved"]').textContent()).toContain('Proposed — waiting for review');
    await editor.keyboard.press('Escape');

    const { items } = await approveOnly('Checked the courier article: the claim is reported as worded.');
    allegation = items.find((id) => id.startsWith('al-')) ?? '';
    expect(allegation).not.toBe('');
    const published = await inPage<{ node: { description: string } }>(reviewer, `/api/entities/${allegation}`);
    expect(published.body.node.description).toBe(SUMMARY);
  }, 180_000);

  it('2–3. the editor records the minister’s denial, and the reviewer approves it', async () => {
    await openEntity(editor, allegation);
    await panel(editor).locator('[data-testid="response-open"]').click();
    const reply = form(editor, 'form-response');
    await pick(editor, 'by', 'Synthetic Minister', REPLY_IDS.minister);
    await fill(reply, { stance: 'denies', on: '2032-05-04', summary: 'Synthetic Minister Alpha denies selling any permit.', comment: 'The minister\u2019s denial, as the courier reports it.' });
    const sourceId = (await inPage<{ hits: Array<{ node: { id: string; name: string } }> }>(editor, `/api/search?q=${encodeURIComponent(SOURCE_TITLE)}&datasets=${REPLY_DATASET}`))
      .body.hits.find((h) => h.node.name === SOURCE_TITLE)?.node.id ?? '';
    await pick(editor, 'source-pick', 'Synthetic Courier Zeta', sourceId);
    expect((await submitAndWait(editor, reply)).status, await outcome(reply)).toBe('proposed');
    await editor.keyboard.press('Escape');
    await approveOnly('The denial is in the same article.');
  }, 180_000);

  it('4. a viewer sees the allegation with its denial, and no edit control', async () => {
    const viewer = await signedIn(VIEWER);
    await openEntity(viewer, allegation);
    const response = panel(viewer).locator('[data-testid="panel-responses"] [data-testid="response"]');
    await expect.poll(() => response.count(), { timeout: WAIT }).toBe(1);
    expect(await response.getAttribute('data-stance')).toBe('denies');
    expect(await response.locator('[data-testid="response-who"]').textContent()).toBe('by Synthetic Minister Alpha');
    for (const control of ['edit-actions', 'edit-open', 'response-open', 'edit-menu', 'new-source', 'new-allegation', 'connect', 'nav-review']) {
      expect(await shown(viewer, `[data-testid="${control}"]`), control).toBe(false);
    }
    expect((await inPage(viewer, '/api/proposals')).status).toBe(403);
  }, 120_000);

  it('5. the history shows who did what, and a revert restores the earlier wording', async () => {
    // The editor rewords the summary; the reviewer approves.
    await openEntity(editor, allegation);
    await panel(editor).locator('[data-testid="edit-open"]').click();
    const edit = form(editor, 'form-edit');
    await fill(edit, { summary: REWORDED, comment: 'Tighter wording.' });
    expect((await submitAndWait(editor, edit)).status, await outcome(edit)).toBe('proposed');
    await editor.keyboard.press('Escape');
    await approveOnly('Fine.');

    await openEntity(reviewer, allegation);
    const history = panel(reviewer).locator('[data-testid="panel-change-history"] [data-testid="change"]');
    await expect.poll(() => history.count(), { timeout: WAIT }).toBe(2);
    // Newest first: the rewording, then the creation; each by the editor, approved by the reviewer.
    expect(await history.nth(0).locator('[data-testid="change-who"]').textContent()).toBe(EDITOR.name);
    expect(await history.nth(0).locator('[data-testid="change-comment"]').textContent()).toBe('Tighter wording.');
    expect(await history.nth(0).locator('[data-testid="change-review"]').textContent()).toContain(`Approved by ${REVIEWER.name}`);
    expect(await history.nth(0).locator('[data-testid="diff-row"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')))).toContain('summary');
    expect(await history.nth(1).locator('[data-testid="change-comment"]').textContent()).toBe('The Zeta courier reports the claim.');

    await history.nth(0).locator('[data-testid="revert-open"]').click();
    await history.nth(0).locator('[data-testid="field-comment"]').fill('Back to the words of the article.');
    await history.nth(0).locator('[data-testid="revert-submit"]').click();
    await expect.poll(async () => (await inPage<{ node: { description: string } }>(reviewer, `/api/entities/${allegation}`)).body.node.description, { timeout: WAIT }).toBe(SUMMARY);
    // The revert is itself a recorded change, by the reviewer.
    await expect.poll(() => history.count(), { timeout: WAIT }).toBe(3);
    expect(await history.nth(0).locator('[data-testid="change-who"]').textContent()).toBe(REVIEWER.name);
    expect(await history.nth(0).locator('[data-testid="change-reverts"]').count()).toBe(1);
  }, 180_000);

  it('6. a guest link shows the published view and nothing else', async () => {
    const created = await admin.evaluate(async (dataset) => {
      const r = await fetch('/api/guest-links', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ label: 'Synthetic Class 2', datasets: [dataset], tours: [] }) });
      return { status: r.status, body: await r.json() as { url: string } };
    }, REPLY_DATASET);
    expect(created.status).toBe(201);
    // A proposal left waiting must not reach the guest.
    await openEntity(editor, REPLY_IDS.minister);
    await panel(editor).locator('[data-testid="edit-open"]').click();
    const edit = form(editor, 'form-edit');
    await fill(edit, { description: 'A wording still waiting for review.', comment: 'Pending on purpose.' });
    expect((await submitAndWait(editor, edit)).status, await outcome(edit)).toBe('proposed');

    const guest = await newPage();
    await guest.goto(created.body.url, { waitUntil: 'domcontentloaded' });
    await waitForApp(guest);
    expect(await guest.locator('[data-testid="guest-banner"]').textContent()).toContain('Guest view — read only');
    await openEntity(guest, allegation);
    const response = panel(guest).locator('[data-testid="panel-responses"] [data-testid="response"]');
    await expect.poll(() => response.count(), { timeout: WAIT }).toBe(1);
    for (const control of ['edit-actions', 'panel-change-history', 'edit-menu', 'new-source', 'connect', 'nav-review', 'nav-changes']) {
      expect(await shown(guest, `[data-testid="${control}"]`), control).toBe(false);
    }
    expect((await inPage(guest, '/api/proposals')).status).toBe(403);
    const cypher = await guest.evaluate(async () => (await fetch('/api/cypher', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ cypher: 'MATCH (n) RETURN n LIMIT 1' }) })).status);
    expect(cypher).toBe(403);
    const minister = await inPage<{ node: { description: string } }>(guest, `/api/entities/${REPLY_IDS.minister}`);
    expect(minister.body.node.description).not.toBe('A wording still waiting for review.');
  }, 180_000);

  it('four eyes: a proposal\u2019s author, made reviewer, sees no Approve on it and the server refuses a self-approval; another reviewer rejects it', async () => {
    const promoted = await admin.evaluate(async (name) => {
      const list = await (await fetch('/api/accounts')).json() as { accounts: Array<{ id: string; name: string }> };
      const id = list.accounts.find((a) => a.name === name)?.id ?? '';
      return (await fetch(`/api/accounts/${id}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'reviewer' }) })).status;
    }, EDITOR.name);
    expect(promoted).toBe(200);
    await editor.goto(`${app.baseUrl}/?datasets=${REPLY_DATASET}&page=review`, { waitUntil: 'domcontentloaded' });
    await waitForApp(editor);
    const own = editor.locator('[data-testid="review-page"] [data-testid="change"]');
    await expect.poll(() => own.count(), { timeout: WAIT }).toBe(1);
    expect(await own.locator('[data-testid="own-proposal"]').count()).toBe(1);
    expect(await own.locator('[data-testid="approve"]').count()).toBe(0);
    const id = (await own.getAttribute('data-change')) ?? '';
    const refused = await editor.evaluate(async (change) => {
      const r = await fetch(`/api/proposals/${change}/approve`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ comment: 'Looks fine to me.' }) });
      return { status: r.status, body: await r.json() as { error: { message: string } } };
    }, id);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/own proposal/);

    await reviewer.goto(`${app.baseUrl}/?datasets=${REPLY_DATASET}&page=review`, { waitUntil: 'domcontentloaded' });
    await waitForApp(reviewer);
    const waiting = reviewer.locator('[data-testid="review-page"] [data-testid="change"]');
    await expect.poll(() => waiting.count(), { timeout: WAIT }).toBe(1);
    await waiting.locator('[data-testid="field-comment"]').fill('Not what the article says.');
    await waiting.locator('[data-testid="reject"]').click();
    await expect.poll(() => waiting.count(), { timeout: WAIT }).toBe(0);
    const minister = await inPage<{ node: { description: string } }>(reviewer, `/api/entities/${REPLY_IDS.minister}`);
    expect(minister.body.node.description).not.toBe('A wording still waiting for review.');
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
