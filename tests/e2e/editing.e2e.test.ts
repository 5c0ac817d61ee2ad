// End to end, AUTH off as the local admin with review off: a source, an allegation against a synthetic entity and a
// denial recorded through the forms, the denial shown beside the allegation, a stale edit's 409 shown as a diff, a link's
// standing and sources edited from its panel, and an entity deleted and brought back by a revert.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/run.ts';
import { testDb } from '../support/db.ts';
import { loadReplyFixture, removeReplyFixture, REPLY_DATASET, REPLY_IDS } from '../support/synthetic-reply.ts';
import { closeApp, openApp, openPage, type TestApp } from './session.ts';
import { WAIT, waitForIdle, waitForNode } from './helpers.ts';
import { fill, form, openNew, outcome, pick, shownNode, submitAndWait } from './edit-steps.ts';

let app: TestApp;
let browser: Browser;
let db: Db;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  db = testDb();
  await loadReplyFixture(db);
  ({ app, browser } = await openApp());
}, 120_000);
afterAll(async () => {
  await closeApp(app, browser);
  // Everything the forms created lives in the fixture's dataset and goes with it.
  await removeReplyFixture(db);
  await db.driver.close();
});
// A 400 and a 409 are provoked on purpose; the browser logs them as failed resources.
beforeEach(async () => { ({ context, page, pageErrors } = await openPage(browser, app.baseUrl, { ignoreConsole: /status of 40[09]/ })); });
afterEach(async () => { await context?.close(); });

async function openEntity(id: string): Promise<void> {
  await page.goto(`${app.baseUrl}/?datasets=cambodia-crackdown,${REPLY_DATASET}&entity=${id}`, { waitUntil: 'domcontentloaded' });
  await waitForNode(page, id);
  await page.waitForSelector(`[data-testid="side-panel"][data-shown="node:${id}"]`, { timeout: WAIT });
  await waitForIdle(page);
}

const panel = () => page.locator('[data-testid="side-panel"]');
const SOURCE_TITLE = 'Synthetic Gazette Epsilon report on test affairs';

