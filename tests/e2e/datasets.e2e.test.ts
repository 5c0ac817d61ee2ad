// End to end: the header's dataset chooser keeps a class upload out of search until it is chosen, then brings its
// nodes in with their dataset shown, and the choice survives a reload through the address.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { postJson } from '../support/http.ts';
import { closeApp, openApp, openPage, type TestApp } from './session.ts';
import { clickNode, gotoApp, typeSearch, WAIT, waitForIdle, waitForNode } from './helpers.ts';

const DATASET = 'import-e2e-scope';
const ALPHA = `${DATASET}--alpha`;
const BETA = `${DATASET}--beta`;

let app: TestApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  ({ app, browser } = await openApp());
  const res = await postJson(app.baseUrl, '/api/datasets', {
    name: 'e2e-scope',
    files: { nodes: 'nodes.csv', edges: 'edges.csv' },
    nodes: [{ id: 'copy', name: 'Hun Manet' }, { id: 'alpha', name: 'Synthetic Pupil Alpha' }, { id: 'beta', name: 'Synthetic Pupil Beta' }],
    edges: [{ source: 'alpha', target: 'beta' }],
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
}, 120_000);
afterAll(async () => {
  if (app) await fetch(`${app.baseUrl}/api/datasets/e2e-scope`, { method: 'DELETE' });
  await closeApp(app, browser);
});
beforeEach(async () => { ({ context, page, pageErrors } = await openPage(browser, app.baseUrl)); });
afterEach(async () => { await context?.close(); });

const status = () => page.locator('.search-status').textContent();
const results = () => page.locator('[data-testid="search-result"]');

async function searchFor(query: string): Promise<void> {
  const input = page.locator('[data-testid="search-input"]');
  await input.click();
  await input.fill(query);
}

describe('the dataset chooser', () => {
  it('keeps an upload out of search, brings it in with its dataset shown once chosen, and keeps the choice over a reload', async () => {
    // By default only the curated graph: one Hun Manet, and the upload's own names find nothing.
    await typeSearch(page, 'Hun Manet');
    await expect.poll(() => results().evaluateAll((els) => els.map((e) => e.getAttribute('data-dataset'))), { timeout: WAIT })
      .toEqual(expect.arrayContaining(['cambodia-crackdown']));
    expect(await results().filter({ hasText: 'Hun Manet' }).count()).toBe(1);
    await searchFor('Synthetic Pupil');
    await expect.poll(status, { timeout: WAIT }).toBe('No matches for “Synthetic Pupil”.');

    // Choose the upload with the keyboard: open the chooser, tab to the upload's box, tick it with Space.
    const chooser = page.locator('[data-testid="dataset-chooser"]');
    await chooser.focus();
    await page.keyboard.press('Enter');
    const option = page.locator(`[data-testid="dataset-option"][data-dataset="${DATASET}"]`);
    await option.waitFor({ timeout: WAIT });
    expect(await page.locator('li', { has: option }).textContent()).toContain('3 nodes');
    expect(await page.locator('[data-testid="dataset-option"][data-dataset="cambodia-crackdown"]').isChecked()).toBe(true);
    await option.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).searchParams.get('datasets'), { timeout: WAIT }).toBe(`cambodia-crackdown,${DATASET}`);
    await expect.poll(() => page.locator('[data-testid="notice"]').textContent(), { timeout: WAIT }).toContain('Now exploring the curated graph + upload e2e-scope');
    await page.keyboard.press('Escape');
    expect(await chooser.getAttribute('aria-expanded')).toBe('false');
    expect(await chooser.getAttribute('aria-label')).toBe('Datasets: 2 chosen');

    // The upload's nodes now come up, each marked with its dataset, and stay marked on the canvas and in the panel.
    await typeSearch(page, 'Synthetic Pupil');
    const alpha = page.locator(`[data-testid="search-result"][data-id="${ALPHA}"]`);
    await alpha.waitFor({ timeout: WAIT });
    expect(await alpha.locator('[data-testid="dataset-badge"]').textContent()).toBe('upload e2e-scope');
    await alpha.click();
    await waitForNode(page, ALPHA);
    await waitForNode(page, BETA);
    await waitForIdle(page);
    expect(await page.evaluate((id) => String(window.__cy?.getElementById(id).data('label')), ALPHA)).toBe('Synthetic Pupil Alpha\n[upload e2e-scope]');
    await clickNode(page, BETA);
    await expect.poll(() => page.locator('[data-testid="panel-title"]').textContent(), { timeout: WAIT }).toBe('Synthetic Pupil Beta');
    expect(await page.locator('[data-testid="panel-dataset"]').textContent()).toContain('From the upload e2e-scope (dataset import-e2e-scope), not the curated graph');
    expect(await page.locator('[data-testid="legend-datasets"]').textContent()).toContain('[upload class-one]');

    // A reload reads the choice back from the address.
    await gotoApp(page, page.url());
    expect(await page.locator('[data-testid="dataset-chooser"]').getAttribute('aria-label')).toBe('Datasets: 2 chosen');
    await typeSearch(page, 'Synthetic Pupil');
    await expect.poll(() => results().count(), { timeout: WAIT }).toBe(2);
    await typeSearch(page, 'Hun Manet');
    await expect.poll(() => results().filter({ hasText: 'Hun Manet' }).evaluateAll((els) => els.map((e) => e.getAttribute('data-dataset')).sort()), { timeout: WAIT })
      .toEqual(['cambodia-crackdown', DATASET]);
    expect(pageErrors).toEqual([]);
  });

  it('keeps the canvas when the scope narrows, says so, and refuses to expand a node whose dataset is no longer chosen', async () => {
    await context.close();
    // The refused expansion is a 404 the browser logs on its own; nothing else may reach the console.
    ({ context, page, pageErrors } = await openPage(browser, `${app.baseUrl}/?datasets=cambodia-crackdown,${DATASET}&entity=${ALPHA}`, { ignoreConsole: /404/ }));
    await waitForNode(page, BETA);
    await waitForIdle(page);
    await page.locator('[data-testid="dataset-chooser"]').click();
    await page.locator('[data-testid="dataset-only-curated"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('datasets'), { timeout: WAIT }).toBeNull();
    expect(await page.locator('[data-testid="notice"]').textContent()).toContain('2 nodes already drawn come from datasets no longer chosen: kept on the canvas');
    expect(await page.evaluate(() => window.__cy?.nodes().length)).toBe(2);
    // The panel's neighbour counts are read again for the new scope, not left showing the old one's.
    await expect.poll(() => page.locator('[data-testid="neighbour-counts"]').textContent(), { timeout: WAIT }).toContain(`it comes from dataset '${DATASET}'`);
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="expand-button"]').click();
    await expect.poll(() => page.locator('[data-testid="notice"]').textContent(), { timeout: WAIT })
      .toContain(`it comes from dataset '${DATASET}'. Add that dataset to explore it.`);
    expect(pageErrors).toEqual([]);
  });

  it('says a typo match is close to the name, not an exact hit', async () => {
    await typeSearch(page, 'Hun Manat');
    const hit = page.locator('[data-testid="search-result"][data-id="off-hun-manet"]');
    await hit.waitFor({ timeout: WAIT });
    expect(await hit.getAttribute('data-typo')).toBe('true');
    expect(await hit.locator('[data-testid="result-why"]').textContent()).toBe('close to “Hun Manet” (one letter different)');
    expect(pageErrors).toEqual([]);
  });
});
