// End to end: a whole synthetic dataset above the grouping threshold opens as one view. The page offers to group it
// before drawing; grouped by type (from the keyboard), the meta-nodes' counts are the database's; opening a group
// draws its members; drawn whole, labels and arrows come back only near the reader once zoomed in.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { launchBrowser } from '../support/browser.ts';
import { testDb } from '../support/db.ts';
import { readQuery } from '../../server/db/run.ts';
import { importGraph, rollbackImport } from '../../server/import/import-graph.ts';
import { generateSynthetic } from '../../server/synthetic/generate.ts';
import { GROUP_OFFER } from '../../client/cy/large-view.ts';
import { closeApp, openPage, type TestApp } from './session.ts';
import { gotoApp } from './helpers.ts';

const DATASET = 'synthetic-grouping-e2e';
/** SwiftShader on a shared 2-core machine: generous, since a layout of 6,000 elements runs in the worker. */
const WAIT = 90_000;

const db = testDb();
let app: TestApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];
let byType: Map<string, number>;
let edges: number;

beforeAll(async () => {
  // About 1,200 nodes and 5 links each: over GROUP_OFFER elements, so the page must offer grouping first.
  await importGraph(db, generateSynthetic({ nodes: 1200, dataset: DATASET }));
  const [row] = await readQuery(db, 'datasets-test-type-counts', { dataset: DATASET });
  byType = new Map((row!.types as Array<{ type: string; nodes: number }>).map((t) => [t.type, t.nodes]));
  edges = row!.edges as number;
  app = await startTestApp();
  browser = await launchBrowser({ webgl: true });
  ({ context, page, pageErrors } = await openPage(browser, app.baseUrl));
  await gotoApp(page, `${app.baseUrl}/?datasets=${DATASET}`);
}, 240_000);
afterAll(async () => {
  await context?.close();
  await closeApp(app, browser);
  await rollbackImport(db, DATASET);
  await db.driver.close();
});

const nodes = (): number => [...byType.values()].reduce((s, n) => s + n, 0);

describe('a whole view above the grouping threshold', () => {
  it('offers grouping before drawing, groups by type with the database\'s counts, and opens one group', { timeout: WAIT * 3 }, async () => {
    expect(nodes() + edges).toBeGreaterThan(GROUP_OFFER);
    await page.locator('#cy').focus();
    await page.keyboard.press('g');
    await page.waitForSelector('[data-testid="group-offer"]:not([hidden])', { timeout: WAIT });
    expect(await page.textContent('[data-testid="group-offer-text"]')).toBe(
      `This view has ${(nodes() + edges).toLocaleString('en-GB')} elements. Group by type, dataset or community, or draw everything.`);
    // Nothing was drawn before the reader chose.
    expect(await page.evaluate(() => window.__cy?.elements().length)).toBe(0);
    // The first choice has the focus: Enter groups by type.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('group-by-type');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window.__cy?.nodes('.meta-group').length ?? 0) > 0, null, { timeout: WAIT });

    const shown = await page.evaluate(() => window.__cy!.nodes('.meta-group').map((n) => [n.data('metaGroup') as string, n.data('members') as number, n.data('linksInside') as number] as const));
    expect(new Map(shown.map(([k, m]) => [k, m]))).toEqual(byType);
    const between = await page.evaluate(() => window.__cy!.edges('.meta-link').map((e) => e.data('count') as number).reduce((s, c) => s + c, 0));
    expect(between + shown.reduce((s, [, , inside]) => s + inside, 0)).toBe(edges);
    // A meta-link says how many real links, by type.
    expect(await page.evaluate(() => window.__cy!.edges('.meta-link').first().data('label') as string)).toMatch(/^[\d,]+ links?: [A-Z_]+ [\d,]+/);

    // Open the biggest group from the Groups panel, by keyboard: its members are drawn, the other groups stay closed.
    const [biggest, size] = [...byType.entries()].sort((a, b) => b[1] - a[1])[0]!;
    const toggle = page.locator(`[data-testid="group-toggle"][data-group="${biggest}"]`);
    await toggle.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((t) => window.__cy!.nodes(`[type = "${t}"]`).filter((n) => !n.hasClass('meta-group')).length > 0, biggest, { timeout: WAIT });
    const drawn = await page.evaluate((t) => ({
      members: window.__cy!.nodes(`[type = "${t}"]`).filter((n) => !n.hasClass('meta-group')).length,
      groups: window.__cy!.nodes('.meta-group').map((n) => n.data('metaGroup') as string),
    }), biggest);
    expect(drawn.members).toBe(size);
    expect(drawn.groups.sort()).toEqual([...byType.keys()].filter((k) => k !== biggest).sort());
    expect(await page.getAttribute(`[data-testid="group-toggle"][data-group="${biggest}"]`, 'aria-pressed')).toBe('true');
    await page.screenshot({ path: '/tmp/grouping-open.png' }).catch(() => undefined);
    // Escape in the panel closes the group again.
    await page.locator(`[data-testid="group-toggle"][data-group="${biggest}"]`).focus();
    await page.keyboard.press('Escape');
    await page.waitForFunction((t) => window.__cy!.getElementById(`group:${t}`).nonempty(), biggest, { timeout: WAIT });
    expect(pageErrors).toEqual([]);
  });

  it('drawn whole, shows labels and arrows only near the reader once zoomed in', { timeout: WAIT * 3 }, async () => {
    await page.locator('#cy').focus();
    await page.keyboard.press('g');
    await page.waitForSelector('[data-testid="group-offer"]:not([hidden])', { timeout: WAIT });
    await page.click('[data-testid="group-draw-all"]');
    await page.waitForFunction((n) => window.__cy!.elements().length === n, nodes() + edges, { timeout: WAIT });
    await page.waitForFunction(() => document.querySelector('[data-testid="graph"]')?.getAttribute('data-layout') === 'idle', null, { timeout: WAIT });
    await page.evaluate(() => window.__cy!.fit());
    // At a distance: no labels, no arrows.
    const far = await page.evaluate(() => {
      const e = window.__cy!.edges().first();
      return { label: e.source().style('label'), arrow: e.style('target-arrow-shape') };
    });
    expect(far).toEqual({ label: '', arrow: 'none' });
    // Zoomed in on one node: it and its links get their labels and arrows back once the view settles.
    const id = await page.evaluate(() => {
      const cy = window.__cy!;
      const node = cy.edges().first().source();
      cy.zoom({ level: 2.5, position: node.position() });
      return node.id();
    });
    await page.waitForFunction((nid) => window.__cy!.getElementById(nid).style('label') !== '', id, { timeout: WAIT });
    const near = await page.evaluate((nid) => {
      const e = window.__cy!.getElementById(nid).connectedEdges().first();
      return { arrow: e.style('target-arrow-shape'), label: e.style('label') };
    }, id);
    expect(near.arrow).not.toBe('none');
    expect(near.label).not.toBe('');
    expect(pageErrors).toEqual([]);
  });
});
