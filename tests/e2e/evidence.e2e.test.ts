// End to end: the right of reply on a synthetic fixture, a call for reform in link mode, and the date filter on undated allegations.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/run.ts';
import { testDb } from '../support/db.ts';
import { loadReplyFixture, removeReplyFixture, REPLY_DATASET, REPLY_IDS } from '../support/synthetic-reply.ts';
import { closeApp, openApp, openPage, type TestApp } from './session.ts';
import { WAIT, clickStripTool, waitForIdle, waitForNode } from './helpers.ts';

const SHOTS = path.resolve('docs/screenshots');
const REFORM = 'op-calls-for-reform';
const GOVERNMENT = 'pb-government-cambodia';
const ARTICLE = 'src-crackdown-analysis';

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
  // Other test files must see only the seed.
  await removeReplyFixture(db);
  await db.driver.close();
});
beforeEach(async () => { ({ context, page, pageErrors } = await openPage(browser, app.baseUrl)); });
afterEach(async () => { await context?.close(); });

/** Opens one entity by id (detail by id is not scoped), with the fixture's dataset in scope for whatever is. */
async function openEntity(id: string, datasets = `cambodia-crackdown,${REPLY_DATASET}`): Promise<void> {
  await page.goto(`${app.baseUrl}/?datasets=${datasets}&entity=${id}`, { waitUntil: 'domcontentloaded' });
  await waitForNode(page, id);
  await page.waitForSelector(`[data-testid="side-panel"][data-shown="node:${id}"]`, { timeout: WAIT });
  await waitForIdle(page);
}

const panel = () => page.locator('[data-testid="side-panel"]');

describe('denials and right of reply', () => {
  it('shows the denial beside a synthetic allegation, with who, when, stance and source, and says so where none is recorded', async () => {
    await openEntity(REPLY_IDS.denied);
    const responses = panel().locator('[data-testid="panel-responses"]');
    const reply = responses.locator('[data-testid="response"]');
    await expect.poll(() => reply.count(), { timeout: WAIT }).toBe(1);
    expect(await reply.getAttribute('data-stance')).toBe('denies');
    expect(await reply.locator('[data-testid="response-stance"]').textContent()).toBe('Denial');
    expect(await reply.locator('[data-testid="response-who"]').textContent()).toBe('by Synthetic Minister Alpha');
    expect(await reply.locator('[data-testid="response-when"]').textContent()).toBe('on 2031-03-05');
    expect(await reply.locator('[data-testid="response-sources"]').textContent()).toContain('Synthetic Ministry Gamma statement in reply');
    expect(await responses.locator('[data-testid="no-response"]').count()).toBe(0);

    await page.locator('[data-testid="legend"] .legend-toggle').click().catch(() => undefined);
    await page.mouse.move(2, 2);
    await responses.scrollIntoViewIfNeeded();
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'denials.png') });

    // Folded into a link, the denied accusation says in words that a denial is on record, and is drawn as contested.
    await clickStripTool(page, 'mode-links');
    const folded = `allegation:${REPLY_IDS.denied}:${REPLY_IDS.watchdog}:${REPLY_IDS.minister}`;
    await page.waitForFunction((id) => (window.__cy?.getElementById(id).length ?? 0) > 0, folded, { timeout: WAIT });
    const link = await page.evaluate((id) => {
      const e = window.__cy!.getElementById(id);
      return { label: String(e.data('label')), line: e.style('line-style'), answered: e.data('answered') };
    }, folded);
    expect(link).toEqual({ label: 'DENIED · corruption · denial on record', line: 'dotted', answered: 'denies' });
    expect(await page.locator('[data-testid="legend-links-answered"]').textContent()).toContain('Denied or disputed');

    await openEntity(REPLY_IDS.unanswered);
    await expect.poll(() => panel().locator('[data-testid="panel-responses"] [data-testid="no-response"]').textContent(), { timeout: WAIT })
      .toBe('No response recorded in the sources held.');
    expect(pageErrors).toEqual([]);
  }, 120_000);
});

describe('allegations as links', () => {
  it('draws the call for reform as the author calling on the government, not as an accusation, and the legend says so', async () => {
    await openEntity(REFORM, 'cambodia-crackdown');
    await waitForNode(page, GOVERNMENT);
    await clickStripTool(page, 'mode-links');
    const folded = `allegation:${REFORM}:per-analysis-author:${GOVERNMENT}`;
    await page.waitForFunction((id) => (window.__cy?.getElementById(id).length ?? 0) > 0, folded, { timeout: WAIT });
    const links = await page.evaluate((claim) => window.__cy!.edges('[?derived]').filter((e) => e.data('allegation') === claim)
      .map((e) => ({ label: String(e.data('label')), kind: e.data('kind'), accusation: e.data('allegationEdge'), arrow: e.style('target-arrow-shape') })), REFORM);
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(l).toEqual({ label: 'OPINION · calls on', kind: 'opinion', accusation: false, arrow: 'circle' });
    expect(await page.locator('[data-testid="legend-links-opinion"]').textContent()).toContain('Opinion or call, not an accusation');
    expect(pageErrors).toEqual([]);
  }, 120_000);
});

describe('the date filter on undated allegations', () => {
  it('says that none of the allegations in view is dated, and hides or shows them as the user chooses', async () => {
    await openEntity(ARTICLE, 'cambodia-crackdown');
    const claims = await page.evaluate(() => window.__cy!.nodes('[type = "Allegation"]').map((n) => n.id()));
    expect(claims.length).toBe(12);
    await clickStripTool(page, 'filters-tool');
    await expect.poll(() => page.locator('[data-testid="timeline-empty"]').textContent(), { timeout: WAIT })
      .toBe('None of the 12 allegations in view is dated: a date range cannot act on them.');
    const undated = page.locator('[data-testid="filter-undated"]');
    await undated.selectOption('hide');
    const faded = () => page.evaluate((ids) => ids.filter((id) => window.__cy!.getElementById(id).hasClass('flt-fade')).length, claims);
    await expect.poll(faded, { timeout: WAIT }).toBe(12);
    await page.locator('[data-testid="filter-undated"]').selectOption('show');
    await expect.poll(faded, { timeout: WAIT }).toBe(0);
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
