// End to end, CSV dialects (issue 13): a Windows-1252, semicolon-separated, header-less edge list uploaded through the
// page. The page says what it detected and that it converted the file, the columns are mapped from the keyboard, the
// names arrive intact (checked through the API), the weights are stored as numbers, and the measures use them.
import { mkdtempSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { DatasetGraph } from '../../server/contract/datasets.ts';
import { createApp } from '../../server/app.ts';
import { createDriver } from '../../server/db/driver.ts';
import { savedQueriesDir } from '../support/app.ts';
import { launchBrowser } from '../support/browser.ts';
import { gotoApp, WAIT, waitForIdle } from './helpers.ts';

const FILE = 'windows-1252-semicolon-headerless.csv';
const NAME = 'e2e-csv-dialects';
const tmp = mkdtempSync(path.join(os.tmpdir(), 'e2e-csv-dialects-'));
let baseUrl: string;
let closeApp: () => Promise<void>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];

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
  await fetch(`${baseUrl}/api/datasets/${NAME}`, { method: 'DELETE' }).catch(() => undefined);
  await browser?.close();
  await closeApp?.();
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
});

afterEach(async () => {
  await context?.close();
});

const role = (column: number) => page.locator(`[data-testid="csv-file"] [data-testid="csv-role"][data-column="${column}"]`);

describe('CSV dialects through the page', () => {
  it('uploads a semicolon, Windows-1252, header-less CSV: detected, converted with a notice, mapped, names intact', async () => {
    await gotoApp(page, baseUrl);
    await page.locator('[data-testid="classroom-toggle"]').click();
    await page.locator('[data-testid="classroom-tab-data"]').click();
    const bytes = readFileSync(path.join('tests/fixtures/csv', FILE));
    // The bytes on disk really are Windows-1252: "é" is the single byte 0xE9, "€" is 0x80.
    expect(bytes.includes(0xe9) && bytes.includes(0x80)).toBe(true);
    await page.locator('[data-testid="import-files"]').setInputFiles([{ name: FILE, mimeType: 'text/csv', buffer: bytes }]);

    // What was detected, and the notice that names the file and the encoding.
    await page.waitForSelector('[data-testid="csv-file"]', { timeout: WAIT });
    expect(await page.locator('[data-testid="csv-detected"]').textContent()).toBe('Detected: semicolon · Windows-1252 · no header row');
    expect(await page.locator('[data-testid="import-notice"]').textContent()).toContain(`${FILE} is not UTF-8: it was read as Windows-1252 and converted.`);
    expect(await page.locator('[data-testid="csv-delimiter"]').inputValue()).toBe(';');
    expect(await page.locator('[data-testid="csv-header"]').isChecked()).toBe(false);
    // The guessed mapping of a header-less edge list: source, target, then the numeric column as weight.
    expect(await Promise.all([0, 1, 2, 3].map((c) => role(c).inputValue()))).toEqual(['source', 'target', 'weight', 'type']);
    await page.waitForSelector('[data-testid="import-preview"]:has-text("3 nodes and 3 links")', { timeout: WAIT });

    // Map the fourth column from the keyboard: Tab into its select, type to pick "keep as property".
    await role(2).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.column)).toBe('3');
    await page.keyboard.type('keep');
    await expect.poll(() => role(3).inputValue(), { timeout: WAIT }).toBe('property');
    // The step is drawn again with the new mapping, and the focus stays on the control the user was on.
    expect(await page.evaluate(() => { const el = document.activeElement as HTMLElement | null; return [el?.dataset.testid, el?.dataset.column]; })).toEqual(['csv-role', '3']);
    await page.waitForSelector('[data-testid="import-preview"]:has-text("3 nodes and 3 links")', { timeout: WAIT });

    await page.locator('[data-testid="import-name"]').fill(NAME);
    await page.locator('[data-testid="import-submit"]').click();
    // The first write to a fresh test database (and other suites' load on 2 cores) can take a while: bounded, but roomy.
    await page.waitForSelector(`[data-testid="dataset-item"][data-dataset="${NAME}"]`, { timeout: 4 * WAIT });

    // Through the API: the names as written, not "Soci�t�"; the weights as numbers; the fourth column as a property.
    const graph = (await (await fetch(`${baseUrl}/api/datasets/${NAME}/graph`)).json()) as DatasetGraph;
    const names = graph.nodes.filter((n) => n.type !== 'Source').map((n) => n.name).sort();
    expect(names).toEqual(['Anna Müller', 'Café Zoë Synthétique', 'Société Générale Synthétique']);
    const byId = new Map(graph.nodes.map((n) => [n.id, n.name]));
    const links = graph.edges.map((e) => [byId.get(e.source), byId.get(e.target), e.properties.weight, e.properties.column_4]);
    expect(links.sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ['Anna Müller', 'Café Zoë Synthétique', 1, 'friend of'],
      ['Café Zoë Synthétique', 'Société Générale Synthétique', 0.75, 'owes'],
      ['Société Générale Synthétique', 'Anna Müller', 2.5, 'paid in €'],
    ]);

    // The measures' weighted option reads those weights: strength puts Anna Müller (2.5 + 1) first.
    await page.waitForFunction((id) => window.__cy?.getElementById(id).nonempty(), `import-${NAME}--anna-muller`, { timeout: WAIT });
    await waitForIdle(page);
    await page.locator('[data-testid="classroom-tab-network"]').click();
    await page.locator('[data-testid="measure-degree"]').click();
    await page.locator('[data-testid="measure-weighted"]').check();
    await expect.poll(() => page.locator('[data-testid="measure-weight-note"]').textContent(), { timeout: WAIT }).toBe('3 of 3 links have a weight; the others count as 1.');
    const rows = await page.locator('[data-testid="measure-table"] tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.children[1]?.textContent, tr.children[2]?.textContent]));
    expect(rows.slice(0, 3)).toEqual([['Anna Müller', '3.500'], ['Société Générale Synthétique', '3.250'], ['Café Zoë Synthétique', '1.750']]);
    expect(pageErrors).toEqual([]);
  });
});
