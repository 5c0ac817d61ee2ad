// End to end, room to work: the canvas keeps its share of the screen with a drawer and the results open, the strip
// stays on one row, the Classroom button keeps its words, the presenter's question fits, panels resize and fold;
// and the small things: landing examples, the hidden-nodes list, neighbour counts that follow expansions.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, afterEach, describe, expect, it } from 'vitest';
import { WAIT, clickNode, clickStripTool, hasNode, selectedIds, waitForIdle, waitForNode } from './helpers.ts';
import { settleForShot, settledStep } from './investigate-steps.ts';
import { closeApp, openApp, openPage, type TestApp } from './session.ts';

const SHOTS = path.resolve('docs/screenshots');

let app: TestApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];

beforeAll(async () => { ({ app, browser } = await openApp()); }, 240_000);
afterAll(async () => { await closeApp(app, browser); });
afterEach(async () => {
  expect(pageErrors).toEqual([]);
  await context?.close();
});

async function fresh(width = 1440, height = 900, query = ''): Promise<void> {
  ({ context, page, pageErrors } = await openPage(browser, app.baseUrl));
  await page.setViewportSize({ width, height });
  if (query) {
    // The presenter hides the header (and its search box), so wait for the canvas only.
    await page.goto(`${app.baseUrl}/${query}`, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => window.__cy !== undefined, null, { timeout: WAIT });
  }
}

type Box = { x: number; y: number; width: number; height: number; bottom: number; right: number };
const box = (selector: string): Promise<Box> => page.locator(selector).first().evaluate((el) => {
  const r = el.getBoundingClientRect();
  return { x: r.x, y: r.y, width: r.width, height: r.height, bottom: r.bottom, right: r.right };
});

/** Runs the first saved query of the library with its defaults, so the results dock opens with rows. */
async function openQueriesWithResults(): Promise<void> {
  await page.click('[data-testid="queries-toggle"]');
  await page.locator('.query-item').first().click({ timeout: WAIT });
  await page.locator('.run-button').first().click({ timeout: WAIT });
  await page.waitForSelector('[data-testid="results"][data-state="done"]', { timeout: WAIT });
}

const clickTool = (testId: string) => clickStripTool(page, testId);

/** Rows the strip's controls take: the distinct top offsets of its visible buttons and selects. */
function stripRows(): Promise<number> {
  return page.evaluate(() => {
    const controls = [...document.querySelectorAll<HTMLElement>('[data-testid="explore-bar"] button, [data-testid="explore-bar"] select')]
      .filter((el) => !el.closest('.notice') && !el.closest('.explore-more-menu') && el.getBoundingClientRect().width > 0);
    // Tops within a few pixels are one row (a group's padding offsets its buttons a little).
    const tops = controls.map((el) => el.getBoundingClientRect().top).sort((a, b) => a - b);
    return tops.filter((top, i) => i === 0 || top > tops[i - 1]! + 12).length;
  });
}

async function expectRoomyCanvas(what: string): Promise<void> {
  // Panels slide and Cytoscape re-measures after a frame; poll until the layout has settled.
  await expect.poll(async () => {
    const c = await box('[data-testid="graph"]');
    return { wide: c.width >= 0.55 * 1440, tall: c.height >= 0.6 * 900 };
  }, { timeout: WAIT, message: what }).toEqual({ wide: true, tall: true });
}

describe('canvas share at 1440×900', () => {
  it('keeps 55% of the width and 60% of the height with the Queries drawer and results open', async () => {
    await fresh();
    await openQueriesWithResults();
    await expectRoomyCanvas('queries drawer + results');
    expect(await stripRows()).toBe(1);
    // The legend folds rather than cover the graph when space is short.
    const legend = await box('.legend');
    const canvas = await box('[data-testid="graph"]');
    expect(legend.width * legend.height).toBeLessThan(0.1 * canvas.width * canvas.height);

    // The picture for the docs: the drawer, a result, and the accused body read in the side panel.
    await waitForIdle(page);
    await clickNode(page, 'pb-government-cambodia');
    await page.waitForSelector('[data-testid="side-panel"] [data-testid="slice-progress"]', { timeout: WAIT });
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    await settleForShot(page);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'layout-drawer-open.png') });
  });

  it('keeps the share with the Paths drawer and results open', async () => {
    await fresh();
    await openQueriesWithResults();
    await page.click('[data-testid="queries-toggle"]');
    await clickTool('paths-tool');
    await page.waitForSelector('[data-testid="drawer"]:not([hidden])', { timeout: WAIT });
    await expectRoomyCanvas('paths drawer + results');
  });

  it('keeps the share with the Classroom drawer and results open', async () => {
    await fresh();
    await openQueriesWithResults();
    await page.click('[data-testid="classroom-toggle"]');
    await page.waitForSelector('[data-testid="classroom-drawer"]:not([hidden])', { timeout: WAIT });
    await expectRoomyCanvas('classroom drawer + results');
  });
});

