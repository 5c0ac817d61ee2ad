// End to end: an analyst runs a saved query, sorts and downloads its table, writes, saves and is refused ad-hoc Cypher, and opens a shared link.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { closeApp, openApp, openPage, type TestApp } from './session.ts';
import { WAIT, waitForIdle, waitForNode } from './helpers.ts';

const SCREENSHOT = path.resolve('docs/screenshots/queries.png');
const ALLEGATIONS = 'allegations-against-entity';

let app: TestApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 1; } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

async function columnsOf(id: string): Promise<string[]> {
  const res = await fetch(`${app.baseUrl}/api/queries/${id}`);
  return ((await res.json()) as { columns: string[] }).columns;
}

const resultsDone = (p: Page) => p.waitForSelector('[data-testid="results"][data-state="done"]:not([aria-busy])', { timeout: WAIT });
const tableRows = (p: Page) => p.locator('[data-testid="result-table"] [data-testid="result-row"]');

/** Types a name into an entity parameter's picker and picks the match with that id. */
async function pickEntity(p: Page, queryId: string, param: string, name: string, id: string): Promise<void> {
  const input = p.locator(`[data-testid="query-detail"] input[data-param="${param}"]`);
  await input.fill('');
  await input.pressSequentially(name.slice(0, 12));
  const option = p.locator(`[data-testid="qp-${queryId}-${param}-option"][data-id="${id}"]`);
  await option.waitFor({ timeout: WAIT });
  await option.click();
  await expect.poll(() => input.inputValue(), { timeout: WAIT }).toBe(name);
}

async function openQuery(p: Page, id: string): Promise<void> {
  await p.locator('[data-testid="query-search"]').fill(id.split('-')[0]!);
  await p.locator(`[data-testid="query-item"][data-query-id="${id}"]`).click();
  await p.waitForSelector(`[data-query-id="${id}"][aria-expanded="true"]`, { timeout: WAIT });
}

beforeAll(async () => { ({ app, browser } = await openApp()); }, 120_000);
afterAll(() => closeApp(app, browser));
beforeEach(async () => { ({ context, page, pageErrors } = await openPage(browser, app.baseUrl, { clipboard: true, ignoreConsole: /status of 400/ })); });
afterEach(async () => { await context?.close(); });