describe('editing the evidence from the page', () => {
  it('creates a source, an allegation against a synthetic minister, and a denial shown beside it', async () => {
    await openEntity(REPLY_IDS.minister);

    // A new source from the toolbar.
    await openNew(page, 'new-source');
    const source = form(page, 'form-new-source');
    await fill(source, {
      dataset: REPLY_DATASET, title: SOURCE_TITLE, publisher: 'Synthetic Gazette Epsilon', author: 'Synthetic desk', publishedOn: '2032-04-01',
      kind: 'report', url: 'https://example.invalid/epsilon', reliability: 'C', reliabilityNote: 'Synthetic: an invented paper, graded C.',
      description: 'An invented report for the editing e2e test.', comment: 'Add the report the allegation rests on.',
    });
    expect((await submitAndWait(page, source)).status, await outcome(source)).toBe('applied');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog[open]').count(), { timeout: WAIT }).toBe(0);

    // A new allegation against the minister, from the panel; made by the synthetic watchdog, cited in the new source.
    await panel().locator('[data-testid="allegation-against"]').click();
    const claim = form(page, 'form-new-allegation');
    expect(await claim.locator('[data-testid="edit-against-input"]').inputValue()).toBe('Synthetic Minister Alpha');
    await fill(claim, {
      dataset: REPLY_DATASET, name: 'Synthetic claim: the minister took test fees',
      summary: 'Synthetic Watchdog Beta alleges that Synthetic Minister Alpha took fees for test permits. Invented for the test.',
      category: 'corruption', assertedOn: '2032-04-01', credibility: '4', credibilityNote: 'Synthetic grade.',
      note: 'The report makes the claim (synthetic).', comment: 'Record the claim the Epsilon report makes.',
    });
    await pick(page, 'madeBy', 'Synthetic Watchdog', REPLY_IDS.watchdog);
    await pick(page, 'source-pick', 'Synthetic Gazette Epsilon', await sourceIdByTitle(SOURCE_TITLE));
    expect((await submitAndWait(page, claim)).status, await outcome(claim)).toBe('applied');
    await page.keyboard.press('Escape');
    // The new allegation comes onto the canvas, selected, linked to the minister.
    const allegation = await shownNode(page, 'al-', REPLY_IDS.minister);
    await waitForNode(page, allegation);
    await expect.poll(() => panel().locator('[data-testid="panel-responses"] [data-testid="no-response"]').count(), { timeout: WAIT }).toBe(1);

    // The minister's denial, recorded from the allegation's panel, shows beside it.
    await panel().locator('[data-testid="response-open"]').click();
    const reply = form(page, 'form-response');
    await pick(page, 'by', 'Synthetic Minister', REPLY_IDS.minister);
    await fill(reply, { stance: 'denies', on: '2032-04-03', summary: 'Synthetic Minister Alpha denies taking any fee.', comment: 'Record the minister\u2019s denial.' });
    await pick(page, 'source-pick', 'Synthetic Gazette Epsilon', await sourceIdByTitle(SOURCE_TITLE));
    expect((await submitAndWait(page, reply)).status, await outcome(reply)).toBe('applied');
    await page.keyboard.press('Escape');
    expect(await panel().getAttribute('data-shown')).toBe(`node:${allegation}`);
    const response = panel().locator('[data-testid="panel-responses"] [data-testid="response"]');
    await expect.poll(() => response.count(), { timeout: WAIT }).toBe(1);
    expect(await response.getAttribute('data-stance')).toBe('denies');
    expect(await response.locator('[data-testid="response-who"]').textContent()).toBe('by Synthetic Minister Alpha');
    expect(await response.locator('[data-testid="response-when"]').textContent()).toBe('on 2032-04-03');
    expect(await response.locator('[data-testid="response-sources"]').textContent()).toContain(SOURCE_TITLE);

    // The panel's history lists the creation with who, why and the fields.
    const history = panel().locator('[data-testid="panel-change-history"] [data-testid="change"]');
    await expect.poll(() => history.count(), { timeout: WAIT }).toBeGreaterThan(0);
    expect(await history.last().locator('[data-testid="change-comment"]').textContent()).toBe('Record the claim the Epsilon report makes.');
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it('shows what changed when an edit is stale, and re-applies it on the current version', async () => {
    await openEntity(REPLY_IDS.minister);
    await panel().locator('[data-testid="edit-open"]').click();
    const edit = form(page, 'form-edit');
    await edit.locator('[data-testid="field-description"]').waitFor({ timeout: WAIT });

    // Someone else changes the minister's description while the form is open.
    const version = await page.evaluate(async (id) => {
      const detail = await (await fetch(`/api/entities/${id}`)).json() as { node: { properties: { version?: number } } };
      return detail.node.properties.version ?? 0;
    }, REPLY_IDS.minister);
    const theirs = await page.evaluate(async ([id, v, dataset]) => (await fetch('/api/edits', {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ dataset, comment: 'A colleague fixes the description.', ops: [{ op: 'update', kind: 'entity', id, version: v, set: { description: 'An invented office-holder, as a colleague now words it.' } }] }),
    })).status, [REPLY_IDS.minister, version, REPLY_DATASET] as const);
    expect(theirs).toBe(201);

    await fill(edit, { description: 'An invented office-holder, as I word it.', comment: 'Reword the description.' });
    await edit.locator('[data-testid="edit-submit"]').click();
    const conflict = edit.locator('[data-testid="edit-conflict"]');
    await conflict.waitFor({ timeout: WAIT });
    const row = conflict.locator('[data-testid="conflict-row"][data-field="description"]');
    expect(await row.locator('.conflict-yours').textContent()).toBe('An invented office-holder, as I word it.');
    expect(await row.locator('.conflict-theirs').textContent()).toBe('An invented office-holder, as a colleague now words it.');
    expect(await conflict.textContent()).toContain('local');

    // Reload and re-apply: the same edit on the version the server has now.
    await conflict.locator('[data-testid="conflict-reapply"]').click();
    await edit.locator('[data-testid="edit-saved"]').waitFor({ timeout: WAIT });
    await page.keyboard.press('Escape');
    await expect.poll(() => panel().locator('.description').first().textContent(), { timeout: WAIT }).toBe('An invented office-holder, as I word it.');
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('checks a form with the contract before sending, and shows the server\u2019s 400 on the field it names', async () => {
    await openEntity(REPLY_IDS.denied);
    const posts: string[] = [];
    page.on('request', (r) => { if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/edits') posts.push(r.url()); });
    // Keyboard only: the button takes focus, Enter opens the form, Enter on Submit sends it.
    await panel().locator('[data-testid="status-open"]').focus();
    await page.keyboard.press('Enter');
    const status = form(page, 'form-status');
    await status.waitFor({ timeout: WAIT });
    await status.locator('[data-testid="edit-submit"]').focus();
    await page.keyboard.press('Enter');
    for (const name of ['note', 'comment', 'source']) {
      await expect.poll(() => status.locator(`[data-testid="field-error-${name}"]`).isVisible(), { timeout: WAIT }).toBe(true);
    }
    expect(posts).toEqual([]);

    // A move the lifecycle forbids (denied cannot become convicted without a charge): only the server knows the
    // allegation's status now, and its 400 lands on the "New status" field.
    await fill(status, { to: 'convicted', note: 'A synthetic verdict.', comment: 'Try a forbidden move.' });
    await pick(page, 'source-pick', 'Synthetic Watchdog Beta report', 'src-syn-watchdog-report');
    await status.locator('[data-testid="edit-submit"]').click();
    const toError = status.locator('[data-testid="field-error-to"]');
    await expect.poll(() => toError.isVisible(), { timeout: WAIT }).toBe(true);
    expect(await toError.textContent()).toMatch(/denied cannot move to convicted/);
    expect(posts).toHaveLength(1);
    expect(await status.locator('[data-testid="field-to"]').getAttribute('aria-invalid')).toBe('true');

    // Esc closes the form; nothing changed.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog[open]').count(), { timeout: WAIT }).toBe(0);
    expect(await panel().locator('[data-testid="allegation-status"]').getAttribute('data-status')).toBe('denied');
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('connects two nodes with a sourced relationship of a vocabulary type', async () => {
    await openEntity(REPLY_IDS.minister);
    await panel().locator('[data-testid="connect-open"]').click();
    const connect = form(page, 'form-connect');
    expect(await connect.locator('[data-testid="edit-from-input"]').inputValue()).toBe('Synthetic Minister Alpha');
    // Only factual types are offered: allegation structure is made by the allegation forms.
    const types = await connect.locator('[data-testid="field-type"] option').evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
    expect(types).toContain('MEMBER_OF');
    expect(types).not.toContain('AGAINST');
    await pick(page, 'to', 'Synthetic Ministry', 'syn-ministry-gamma');
    await fill(connect, { type: 'MEMBER_OF', dataset: REPLY_DATASET, comment: 'The report names him as the ministry\u2019s head.' });
    await pick(page, 'source-pick', 'Synthetic Watchdog Beta report', 'src-syn-watchdog-report');
    expect((await submitAndWait(page, connect)).status, await outcome(connect)).toBe('applied');
    const edges = await page.evaluate(async ([id, dataset]) => {
      const n = await (await fetch(`/api/entities/${id}/neighbourhood?limit=100&datasets=${dataset}`)).json() as { edges: Array<{ type: string; source: string; target: string; sources: string[] }> };
      return n.edges.filter((e) => e.type === 'MEMBER_OF');
    }, [REPLY_IDS.minister, REPLY_DATASET] as const);
    expect(edges).toEqual([expect.objectContaining({ source: REPLY_IDS.minister, target: 'syn-ministry-gamma', sources: ['src-syn-watchdog-report'] })]);
    // The new link is drawn on the canvas, with its other end.
    await page.waitForFunction(([a, b]) => (window.__cy?.edges().filter((e) => e.source().id() === a && e.target().id() === b && e.data('type') === 'MEMBER_OF').length ?? 0) === 1,
      [REPLY_IDS.minister, 'syn-ministry-gamma'] as const, { timeout: WAIT });
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('lists the changes on the Changes page, filters them, and exports what is shown as CSV and JSON lines', async () => {
    await openEntity(REPLY_IDS.minister);
    await page.locator('[data-testid="nav-changes"]').click();
    const changesPage = page.locator('[data-testid="changes-page"]');
    await changesPage.waitFor({ state: 'visible', timeout: WAIT });
    const entries = changesPage.locator('[data-testid="change"]');
    // The tests before made six changes: source, allegation, denial, the colleague's edit, the re-applied edit, the link.
    await expect.poll(() => entries.count(), { timeout: WAIT }).toBeGreaterThanOrEqual(6);
    expect(await entries.first().locator('[data-testid="change-comment"]').textContent()).toBe('The report names him as the ministry\u2019s head.');

    // A filter no change matches, then one that matches all, typed and submitted with Enter.
    await changesPage.locator('[data-testid="feed-user"]').fill('nobody-synthetic');
    await page.keyboard.press('Enter');
    await expect.poll(() => changesPage.locator('[data-testid="feed-status"]').textContent(), { timeout: WAIT }).toBe('No change matches these filters.');
    await changesPage.locator('[data-testid="feed-user"]').fill('');
    await changesPage.locator('[data-testid="feed-dataset"]').fill(REPLY_DATASET);
    await page.keyboard.press('Enter');
    await expect.poll(() => entries.count(), { timeout: WAIT }).toBeGreaterThanOrEqual(6);

    const csvHref = await changesPage.locator('[data-testid="feed-export-csv"]').getAttribute('href');
    expect(csvHref).toContain(`dataset=${REPLY_DATASET}`);
    const exported = await page.evaluate(async (hrefs) => Promise.all(hrefs.map(async (href) => (await fetch(href)).text())),
      [csvHref ?? '', (await changesPage.locator('[data-testid="feed-export-jsonl"]').getAttribute('href')) ?? '']);
    expect(exported[0]).toContain('Record the claim the Epsilon report makes.');
    const lines = exported[1]!.trim().split('\n').map((l) => JSON.parse(l) as { comment: string });
    expect(lines.map((l) => l.comment)).toContain('Reword the description.');

    // Esc goes back to the graph.
    await page.keyboard.press('Escape');
    await changesPage.waitFor({ state: 'hidden', timeout: WAIT });
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('edits a link\u2019s standing and sources from its panel: a link left without a source is refused on that field, a stale edit re-applied', async () => {
    await openEntity(REPLY_IDS.minister);
    const link = `LEADS:${REPLY_IDS.minister}:syn-ministry-gamma`;
    await page.waitForFunction((id) => (window.__cy?.getElementById(id).length ?? 0) > 0, link, { timeout: WAIT });
    await page.evaluate((id) => { window.__cy?.getElementById(id).select(); }, link);
    await page.waitForSelector(`[data-testid="side-panel"][data-shown="edge:${link}"]`, { timeout: WAIT });

    // Keyboard: the panel's Edit button takes focus and Enter opens the form.
    await panel().locator('[data-testid="edit-link-open"]').focus();
    await page.keyboard.press('Enter');
    const edit = form(page, 'form-edit-link');
    await edit.waitFor({ timeout: WAIT });
    expect(await edit.locator('[data-testid="field-role"]').inputValue()).toBe('Synthetic Minister');

    // Every source dropped: the server's 400 lands on the sources field, and nothing is written.
    await edit.locator('[data-testid="link-source"]').uncheck();
    await fill(edit, { comment: 'Drop the only source.' });
    await edit.locator('[data-testid="edit-submit"]').click();
    const sourcesError = edit.locator('[data-testid="field-error-sources"]');
    await expect.poll(() => sourcesError.isVisible(), { timeout: WAIT }).toBe(true);
    expect(await sourcesError.textContent()).toMatch(/sources/);

    // A colleague notes something on the link meanwhile (through the API, at the version the form read).
    const theirs = await page.evaluate(async ([id, dataset]) => (await fetch('/api/edits', {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ dataset, comment: 'A colleague notes the link.', ops: [{ op: 'update', kind: 'relationship', id, version: 0, set: { properties: { role: 'Synthetic Minister', note: 'A colleague\u2019s note.' } } }] }),
    })).status, [link, REPLY_DATASET] as const);
    expect(theirs).toBe(201);

    // The source kept, the ministry's statement added, and the standing made established.
    await edit.locator('[data-testid="link-source"]').check();
    await fill(edit, { status: 'established', note: 'Synthetic: the ministry confirms it.', comment: 'The ministry\u2019s statement confirms who leads it.' });
    await pick(page, 'source-pick', 'Synthetic Ministry Gamma statement', 'src-syn-ministry-statement');
    // Stale: the 409 shows what the colleague changed, as for a node; "Reload and re-apply" saves on the current version.
    await edit.locator('[data-testid="edit-submit"]').click();
    const conflict = edit.locator('[data-testid="edit-conflict"]');
    await conflict.waitFor({ timeout: WAIT });
    expect(await conflict.locator('[data-testid="conflict-row"][data-field="properties"] .conflict-theirs').textContent()).toContain('A colleague\u2019s note.');
    await conflict.locator('[data-testid="conflict-reapply"]').click();
    const saved = edit.locator('[data-testid="edit-saved"]');
    await saved.waitFor({ timeout: WAIT });
    expect(await saved.getAttribute('data-status'), await outcome(edit)).toBe('applied');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog[open]').count(), { timeout: WAIT }).toBe(0);

    const edges = await page.evaluate(async ([id, dataset]) => {
      const n = await (await fetch(`/api/entities/${id}/neighbourhood?limit=100&datasets=${dataset}`)).json() as { edges: Array<{ type: string; status?: string; sources: string[]; properties: Record<string, unknown> }> };
      return n.edges.filter((e) => e.type === 'LEADS');
    }, [REPLY_IDS.minister, REPLY_DATASET] as const);
    expect(edges).toEqual([expect.objectContaining({ status: 'established', sources: ['src-syn-watchdog-report', 'src-syn-ministry-statement'] })]);
    expect(edges[0]!.properties).toMatchObject({ role: 'Synthetic Minister', note: 'Synthetic: the ministry confirms it.', version: 2 });
    // The panel reads the link again.
    await expect.poll(() => panel().locator('[data-testid="edge-status"]').textContent(), { timeout: WAIT }).toBe('established');
    expect(pageErrors).toEqual([]);
  }, 90_000);

  it('deletes an unlinked entity after a confirm step, lists the delete in Changes, and a revert brings it back', async () => {
    const bystander = 'syn-bystander-epsilon';
    const NAME = 'Synthetic Bystander Epsilon';
    const searchHits = (): Promise<number> => page.evaluate(async ([q, dataset]) => {
      const body = await (await fetch(`/api/search?q=${encodeURIComponent(q)}&datasets=${dataset}&limit=5`)).json() as { hits: Array<{ node: { name: string } }> };
      return body.hits.filter((h) => h.node.name === q).length;
    }, [NAME, REPLY_DATASET] as const);

    // A linked entity cannot go: the server's refusal is shown on the form's confirm step.
    await openEntity(REPLY_IDS.minister);
    await panel().locator('[data-testid="delete-open"]').click();
    const refused = form(page, 'form-delete');
    expect(await refused.textContent()).toContain('It leaves the published graph; its history keeps it and a reviewer can revert it.');
    await refused.locator('[data-testid="field-confirm"]').check();
    await fill(refused, { comment: 'Try to delete a linked entity.' });
    await refused.locator('[data-testid="edit-submit"]').click();
    const linked = refused.locator('[data-testid="field-error-confirm"]');
    await expect.poll(() => linked.isVisible(), { timeout: WAIT }).toBe(true);
    expect(await linked.textContent()).toMatch(/still linked/);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog[open]').count(), { timeout: WAIT }).toBe(0);

    // An entity nothing links to, written through the API.
    const created = await page.evaluate(async ([id, name, dataset]) => (await fetch('/api/edits', {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ dataset, comment: 'A synthetic bystander to delete.', ops: [{ op: 'create', kind: 'entity', record: {
        id, type: 'Person', name, aliases: [], description: 'Invented for the delete test.', sources: ['src-syn-watchdog-report'], named: true, properties: {},
      } }] }),
    })).status, [bystander, NAME, REPLY_DATASET] as const);
    expect(created).toBe(201);
    await expect.poll(searchHits, { timeout: WAIT }).toBe(1);
    await openEntity(bystander);

    const posts: string[] = [];
    page.on('request', (r) => { if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/edits') posts.push(r.url()); });
    await panel().locator('[data-testid="delete-open"]').click();
    const del = form(page, 'form-delete');
    await fill(del, { comment: 'The bystander was never in the report.' });
    // Not confirmed: the form says so and sends nothing.
    await del.locator('[data-testid="edit-submit"]').click();
    await expect.poll(() => del.locator('[data-testid="field-error-confirm"]').isVisible(), { timeout: WAIT }).toBe(true);
    expect(posts).toEqual([]);
    await del.locator('[data-testid="field-confirm"]').check();
    const { status, change } = await submitAndWait(page, del);
    expect(status, await outcome(del)).toBe('applied');
    await page.keyboard.press('Escape');

    // Gone from the canvas and from search.
    await page.waitForFunction((id) => (window.__cy?.getElementById(id).length ?? 1) === 0, bystander, { timeout: WAIT });
    await expect.poll(searchHits, { timeout: WAIT }).toBe(0);

    // The Changes feed lists the delete first; a revert from there brings the entity back.
    await page.locator('[data-testid="nav-changes"]').click();
    const entry = page.locator(`[data-testid="changes-page"] [data-testid="change"][data-change="${change}"]`);
    await entry.waitFor({ timeout: WAIT });
    expect(await entry.locator('[data-testid="change-comment"]').textContent()).toBe('The bystander was never in the report.');
    expect(await entry.locator(`[data-testid="change-item"][data-element="${bystander}"]`).count()).toBe(1);
    await entry.locator('[data-testid="revert-open"]').click();
    await entry.locator('[data-testid="field-comment"]').fill('The bystander is in the report after all.');
    await entry.locator('[data-testid="revert-submit"]').click();
    await expect.poll(searchHits, { timeout: WAIT }).toBe(1);
    const back = await page.evaluate(async (id) => (await fetch(`/api/entities/${id}`)).status, bystander);
    expect(back).toBe(200);
    expect(pageErrors).toEqual([]);
  }, 120_000);
});

/** The id the server gave the new source (forms mint ids; the test finds it by title, as the picker does). */
async function sourceIdByTitle(title: string): Promise<string> {
  return page.evaluate(async ([t, dataset]) => {
    const body = await (await fetch(`/api/search?q=${encodeURIComponent(t)}&datasets=${dataset}&limit=5`)).json() as { hits: Array<{ node: { id: string; name: string; type: string } }> };
    const hit = body.hits.find((h) => h.node.type === 'Source' && h.node.name === t);
    if (!hit) throw new Error(`no source titled ${t} found by search`);
    return hit.node.id;
  }, [title, REPLY_DATASET] as const);
}
