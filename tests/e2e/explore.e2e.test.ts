// End to end: a person searches, picks, expands and reads an allegation in a real browser, on the real API and seeded database.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { closeApp, openApp, openPage, type TestApp } from './session.ts';
import {
  clickNode, doubleClickNode, hasNode, nodeIds, positions, selectedIds, typeSearch, WAIT, waitForIdle, waitForNode,
} from './helpers.ts';

const AMNESTY = 'org-amnesty-international';
const COMPLICITY = 'al-gov-complicity';
const HUN_MANET = 'off-hun-manet';
const SCREENSHOT = path.resolve('docs/screenshots/explorer.png');

let app: TestApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];

beforeAll(async () => { ({ app, browser } = await openApp()); }, 120_000);
afterAll(() => closeApp(app, browser));
beforeEach(async () => { ({ context, page, pageErrors } = await openPage(browser, app.baseUrl)); });
afterEach(async () => { await context?.close(); });

describe('exploring the graph', () => {
  it('finds Amnesty International and reads its allegation of government complicity as alleged, with its source', async () => {
    await page.waitForSelector('[data-testid="health"][data-state="ok"]', { timeout: WAIT });
    // With Changes, Review, Duplicates and the account in the header too, the search keeps room to type at 1440 px,
    // and nothing overlaps (once the search was squeezed to nothing and the dataset chooser ran under Changes).
    const header = await page.evaluate(() => {
      const input = document.querySelector('.search-input')!.getBoundingClientRect();
      const search = document.querySelector('.app-header .search')!.getBoundingClientRect();
      const end = document.querySelector('.header-end')!.getBoundingClientRect();
      return { input: input.width, searchRight: search.right, endLeft: end.left };
    });
    expect(header.input).toBeGreaterThanOrEqual(180);
    expect(header.searchRight).toBeLessThanOrEqual(header.endLeft);

    await typeSearch(page, 'Amnesty');
    const hit = page.locator('[data-testid="search-result"]', { hasText: 'Amnesty International' }).first();
    expect(await hit.getAttribute('data-id')).toBe(AMNESTY);
    expect(await hit.locator('.type-badge').textContent()).toBe('Organisation');
    await hit.click();

    await waitForNode(page, AMNESTY);
    await waitForIdle(page);
    expect((await nodeIds(page)).length).toBeGreaterThan(1);
    expect(await selectedIds(page)).toEqual([AMNESTY]);
    await expect.poll(() => page.locator('[data-testid="panel-title"]').textContent(), { timeout: WAIT }).toBe('Amnesty International');

    // Page through Amnesty's neighbours until the allegation shows up; the seed puts it on the first page.
    for (let round = 0; round < 5 && !(await hasNode(page, COMPLICITY)); round += 1) {
      const expand = page.locator('[data-testid="expand-button"]');
      if (await expand.isDisabled()) break;
      await expand.click();
      await waitForIdle(page);
    }
    expect(await hasNode(page, COMPLICITY)).toBe(true);

    await clickNode(page, COMPLICITY);
    await page.waitForSelector(`[data-testid="side-panel"][data-shown="node:${COMPLICITY}"]`, { timeout: WAIT });
    expect(await selectedIds(page)).toEqual([COMPLICITY]);

    const panel = page.locator('[data-testid="side-panel"]');
    const status = panel.locator('[data-testid="allegation-status"]');
    expect(await status.getAttribute('data-status')).toBe('alleged');
    expect(await status.textContent()).toContain('ALLEGED');
    expect(await status.textContent()).toContain('Complicity / collusion');
    expect(await panel.locator('[data-testid="allegation-nature"]').textContent()).toMatch(/^Factual claim/);

    const article = panel.locator('[data-testid="panel-sources"] [data-testid="source-item"]', { hasText: 'Cambodia Cybercrime Crackdown' });
    await article.first().waitFor({ timeout: WAIT });
    expect(await article.first().textContent()).toMatch(/Reliability [A-F] — /);

    const parties = panel.locator('[data-testid="allegation-parties"]');
    await parties.waitFor({ timeout: WAIT });
    // The accuser may be known from Amnesty's expansion before the panel's own fetch brings the accused: wait for both.
    await expect.poll(() => parties.textContent(), { timeout: WAIT }).toContain('Government of Cambodia');
    expect(await parties.textContent()).toContain('Amnesty International');

    // On the canvas the claim looks like a claim: hollow dashed diamond, its accuser linked by a dashed line.
    const drawn = await page.evaluate((id) => {
      const cy = window.__cy!;
      const node = cy.getElementById(id);
      const madeBy = cy.edges(`[type = "MADE_BY"][source = "${id}"]`);
      return {
        label: node.data('label') as string,
        borderStyle: node.style('border-style') as string,
        madeByStyles: madeBy.map((e) => e.style('line-style') as string),
      };
    }, COMPLICITY);
    expect(drawn.label.startsWith('ALLEGED')).toBe(true);
    expect(drawn.borderStyle).toBe('dashed');
    expect(drawn.madeByStyles.length).toBeGreaterThan(0);
    expect(new Set(drawn.madeByStyles)).toEqual(new Set(['dashed']));

    // Expanding the claim draws its accused party; then fit the view for the README's screenshot.
    await panel.locator('[data-testid="expand-button"]').click();
    await waitForNode(page, 'pb-government-cambodia');
    await waitForIdle(page);
    expect(await selectedIds(page)).toEqual([COMPLICITY]);
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    await page.getByRole('button', { name: 'Dismiss message' }).click();
    await page.mouse.move(2, 2);
    await page.waitForTimeout(500);

    await page.waitForSelector('[data-testid="legend"]', { timeout: WAIT });
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    expect(pageErrors).toEqual([]);
  }, 90_000);

  it('selects, and does not expand, a node clicked just after another (two quick clicks on two nodes are not a double-click)', async () => {
    await typeSearch(page, 'Hun Manet');
    await page.locator('[data-testid="search-input"]').press('Enter');
    await waitForNode(page, HUN_MANET);
    await waitForIdle(page);
    const drawn = (await nodeIds(page)).sort();
    const [first, second] = drawn.filter((id) => id !== HUN_MANET);
    expect(second).toBeDefined();
    // Both clicks inside Cytoscape's double-tap window (250 ms), on two different nodes.
    await clickNode(page, first!);
    await clickNode(page, second!);
    await expect.poll(() => selectedIds(page), { timeout: WAIT }).toEqual([second]);
    await waitForIdle(page);
    expect((await nodeIds(page)).sort()).toEqual(drawn);
    expect(pageErrors).toEqual([]);
  });

  it('finds Hun Manet by keyboard and expands a neighbour without moving what is already drawn', async () => {
    await typeSearch(page, 'Hun Manet');
    const input = page.locator('[data-testid="search-input"]');
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    await input.press('Escape');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    await input.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe('search-option-0');
    expect(await page.locator('#search-option-0').getAttribute('data-id')).toBe(HUN_MANET);
    await input.press('Enter');

    await waitForNode(page, HUN_MANET);
    await waitForIdle(page);
    const before = await positions(page);
    const neighbours = Object.keys(before).filter((id) => id !== HUN_MANET);
    expect(neighbours.length).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="side-panel"] [data-testid="panel-type"]').textContent()).toBe('Official');

    // Expand a neighbour by double-clicking it on the canvas.
    const neighbour = neighbours.includes('pb-government-cambodia') ? 'pb-government-cambodia' : neighbours[0]!;
    await doubleClickNode(page, neighbour);
    await page.waitForFunction((count) => (window.__cy?.nodes().length ?? 0) > count, Object.keys(before).length, { timeout: WAIT });
    await waitForIdle(page);

    const after = await positions(page);
    expect(Object.keys(after).length).toBeGreaterThan(Object.keys(before).length);
    for (const [id, at] of Object.entries(before)) {
      expect(after[id]?.x, `${id} moved`).toBeCloseTo(at.x, 0);
      expect(after[id]?.y, `${id} moved`).toBeCloseTo(at.y, 0);
    }
    // Every edge on the canvas joins two drawn nodes.
    const dangling = await page.evaluate(() => window.__cy!.edges().filter((e) => e.source().empty() || e.target().empty()).length);
    expect(dangling).toBe(0);
    expect(pageErrors).toEqual([]);
  }, 90_000);
});