describe('saved and ad-hoc Cypher', () => {
  it('runs a saved query onto the canvas, sorts and downloads its table, then writes, saves and is refused ad-hoc Cypher', async () => {
    await page.waitForSelector('[data-testid="health"][data-state="ok"]', { timeout: WAIT });

    // The Q shortcut opens the Queries panel (focus is on the page, not in a field).
    await page.keyboard.press('q');
    expect(await page.locator('[data-testid="queries-toggle"]').getAttribute('aria-expanded')).toBe('true');
    await page.waitForSelector('[data-testid="query-item"]', { timeout: WAIT });

    await openQuery(page, ALLEGATIONS);
    const item = page.locator(`[data-query-id="${ALLEGATIONS}"]`);
    expect(await item.textContent()).toContain('Allegations against an entity, with their citations');
    const detail = page.locator('[data-testid="query-detail"]');
    expect(await detail.textContent()).toContain('What is alleged against one entity');
    // The entity is picked by name, not typed as an id; the default shows by its name.
    const entity = detail.locator('input[data-param="entity"]');
    await expect.poll(() => entity.inputValue(), { timeout: WAIT }).toBe('Government of Cambodia');
    await pickEntity(page, ALLEGATIONS, 'entity', 'Government of Cambodia', 'pb-government-cambodia');
    await entity.press('Control+Enter');

    await resultsDone(page);
    await waitForNode(page, 'al-gov-complicity');
    await waitForIdle(page);
    expect(await page.locator('[data-testid="query-form"]').getAttribute('data-state')).toBe('done');
    const rowCount = await tableRows(page).count();
    expect(rowCount).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="row-count"]').textContent()).toBe(`${rowCount} row${rowCount === 1 ? '' : 's'}`);
    expect(await page.locator('[data-testid="timing"]').textContent()).toMatch(/^guard [\d.]+ ms · run [\d.]+ ms$/);
    expect(await page.locator('[data-testid="truncated-badge"]').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('query')).toBe(ALLEGATIONS);

    // Sorting by a column, from the keyboard: Enter on its header button; again for descending.
    const columns = await columnsOf(ALLEGATIONS);
    const sortColumn = columns.indexOf('claimant');
    const sortButton = page.locator('[data-testid="sort-button"][data-column="claimant"]');
    await sortButton.focus();
    await page.keyboard.press('Enter');
    const th = page.locator('[data-testid="result-table"] th').nth(sortColumn);
    expect(await th.getAttribute('aria-sort')).toBe('ascending');
    const cellTexts = () => tableRows(page).evaluateAll((rows, i) => rows.map((r) => r.children[i]?.querySelector('.cell-node')?.textContent ?? ''), sortColumn);
    const ascending = await cellTexts();
    expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' })));
    await sortButton.click();
    expect(await th.getAttribute('aria-sort')).toBe('descending');
    expect(await cellTexts()).toEqual([...ascending].reverse());

    // The README's screenshot: the library, the graph on the canvas and the sorted table.
    // The legend folds itself when the drawer and results leave the canvas short of room; fold it if it has not.
    const hideLegend = page.locator('.legend-toggle[aria-expanded="true"]');
    if (await hideLegend.isVisible()) await hideLegend.click();
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    await page.getByRole('button', { name: 'Dismiss message' }).click();
    await page.mouse.move(2, 2);
    await page.waitForTimeout(600);
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });

    // Download CSV: a real file, its header the query's columns, one line per table row.
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: WAIT }),
      page.locator('[data-testid="download-csv"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${ALLEGATIONS}.csv`);
    const csv = parseCsv(readFileSync((await download.path())!, 'utf8'));
    expect(csv[0]).toEqual(columns);
    expect(csv.length - 1).toBe(rowCount);
    // Cells read as in the table: names and grades, never JSON.
    expect(csv.slice(1).every((row) => row.every((cell) => !cell.startsWith('{') && !cell.startsWith('[')))).toBe(true);
    expect(csv.slice(1).map((row) => row[columns.indexOf('accused')])).toEqual(csv.slice(1).map(() => 'Government of Cambodia'));
    expect(csv.slice(1).every((row) => row[columns.indexOf('status')] === 'alleged' && /^[1-6]$/.test(row[columns.indexOf('credibility')]!))).toBe(true);

    // Ad-hoc Cypher, typed for real into CodeMirror and run with Ctrl+Enter.
    await page.locator('[data-testid="tab-editor"]').click();
    const editor = page.locator('[data-testid="cypher-editor"] .cm-content');
    await editor.waitFor({ timeout: WAIT });
    await editor.click();
    const adHoc = 'MATCH (o:Official) RETURN o.name AS name';
    await page.keyboard.type(adHoc);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => window.__editor?.value())).toBe(adHoc);
    await page.keyboard.press('Control+Enter');
    await page.waitForSelector('[data-testid="results-title"]:text("Ad-hoc query")', { timeout: WAIT });
    await resultsDone(page);
    expect(await page.locator('[data-testid="result-table"]').textContent()).toContain('Hun Manet');
    expect(await page.locator('[data-testid="history"] option').count()).toBe(2);

    // Save as query: columns come from the run; the library reloads with the new entry open.
    await page.locator('[data-testid="save-as"]').click();
    expect(await page.locator('[data-testid="save-columns"]').inputValue()).toBe('name');
    await page.locator('[data-testid="save-id"]').fill('officials-e2e');
    await page.locator('[data-testid="save-title"]').fill('Officials (e2e)');
    await page.locator('[data-testid="save-description"]').fill('Every official in the graph, by name.');
    await page.locator('[data-testid="save-tags"]').fill('actors, e2e');
    await page.locator('[data-testid="save-submit"]').click();
    const saved = page.locator('[data-testid="query-item"][data-query-id="officials-e2e"]');
    await saved.waitFor({ timeout: WAIT });
    expect(await saved.getAttribute('aria-expanded')).toBe('true');
    expect(await saved.textContent()).toContain('Officials (e2e)');
    expect(await saved.textContent()).toContain('saved');
    expect(await page.locator('[data-testid="tab-library"]').getAttribute('aria-selected')).toBe('true');

    // A write is refused by the read-only guard, with its reason, in a banner.
    await page.locator('[data-testid="tab-editor"]').click();
    await page.evaluate(() => window.__editor?.setValue('MATCH (n) DETACH DELETE n'));
    await page.locator('[data-testid="run-cypher"]').click();
    const refusal = page.locator('[data-testid="refusal"]');
    await refusal.waitFor({ timeout: WAIT });
    expect(await refusal.textContent()).toMatch(/^Refused: it writes data/);
    expect(await refusal.getAttribute('role')).toBe('alert');
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it('picks path ends by name, and writes the path in its true direction in the table and the CSV', async () => {
    const id = 'shortest-path-between';
    await page.waitForSelector('[data-testid="health"][data-state="ok"]', { timeout: WAIT });
    await page.keyboard.press('q');
    await page.waitForSelector('[data-testid="query-item"]', { timeout: WAIT });
    await openQuery(page, id);
    const from = page.locator('[data-testid="query-detail"] input[data-param="from"]');
    await expect.poll(() => from.inputValue(), { timeout: WAIT }).toBe('Hun Manet');
    // Hun Manet ORDERED the crackdown: walked from the crackdown, the hop points back.
    await pickEntity(page, id, 'from', 'Cambodia cybercrime crackdown', 'ev-crackdown');
    await pickEntity(page, id, 'to', 'Hun Manet', 'off-hun-manet');
    // With the matches closed, Enter in the picker runs the query like Enter in any other field.
    await page.locator('[data-testid="query-detail"] input[data-param="to"]').press('Enter');
    await resultsDone(page);
    const columns = await columnsOf(id);
    const pathCell = tableRows(page).first().locator('td').nth(columns.indexOf('path'));
    expect(await pathCell.textContent()).toBe('Cambodia cybercrime crackdown <-[ORDERED]- Hun Manet');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: WAIT }),
      page.locator('[data-testid="download-csv"]').click(),
    ]);
    const csv = parseCsv(readFileSync((await download.path())!, 'utf8'));
    expect(csv[1]![columns.indexOf('path')]).toBe('Cambodia cybercrime crackdown <-[ORDERED]- Hun Manet');
    expect(new URL(page.url()).searchParams.get('p.from')).toBe('ev-crackdown');
    expect(pageErrors).toEqual([]);
  }, 90_000);

  it('says in words that a shared link names an entity not in the chosen datasets', async () => {
    await page.goto(`${app.baseUrl}/?query=${ALLEGATIONS}&p.entity=pb-no-such-body`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector(`[data-query-id="${ALLEGATIONS}"][aria-expanded="true"]`, { timeout: WAIT });
    const errors = page.locator('[data-testid="query-detail"] .run-errors');
    await expect.poll(() => errors.textContent(), { timeout: WAIT }).toMatch(/No entity with id 'pb-no-such-body' in the chosen datasets/);
    expect(await page.locator('[data-testid="query-form"]').getAttribute('data-state')).toBe('error');
  }, 60_000);

  it('runs saved queries inside the datasets chosen in the address', async () => {
    const upload = {
      name: 'e2e-scope', files: { nodes: 'nodes.csv', edges: 'edges.csv' },
      nodes: [{ id: 'alpha', name: 'Synthetic Actor Alpha', type: 'person', row: 2 }, { id: 'club', name: 'Synthetic Club Beta', type: 'Organisation', row: 3 }],
      edges: [{ source: 'alpha', target: 'club', type: 'member of', row: 2 }],
    };
    const res = await fetch(`${app.baseUrl}/api/datasets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(upload) });
    expect(res.status).toBe(201);
    try {
      const table = page.locator('[data-testid="result-table"]');
      await page.goto(`${app.baseUrl}/?query=most-connected-actors&p.top=100`, { waitUntil: 'domcontentloaded' });
      await resultsDone(page);
      expect(await table.textContent()).toContain('Hun Manet');
      expect(await table.textContent()).not.toContain('Synthetic Actor Alpha');
      await page.goto(`${app.baseUrl}/?datasets=cambodia-crackdown,import-e2e-scope&query=most-connected-actors&p.top=100`, { waitUntil: 'domcontentloaded' });
      await resultsDone(page);
      expect(await table.textContent()).toContain('Hun Manet');
      expect(await table.textContent()).toContain('Synthetic Actor Alpha');
    } finally {
      await fetch(`${app.baseUrl}/api/datasets/e2e-scope`, { method: 'DELETE' });
    }
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('opens a shared link with its parameters, runs it, and copies such a link', async () => {
    const id = 'sources-by-reliability';
    const columns = await columnsOf(id);
    await page.goto(`${app.baseUrl}/?query=${id}&p.weakestReliability=B`, { waitUntil: 'domcontentloaded' });

    await page.waitForSelector(`[data-query-id="${id}"][aria-expanded="true"]`, { timeout: WAIT });
    expect(await page.locator('[data-testid="queries-drawer"]').isVisible()).toBe(true);
    const field = page.locator('[data-testid="query-detail"] select[data-param="weakestReliability"]');
    expect(await field.inputValue()).toBe('B');
    await resultsDone(page);
    const grades = await tableRows(page).evaluateAll((rows, i) => rows.map((r) => r.children[i]?.textContent), columns.indexOf('reliability'));
    expect(grades.length).toBeGreaterThan(0);
    expect(grades.every((g) => g === 'A' || g === 'B')).toBe(true);

    // Copying the link for other values: the clipboard gets the address of that run.
    await field.selectOption('F');
    await page.locator('[data-testid="query-copy-link"]').click();
    await expect.poll(() => page.locator('[data-testid="query-copy-status"]').textContent(), { timeout: WAIT }).toBe('Link copied');
    const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(link.searchParams.get('query')).toBe(id);
    expect(link.searchParams.get('p.weakestReliability')).toBe('F');
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
