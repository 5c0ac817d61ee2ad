// End to end, the upload limits in the page (issue 11, item 10): a 50 MB CSV is refused by its size before it is
// read, and a network over the node limit is refused before anything is posted; both say the documented limits.
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createDriver } from '../../server/db/driver.ts';
import { savedQueriesDir } from '../support/app.ts';
import { launchBrowser } from '../support/browser.ts';
import { gotoApp, WAIT } from './helpers.ts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'e2e-upload-limits-'));
let baseUrl: string;
let closeApp: () => Promise<void>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let uploads: string[];

beforeAll(async () => {
  const { uri, password } = inject('neo4j');
  const driver = createDriver({ uri, user: 'neo4j', password });
  const app = createApp({ driver, config: { AUTH: 'off', QUERY_TIMEOUT_MS: 10_000, NEO4J_DATABASE: undefined, SAVED_QUERIES_DIR: savedQueriesDir() }, toursDir: tmp });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  closeApp = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await driver.close();
  };
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await closeApp?.();
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  uploads = [];
  page.on('request', (req) => { if (req.method() === 'POST' && req.url().endsWith('/api/datasets')) uploads.push(req.url()); });
});

afterEach(async () => {
  await context?.close();
});

async function openYourData(): Promise<void> {
  await gotoApp(page, baseUrl);
  await page.locator('[data-testid="classroom-toggle"]').click();
  await page.locator('[data-testid="classroom-tab-data"]').click();
}

describe('upload limits in the page', () => {
  it('refuses a 50 MB CSV by its size, before reading it, and says the limits', async () => {
    const huge = path.join(tmp, 'huge-edges.csv');
    writeFileSync(huge, 'source,target\n');
    truncateSync(huge, 50 * 1024 * 1024); // sparse: 50 MB on paper, nothing to write
    await openYourData();
    await page.locator('[data-testid="import-files"]').setInputFiles(huge);
    await page.waitForSelector('[data-testid="import-preview"]:has-text("huge-edges.csv is 50 MB, too big to import, so it was not read.")', { timeout: WAIT });
    expect(await page.locator('[data-testid="import-preview"]').textContent()).toContain('at most 5,000 nodes and 10,000 links');
    expect(await page.locator('[data-testid="import-submit"]').isDisabled()).toBe(true);
    expect(uploads).toEqual([]);
  });

  it('refuses more nodes than an upload may hold, before posting anything', async () => {
    const rows = ['id,label', ...Array.from({ length: 5001 }, (_, i) => `n${i},Node ${i}`)].join('\n');
    await openYourData();
    await page.locator('[data-testid="import-files"]').setInputFiles([{ name: 'many-nodes.csv', mimeType: 'text/csv', buffer: Buffer.from(rows) }]);
    await page.waitForSelector('[data-testid="import-preview"]:has-text("many-nodes.csv has 5,001 nodes, more than an upload may hold.")', { timeout: WAIT });
    expect(await page.locator('[data-testid="import-submit"]').isDisabled()).toBe(true);
    expect(uploads).toEqual([]);
  });
});
