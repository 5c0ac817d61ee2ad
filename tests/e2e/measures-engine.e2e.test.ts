// End to end, the measures panel names its engine: the browser for a small canvas, the database (GDS) on request,
// with the same ranking at the top for a network the chosen datasets hold alone.
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createDriver } from '../../server/db/driver.ts';
import { savedQueriesDir } from '../support/app.ts';
import { launchBrowser } from '../support/browser.ts';
import { asUpload, KARATE } from '../support/classic-networks.ts';
import { postJson } from '../support/http.ts';
import { gotoApp, WAIT, waitForIdle } from './helpers.ts';

let baseUrl: string;
let closeApp: () => Promise<void>;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  const { uri, password } = inject('neo4j');
  const driver = createDriver({ uri, user: 'neo4j', password });
  const app = createApp({ driver, config: { AUTH: 'off', QUERY_TIMEOUT_MS: 30_000, NEO4J_DATABASE: undefined, SAVED_QUERIES_DIR: savedQueriesDir() } });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  closeApp = async () => {
    await fetch(`${baseUrl}/api/datasets/e2e-karate`, { method: 'DELETE' });
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await driver.close();
  };
  expect((await postJson(baseUrl, '/api/datasets', asUpload('e2e-karate', KARATE))).status).toBe(201);
  browser = await launchBrowser();
  page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  page.on('pageerror', (err) => pageErrors.push(err.message));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await closeApp?.();
});

describe('the measures panel', () => {
  it('says the browser computed a small canvas, and the database (GDS 2.13.9) when asked', async () => {
    // Only the karate club in scope, so the database measures what the canvas shows.
    await gotoApp(page, `${baseUrl}/?datasets=import-e2e-karate`);
    await page.locator('[data-testid="classroom-toggle"]').click();
    await page.locator('[data-testid="classroom-tab-data"]').click();
    await page.locator('[data-testid="dataset-item"][data-dataset="e2e-karate"] [data-testid="dataset-show"]').click();
    await page.waitForFunction(() => window.__cy?.getElementById('import-e2e-karate--m33').nonempty(), null, { timeout: WAIT });
    await waitForIdle(page);
    await page.locator('[data-testid="classroom-tab-network"]').click();
    await page.locator('[data-testid="measure-degree"]').click();
    const engine = page.locator('[data-testid="measure-engine"]');
    expect(await engine.textContent()).toBe('Figures computed in this browser.');
    const top = page.locator('[data-testid="measure-table"] tbody tr').first();
    expect(await top.getAttribute('data-node-id')).toBe('import-e2e-karate--m33');

    await page.locator('[data-testid="measure-by-database"]').click();
    await page.waitForSelector('[data-testid="measure-engine"]:has-text("computed by the database")', { timeout: 60_000 });
    expect(await engine.textContent()).toMatch(/^Figures computed by the database \(GDS 2\.13\.9\) over the chosen datasets: 34 nodes, 78 links\.$/);
    expect(await top.getAttribute('data-node-id')).toBe('import-e2e-karate--m33');
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
