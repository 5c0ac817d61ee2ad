// End to end: a view of ~5,000 elements in a real page must not freeze it. It is drawn with WebGL and without
// its thousands of labels, its force layout runs in the layout worker, and shortcuts keep working meanwhile.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { launchBrowser } from '../support/browser.ts';
import { closeApp, openPage, type TestApp } from './session.ts';

let app: TestApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];

/** Generous: SwiftShader draws on the CPU of a shared 2-core machine. The freeze this guards against never ended. */
const BUDGET = 60_000;

/** About 5,000 elements: 1,700 nodes in chains with a supernode of 300 neighbours, 3,300 edges, no positions. */
function largeGraph(): object[] {
  const nodes = Array.from({ length: 1700 }, (_, i) => ({
    group: 'nodes', data: { id: `big-${i}`, label: `Entity ${i}`, type: i % 5 === 0 ? 'Organization' : 'Person' },
  }));
  const edges: object[] = [];
  for (let i = 1; i < 1700; i++) edges.push({ group: 'edges', data: { id: `big-e${i}`, source: `big-${Math.floor(i / 3)}`, target: `big-${i}`, type: 'ASSOCIATED_WITH', label: 'associated with' } });
  for (let i = 0; i < 1300; i++) edges.push({ group: 'edges', data: { id: `big-x${i}`, source: `big-${(i * 37) % 1700}`, target: `big-${(i * 91 + 5) % 1700}`, type: 'ASSOCIATED_WITH', label: 'associated with' } });
  for (let i = 1; i <= 300; i++) edges.push({ group: 'edges', data: { id: `big-hub${i}`, source: 'big-0', target: `big-${i * 5}`, type: 'ASSOCIATED_WITH', label: 'associated with' } });
  return [...nodes, ...edges.filter((e) => (e as { data: { source: string; target: string } }).data.source !== (e as { data: { target: string } }).data.target)];
}

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser({ webgl: true });
}, 120_000);
afterAll(() => closeApp(app, browser));
// Selecting a made-up node asks the API for its details, which answers 404: expected here, not a page error.
beforeEach(async () => { ({ context, page, pageErrors } = await openPage(browser, app.baseUrl, { ignoreConsole: /404 \(Not Found\)/ })); });
afterEach(async () => { await context?.close(); });

describe('a large view', () => {
  it('is drawn with WebGL, laid out in the worker, and the page answers while it works', { timeout: BUDGET * 3 }, async () => {
    const count = await page.evaluate((els) => {
      window.__cy?.add(els as never);
      return window.__cy?.elements().length ?? 0;
    }, largeGraph());
    expect(count).toBeGreaterThan(4500);

    // The renderer switched to WebGL (its canvas layer is there), and the switch kept the investigator's rules.
    await page.waitForSelector('#cy canvas[data-id="layer3-webgl"]', { state: 'attached', timeout: BUDGET });
    expect(await page.evaluate(() => (window.__cy as unknown as { _private: { options: { renderer: { webgl?: boolean } } } })._private.options.renderer.webgl)).toBe(true);
    expect(await page.evaluate(() => (window.__cy?.style() as unknown as { json(): Array<{ selector: string }> }).json().some((rule) => rule.selector === '.flt-hide'))).toBe(true);
    // No always-on labels: thousands of them were what froze the page.
    expect(await page.evaluate(() => window.__cy?.getElementById('big-7').style('label'))).toBe('');

    // Re-layout with the force layout: past a few hundred nodes it runs in the layout worker, with a progress note.
    await page.locator('#cy').focus();
    await page.locator('#cy').press('l');
    await page.waitForSelector('[data-testid="layout-progress"]:not([hidden])', { timeout: BUDGET });
    // While it runs, a shortcut still opens the keyboard help promptly: the main thread is free.
    const asked = Date.now();
    await page.keyboard.press('?');
    await page.waitForSelector('[data-testid="keyboard-help"]:not([hidden])', { timeout: BUDGET });
    expect(Date.now() - asked).toBeLessThan(BUDGET / 2);

    await page.waitForFunction(() => document.querySelector('[data-testid="graph"]')?.getAttribute('data-layout') === 'idle', null, { timeout: BUDGET });
    expect(await page.getAttribute('[data-testid="graph"]', 'data-layout-engine')).toBe('worker');
    expect(await page.isHidden('[data-testid="layout-progress"]')).toBe(true);
    // The nodes were spread out (they were all added at one spot), in one batch from the worker's positions.
    const spread = await page.evaluate(() => {
      const box = window.__cy?.nodes().boundingBox({ includeLabels: false }) ?? { w: 0, h: 0 };
      return Math.min(box.w, box.h);
    });
    expect(spread).toBeGreaterThan(1000);

    // Selecting a node still works and brings its label (and its neighbours') back.
    await page.evaluate(() => window.__cy?.getElementById('big-7').select());
    await page.waitForFunction(() => window.__cy?.getElementById('big-7').style('label') === 'Entity 7', null, { timeout: BUDGET });
    expect(await page.evaluate(() => window.__cy?.getElementById('big-2').style('label'))).toBe('Entity 2');
    expect(pageErrors).toEqual([]);
  });
});
