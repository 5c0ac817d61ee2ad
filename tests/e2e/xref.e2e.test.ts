// End to end: a pair of possible duplicates across two uploads is decided "same" in the Duplicates view (with the
// keyboard), and expanding one of them shows the other only once "Follow same-as links" is ticked, on a link that
// says who decided it and when.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { postJson } from '../support/http.ts';
import { closeApp, openApp, openPage, type TestApp } from './session.ts';
import { doubleClickNode, hasNode, revealStripTool, typeSearch, WAIT, waitForIdle, waitForNode } from './helpers.ts';

const [A, B] = ['import-e2e-xref-a', 'import-e2e-xref-b'];
const CYRILLIC = `${A}--melnik`;
const LATIN = `${B}--melnyk`;

let app: TestApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];

const upload = (name: string, nodes: Array<{ id: string; name: string }>) =>
  postJson(app.baseUrl, '/api/datasets', { name, files: { nodes: 'nodes.csv', edges: 'edges.csv' }, nodes, edges: [] });

beforeAll(async () => {
  ({ app, browser } = await openApp());
  // Invented names: one written in Cyrillic, one in Latin letters and misspelt, each with a neighbour of its own.
  for (const [name, nodes] of [
    ['e2e-xref-a', [{ id: 'melnik', name: 'Олег Мельник' }, { id: 'other-a', name: 'Synthetic Pupil Ardent' }]],
    ['e2e-xref-b', [{ id: 'melnyk', name: 'Oleg Melnyk' }, { id: 'other-b', name: 'Synthetic Pupil Bramble' }]],
  ] as const) {
    const res = await upload(name, [...nodes]);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  }
}, 120_000);
afterAll(async () => {
  for (const name of ['e2e-xref-a', 'e2e-xref-b']) if (app) await fetch(`${app.baseUrl}/api/datasets/${name}`, { method: 'DELETE' });
  await closeApp(app, browser);
});
beforeEach(async () => {
  ({ context, page, pageErrors } = await openPage(browser, app.baseUrl));
  await page.goto(`${app.baseUrl}/?datasets=${A},${B}`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => window.__cy !== undefined, null, { timeout: WAIT });
});
afterEach(async () => {
  expect(pageErrors).toEqual([]);
  await context?.close();
});

describe('cross-referencing in the page', () => {
  it('decides a pair "same" with the keyboard; expansion follows the link only when asked', async () => {
    await page.locator('[data-testid="xref-open"]').click();
    const view = page.locator('[data-testid="xref-view"]');
    await view.waitFor({ timeout: WAIT });
    // The second upload was cross-referenced against the first when it was imported.
    await page.locator('[data-testid="xref-dataset"] option', { hasText: B }).waitFor({ state: 'attached', timeout: WAIT });
    await page.locator('[data-testid="xref-dataset"]').selectOption(B);
    await expect.poll(() => page.locator('[data-testid="xref-left"] h3').textContent(), { timeout: WAIT }).toBe('Oleg Melnyk');
    expect(await page.locator('[data-testid="xref-right"] h3').textContent()).toBe('Олег Мельник');
    expect(await page.locator('[data-testid="xref-reasons"]').textContent()).toContain('name');

    await view.focus();
    await page.keyboard.press('s');
    await expect.poll(() => page.locator('[data-testid="xref-status"]').textContent(), { timeout: WAIT }).toContain('Linked');
    await expect.poll(() => page.locator('[data-testid="xref-current-decision"]').textContent(), { timeout: WAIT }).toContain('“same” by local');
    await page.keyboard.press('Escape');
    expect(await view.isHidden()).toBe(true);

    // Off (the default): expanding the Latin entity brings its own dataset's links only.
    await typeSearch(page, 'Oleg Melnyk');
    await page.locator('[data-testid="search-result"]').first().click();
    await waitForNode(page, LATIN);
    // Clicked only once the layout has settled, so the node is where the click lands.
    await waitForIdle(page);
    await doubleClickNode(page, LATIN);
    await waitForIdle(page);
    expect(await hasNode(page, CYRILLIC)).toBe(false);

    // On: the same expansion brings the other dataset's entity, on a link that says whose decision it was.
    // On the strip, or under More ▾ when the strip is short of room.
    await (await revealStripTool(page, 'follow-same-as')).check({ timeout: WAIT });
    await waitForIdle(page);
    await doubleClickNode(page, LATIN);
    await waitForNode(page, CYRILLIC);
    const label = await page.evaluate(() => window.__cy?.edges('[type = "SAME_AS"]').map((e) => String(e.data('label'))) ?? []);
    expect(label).toEqual([expect.stringMatching(/^same as — decided by local on \d{4}-\d{2}-\d{2}$/)]);
    expect(new URL(page.url()).searchParams.get('sameAs')).toBe('follow');
    // The side panel reads the link as a person's decision.
    await page.evaluate(() => { window.__cy?.elements().unselect(); window.__cy?.edges('[type = "SAME_AS"]').first().select(); });
    await expect.poll(() => page.locator('[data-testid="side-panel"]').textContent(), { timeout: WAIT }).toContain('recorded as one entity in two datasets (same as — decided by local on');
  }, 90_000);
});