describe('the strip and the header', () => {
  it('fits the explore strip on one row at 1280 wide, the rest in a keyboard-operable More menu', async () => {
    await fresh(1280, 800);
    await expect.poll(stripRows, { timeout: WAIT }).toBe(1);
    await clickTool('paths-tool');
    await page.waitForSelector('[data-testid="drawer"]:not([hidden])', { timeout: WAIT });
    await expect.poll(stripRows, { timeout: WAIT }).toBe(1);
    // With the drawer open the strip is short of room: the More menu opens from the keyboard and holds tools.
    const more = page.locator('[data-testid="explore-more"]');
    await more.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => more.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('.explore-more-menu button:visible').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => more.getAttribute('aria-expanded')).toBe('false');
  });

  for (const width of [1024, 1280, 1440]) {
    it(`labels the Classroom button in words at ${width} wide`, async () => {
      await fresh(width, 800);
      const text = await page.locator('[data-testid="classroom-toggle"]').evaluate((el) => {
        // Words a sighted user can read: text whose own box is as wide as the text, not a 1px screen-reader-only span.
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        const seen: string[] = [];
        for (let t = walker.nextNode(); t; t = walker.nextNode()) {
          const range = document.createRange();
          range.selectNodeContents(t);
          const textWidth = range.getBoundingClientRect().width;
          const holder = t.parentElement!.getBoundingClientRect().width;
          if (t.textContent!.trim() && textWidth > 20 && holder >= textWidth - 1) seen.push(t.textContent!.trim());
        }
        return seen.join(' ');
      });
      expect(text).toBe('Classroom');
      const toggle = await box('[data-testid="classroom-toggle"]');
      expect(toggle.right).toBeLessThanOrEqual(width);
    });
  }
});

describe('the presenter at 1366×768', () => {
  it('shows the "For the class" box inside the screen on every step', async () => {
    await fresh(1366, 768, '?tour=cambodia-crackdown&present=1');
    await page.waitForSelector('[data-testid="tour-stage"][data-step="1"]', { timeout: WAIT });
    const count = Number((await page.locator('[data-testid="tour-counter"]').textContent())?.split('/')[1]);
    expect(count).toBeGreaterThan(1);
    for (let step = 1; step <= count; step += 1) {
      await page.waitForSelector(`[data-testid="tour-stage"][data-step="${step}"]`, { timeout: WAIT });
      const fits = await page.evaluate(() => {
        const q = document.querySelector('.cls-question')!.getBoundingClientRect();
        const scroll = document.querySelector('.cls-stage-scroll')!.getBoundingClientRect();
        return q.top >= 0 && q.left >= 0 && q.bottom <= window.innerHeight && q.right <= window.innerWidth
          && q.top >= scroll.top - 1 && q.bottom <= scroll.bottom + 1 && q.height > 40;
      });
      expect(fits, `step ${step}`).toBe(true);
      if (step < count) await page.click('[data-testid="tour-next"]');
    }
  });
});

describe('resizing and folding panels', () => {
  it('resizes the side panel from the keyboard, remembers the width, and folds it with Enter', async () => {
    await fresh();
    const handle = page.locator('[data-testid="resize-panel"]');
    expect(await handle.getAttribute('role')).toBe('separator');
    const before = Number(await handle.getAttribute('aria-valuenow'));
    const panelBefore = (await box('[data-testid="side-panel"]')).width;
    await handle.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => Number(await handle.getAttribute('aria-valuenow'))).toBeLessThan(before);
    await expect.poll(async () => (await box('[data-testid="side-panel"]')).width).toBeLessThan(panelBefore);
    const remembered = Number(await handle.getAttribute('aria-valuenow'));
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.waitForSelector('[data-testid="resize-panel"]', { timeout: WAIT });
    expect(Number(await page.locator('[data-testid="resize-panel"]').getAttribute('aria-valuenow'))).toBe(remembered);
    // Enter on the separator folds the panel and gives its room to the canvas; Enter again restores it.
    const canvasBefore = (await box('[data-testid="graph"]')).width;
    await page.locator('[data-testid="resize-panel"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await box('[data-testid="graph"]')).width).toBeGreaterThan(canvasBefore + 150);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await box('[data-testid="side-panel"]')).width).toBeGreaterThan(200);
  });

  it('resizes the Queries drawer and the results dock by dragging their handles, and folds the results', async () => {
    await fresh();
    await openQueriesWithResults();
    const drawer = await box('[data-testid="queries-drawer"]');
    const grip = await box('[data-testid="resize-queries"]');
    await page.mouse.move(grip.x + grip.width / 2, grip.y + 200);
    await page.mouse.down();
    await page.mouse.move(grip.x + grip.width / 2 + 80, grip.y + 200, { steps: 4 });
    await page.mouse.up();
    await expect.poll(async () => Math.round((await box('[data-testid="queries-drawer"]')).width - drawer.width)).toBeGreaterThan(60);

    const dock = await box('[data-testid="results"]');
    const edge = await box('[data-testid="resize-results"]');
    await page.mouse.move(edge.x + 300, edge.y + edge.height / 2);
    await page.mouse.down();
    await page.mouse.move(edge.x + 300, edge.y + edge.height / 2 + 100, { steps: 4 });
    await page.mouse.up();
    await expect.poll(async () => Math.round(dock.height - (await box('[data-testid="results"]')).height)).toBeGreaterThan(60);

    await page.click('[data-testid="results-fold"]');
    await expect.poll(async () => (await box('[data-testid="results"]')).height).toBeLessThan(70);
    expect(await page.locator('[data-testid="results-fold"]').getAttribute('aria-expanded')).toBe('false');
  });
});

const HUN_MANET = 'off-hun-manet';
const GOVERNMENT = 'pb-government-cambodia';

/** Opens Hun Manet from the landing page's example, as a first-time visitor would. */
async function openHunManet(): Promise<void> {
  await page.click(`[data-testid="example-${HUN_MANET}"]`);
  await waitForNode(page, GOVERNMENT);
  // Settled, not just idle: nothing loading, no layout, no change waiting to be recorded.
  await settledStep(page);
}

describe('the landing page', () => {
  it('offers examples: Hun Manet opens with his neighbours, and the class tour plays', async () => {
    await fresh();
    const examples = page.locator('[data-testid="empty-state"] .examples button');
    expect(await examples.allTextContents()).toEqual(['Hun Manet', 'Amnesty International', '▶ Play the class tour']);
    await openHunManet();
    expect(await selectedIds(page)).toEqual([HUN_MANET]);
    expect(await page.locator('[data-testid="empty-state"]').isHidden()).toBe(true);

    await page.goto(app.baseUrl, { waitUntil: 'domcontentloaded' });
    await page.click('[data-testid="example-tour"]', { timeout: WAIT });
    await page.waitForSelector('[data-testid="tour-stage"][data-step="1"][data-state="ready"]', { timeout: WAIT });
    expect(await page.evaluate(() => document.body.classList.contains('cls-presenting'))).toBe(true);
    expect(await page.locator('[data-testid="tour-counter"]').textContent()).toMatch(/^1 \/ \d+$/);
  });
});

describe('hidden nodes', () => {
  it('lists hidden nodes to show again, one or all, and undo hides them again', async () => {
    await fresh();
    await openHunManet();
    const others = await page.evaluate((keep) => window.__cy!.nodes().map((n) => n.id()).filter((id) => !keep.includes(id)).slice(0, 1), [HUN_MANET, GOVERNMENT]);
    for (const id of [GOVERNMENT, ...others]) {
      await clickNode(page, id);
      // The Hide of this node's panel, once the panel shows it: a click on the panel while it re-renders can land elsewhere.
      await page.locator(`[data-testid="side-panel"][data-shown="node:${id}"] [data-testid="hide-button"]`).click({ timeout: WAIT });
      await expect.poll(() => hasNode(page, id), { timeout: WAIT }).toBe(false);
      await settledStep(page);
    }
    const button = page.locator('[data-testid="hidden-button"]');
    await expect.poll(() => button.textContent(), { timeout: WAIT }).toBe('Hidden (2)');
    await clickTool('hidden-button');
    const rows = page.locator('[data-testid="hidden-list"] .hidden-row');
    expect(await rows.count()).toBe(2);
    await page.locator(`[data-testid="hidden-list"] .hidden-row[data-id="${GOVERNMENT}"] [data-testid="show-hidden"]`).click();
    await expect.poll(() => hasNode(page, GOVERNMENT), { timeout: WAIT }).toBe(true);
    // It comes back with its lines to what is drawn.
    expect(await page.evaluate((id) => window.__cy!.getElementById(id).connectedEdges().length, GOVERNMENT)).toBeGreaterThan(0);
    await expect.poll(() => button.textContent(), { timeout: WAIT }).toBe('Hidden (1)');
    // Showing is a step of its own: undo takes it back off the canvas and back onto the list.
    await page.locator('[data-testid="graph"]').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => hasNode(page, GOVERNMENT), { timeout: WAIT }).toBe(false);
    await expect.poll(() => button.textContent(), { timeout: WAIT }).toBe('Hidden (2)');
    if (!(await page.locator('[data-testid="show-all-hidden"]').isVisible())) await clickTool('hidden-button');
    await page.click('[data-testid="show-all-hidden"]');
    await expect.poll(async () => (await Promise.all([GOVERNMENT, ...others].map((id) => hasNode(page, id)))).every(Boolean), { timeout: WAIT }).toBe(true);
    await expect.poll(() => button.isHidden(), { timeout: WAIT }).toBe(true);
  });
});

describe('neighbour counts', () => {
  it('say how many are drawn and how many are left, and follow an expansion made elsewhere', async () => {
    await fresh();
    await openHunManet();
    await clickNode(page, GOVERNMENT);
    await page.waitForSelector(`[data-testid="side-panel"][data-shown="node:${GOVERNMENT}"] [data-testid="neighbour-counts"] .slice-row`, { timeout: WAIT });
    /** Each row's words against what the canvas holds: drawn neighbours through that type and direction. */
    const rowsAgreeWithCanvas = () => page.evaluate((id) => {
      const cy = window.__cy!;
      return [...document.querySelectorAll<HTMLElement>('[data-testid="side-panel"] .slice-row')].map((row) => {
        const rel = row.dataset.rel!;
        const dir = row.dataset.dir!;
        const ends = new Set(cy.getElementById(id).connectedEdges().filter((e) => !e.data('derived') && e.data('type') === rel
          && (dir === 'out' ? e.data('source') === id : e.data('target') === id)).map((e) => (dir === 'out' ? e.data('target') : e.data('source')) as string));
        const progress = row.querySelector('[data-testid="slice-progress"]')?.textContent ?? '';
        return { rel, dir, drawn: ends.size, says: progress.match(/^(\d+) drawn/)?.[1] ?? (ends.size === 0 ? '0' : 'nothing') };
      }).filter((r) => String(r.drawn) !== r.says);
    }, GOVERNMENT);
    // Hun Manet is drawn already: his row says so before anything else is expanded.
    expect(await page.locator('[data-testid="side-panel"] [data-testid="slice-progress"]').count()).toBeGreaterThan(0);
    await expect.poll(rowsAgreeWithCanvas, { timeout: WAIT }).toEqual([]);
    // Expanding the government by double-click (not through a row) updates every row.
    await page.evaluate(() => document.querySelector<HTMLElement>('[data-testid="graph"]')!.focus());
    await page.keyboard.press('Enter');
    await waitForIdle(page);
    await expect.poll(async () => page.evaluate((id) => window.__cy!.getElementById(id).neighborhood('node').length, GOVERNMENT), { timeout: WAIT }).toBeGreaterThan(2);
    await expect.poll(rowsAgreeWithCanvas, { timeout: WAIT }).toEqual([]);
    const done = page.locator('[data-testid="side-panel"] .slice-row .slice-button.done');
    await expect.poll(() => done.count(), { timeout: WAIT }).toBeGreaterThan(0);
  });
});
