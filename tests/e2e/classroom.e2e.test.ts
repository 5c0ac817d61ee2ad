// End to end, classroom mode: present the crackdown tour with the keyboard only, the kiosk link, building a tour,
// importing a CSV network and measuring it, and the offline copy opened from disk with the network blocked.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createDriver } from '../../server/db/driver.ts';
import { savedQueriesDir } from '../support/app.ts';
import { launchBrowser } from '../support/browser.ts';
import { gotoApp, nodeIds, WAIT, waitForIdle } from './helpers.ts';

const SHOTS = path.resolve('docs/screenshots');
const TOUR = 'cambodia-crackdown';
/** Saved tours go to a folder of the test's own, never into the project. */
const toursDir = mkdtempSync(path.join(os.tmpdir(), 'e2e-tours-'));

let baseUrl: string;
let closeApp: () => Promise<void>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];

interface Step { title: string; show: { entities?: string[]; query?: unknown }; highlight: string[] }

async function api<T>(p: string): Promise<T> {
  return (await (await fetch(`${baseUrl}${p}`)).json()) as T;
}

/** The ids each step must put on the canvas: its named entities, or for a query step what the server draws. */
async function expectedIds(steps: Step[]): Promise<string[][]> {
  return Promise.all(steps.map(async (s, i) => s.show.entities
    ?? (await api<{ nodes: Array<{ id: string }> }>(`/api/tours/${TOUR}/steps/${i}/graph`)).nodes.map((n) => n.id)));
}

const stageAt = (p: Page, step: number) =>
  p.waitForSelector(`[data-testid="tour-stage"][data-step="${step}"][data-state="ready"]`, { timeout: WAIT });

beforeAll(async () => {
  const { uri, password } = inject('neo4j');
  const driver = createDriver({ uri, user: 'neo4j', password });
  const app = createApp({ driver, config: { AUTH: 'off', QUERY_TIMEOUT_MS: 10_000, NEO4J_DATABASE: undefined, SAVED_QUERIES_DIR: savedQueriesDir() }, toursDir });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  closeApp = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await driver.close();
  };
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await closeApp?.();
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, acceptDownloads: true });
  page = await context.newPage();
  pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  // The browser logs every 4xx as a console error; the refusals these tests provoke on purpose are not page errors.
  page.on('console', (msg) => { if (msg.type() === 'error' && !/status of 400/.test(msg.text())) pageErrors.push(msg.text()); });
});

afterEach(async () => {
  await context?.close();
  expect(pageErrors).toEqual([]);
});

describe('presenter mode', () => {
  it('plays the crackdown tour through every step with the keyboard only', async () => {
    const tour = await api<{ steps: Step[] }>(`/api/tours/${TOUR}`);
    const ids = await expectedIds(tour.steps);
    const n = tour.steps.length;
    await page.goto(`${baseUrl}/?tour=${TOUR}&present=1`, { waitUntil: 'domcontentloaded' });
    const keys = ['ArrowRight', 'Space', 'PageDown'];
    for (let i = 0; i < n; i += 1) {
      await stageAt(page, i + 1);
      await waitForIdle(page);
      expect(await page.locator('[data-testid="tour-counter"]').textContent()).toBe(`${i + 1} / ${n}`);
      expect(await page.locator('[data-testid="tour-step-title"]').textContent()).toBe(tour.steps[i]!.title);
      const onCanvas = new Set(await nodeIds(page));
      for (const id of ids[i]!) expect(onCanvas.has(id), `step ${i + 1}: ${id}`).toBe(true);
      const highlighted = await page.evaluate(() => window.__cy!.nodes('.cls-focus').map((x) => x.id()).sort());
      expect(highlighted).toEqual([...tour.steps[i]!.highlight].sort());
      if (i === 5) {
        await page.waitForTimeout(700);
        await page.screenshot({ path: path.join(SHOTS, 'presenter.png') });
      }
      if (i < n - 1) await page.keyboard.press(keys[i % keys.length]!);
    }
    // Past the end nothing moves; back with PageUp and ArrowLeft; Home to the start.
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('[data-testid="tour-counter"]').textContent()).toBe(`${n} / ${n}`);
    await page.keyboard.press('PageUp');
    await stageAt(page, n - 1);
    await page.keyboard.press('ArrowLeft');
    await stageAt(page, n - 2);
    await page.keyboard.press('Home');
    await stageAt(page, 1);
    expect(await page.evaluate(() => document.body.classList.contains('cls-presenting'))).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="tour-stage"]', { state: 'hidden', timeout: WAIT });
    expect(await page.evaluate(() => document.body.classList.contains('cls-presenting'))).toBe(false);
    expect(await page.locator('[data-testid="search-input"]').isVisible()).toBe(true);
  }, 120_000);

  it('opens a read-only kiosk link: the tour, and no queries, Cypher or editing', async () => {
    await page.goto(`${baseUrl}/?kiosk=1&tour=${TOUR}`, { waitUntil: 'domcontentloaded' });
    await stageAt(page, 1);
    expect(await page.locator('[data-testid="queries-toggle"]').isVisible()).toBe(false);
    await page.keyboard.press('q');
    expect(await page.locator('[data-testid="queries-drawer"]').isVisible()).toBe(false);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="classroom-drawer"]', { timeout: WAIT });
    expect(await page.locator('[data-testid="classroom-tab-build"]').isVisible()).toBe(false);
    expect(await page.locator('[data-testid="tour-edit-copy"]').first().isVisible()).toBe(false);
    await page.locator('[data-testid="classroom-tab-data"]').click();
    expect(await page.locator('[data-testid="import-files"]').isVisible()).toBe(false);
  });
});

describe('building a tour', () => {
  it('records views as steps, reorders them from the keyboard, and saves the tour', async () => {
    await page.goto(`${baseUrl}/?entity=off-hun-manet`, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => (window.__cy?.nodes().length ?? 0) > 2, null, { timeout: WAIT });
    await waitForIdle(page);
    await page.locator('[data-testid="classroom-toggle"]').click();
    await page.locator('[data-testid="classroom-tab-build"]').click();
    await page.locator('[data-testid="builder-title"]').fill('Who leads what');
    expect(await page.locator('[data-testid="builder-id"]').inputValue()).toBe('who-leads-what');
    await page.locator('[data-testid="builder-description"]').fill('A two-step tour made in the e2e test.');
    await page.locator('[data-testid="record-step"]').click();
    await page.locator('[data-testid="step-title"]').fill('Around Hun Manet');
    await page.locator('[data-testid="step-narration"]').fill('The **Prime Minister** and what he *leads*.');
    expect(await page.locator('[data-testid="step-narration-preview"]').innerHTML()).toBe('<p>The <strong>Prime Minister</strong> and what he <em>leads</em>.</p>');
    await page.locator('[data-testid="step-question"]').fill('What does a LEADS line claim?');

    // A second view: just the crackdown, selected, so it becomes the highlight.
    await page.evaluate(() => {
      const cy = window.__cy!;
      cy.nodes().not('#ev-crackdown, #off-hun-manet').remove();
      cy.elements().unselect();
      cy.getElementById('ev-crackdown').select();
    });
    await page.locator('[data-testid="record-step"]').click();
    await page.locator('[data-testid="step-title"]').fill('The crackdown');
    await page.locator('[data-testid="step-narration"]').fill('Ordered, the source says, by Hun Manet.');
    await page.locator('[data-testid="step-question"]').fill('Who carried it out?');

    // Move step 2 up with Alt+ArrowUp on its list item.
    await page.locator('[data-testid="builder-step"]').nth(1).focus();
    await page.keyboard.press('Alt+ArrowUp');
    expect(await page.locator('[data-testid="builder-step"]').first().textContent()).toContain('1. The crackdown');
    await page.locator('[data-testid="builder-save"]').click();
    await page.waitForSelector('[data-testid="builder-status"]:has-text("Saved")', { timeout: WAIT });

    const saved = JSON.parse(readFileSync(path.join(toursDir, 'who-leads-what.json'), 'utf8'));
    expect(saved.steps.map((s: { title: string }) => s.title)).toEqual(['The crackdown', 'Around Hun Manet']);
    expect(saved.steps[0].highlight).toEqual(['ev-crackdown']);
    expect(saved.steps[1].show.entities).toContain('pb-government-cambodia');
    expect(readdirSync(toursDir)).toEqual(['who-leads-what.json']);
    await page.locator('[data-testid="classroom-tab-tours"]').click();
    await page.waitForSelector('[data-testid="tour-item"][data-tour-id="who-leads-what"]', { timeout: WAIT });

    // Saving it again is refused, with the field named in the form.
    await page.locator('[data-testid="classroom-tab-build"]').click();
    await page.locator('[data-testid="builder-save"]').click();
    await page.waitForSelector('[data-testid="builder-status"]:has-text("already exists")', { timeout: WAIT });
    expect(await page.locator('[data-testid="builder-id"]').getAttribute('aria-invalid')).toBe('true');
  });
});

describe('your own network', () => {
  it('imports a CSV network through the page, draws it, measures it, and deletes it', async () => {
    const nodes = ['id,label,type', 'ana,Ana,Person', 'ben,Ben,', 'cy,Cy,', 'dee,Dee,', 'eve,Eve,', 'fox,"Fox, the broker",',
      'gus,Gus,', 'hal,Hal,', 'ida,Ida,', 'jo,Jo,', 'club,Chess club,Organisation', 'band,School band,Organisation'].join('\n');
    const edges = ['source,target,type', 'ana,ben,friend of', 'ana,cy,friend of', 'ben,cy,friend of', 'cy,dee,friend of', 'dee,ana,friend of',
      'dee,fox,friend of', 'fox,gus,friend of', 'gus,hal,friend of', 'hal,ida,friend of', 'ida,gus,friend of', 'jo,hal,friend of', 'jo,ida,friend of', 'eve,ben,friend of',
      'ana,club,member of', 'ben,club,member of', 'cy,club,member of', 'hal,band,member of', 'ida,band,member of', 'jo,band,member of'].join('\n');
    await gotoApp(page, baseUrl);
    await page.locator('[data-testid="classroom-toggle"]').click();
    await page.locator('[data-testid="classroom-tab-data"]').click();
    await page.locator('[data-testid="import-files"]').setInputFiles([
      { name: 'class-nodes.csv', mimeType: 'text/csv', buffer: Buffer.from(nodes) },
      { name: 'class-edges.csv', mimeType: 'text/csv', buffer: Buffer.from(edges) },
    ]);
    await page.waitForSelector('[data-testid="import-preview"]:has-text("12 nodes and 19 links")', { timeout: WAIT });
    expect(await page.locator('[data-testid="import-name"]').inputValue()).toBe('class');
    await page.locator('[data-testid="import-name"]').fill('e2e-class');
    await page.locator('[data-testid="import-submit"]').click();
    await page.waitForSelector('[data-testid="dataset-item"][data-dataset="e2e-class"]', { timeout: WAIT });
    await page.waitForFunction(() => window.__cy?.getElementById('import-e2e-class--fox').nonempty(), null, { timeout: WAIT });
    await waitForIdle(page);
    expect((await nodeIds(page)).filter((id) => id.startsWith('import-e2e-class--'))).toHaveLength(12);
    expect(await page.evaluate(() => window.__cy!.getElementById('import-e2e-class--fox').data('label'))).toBe('Fox, the broker\n[upload e2e-class]');

    // Network basics: betweenness puts the broker on top; communities split the two groups.
    await page.locator('[data-testid="classroom-tab-network"]').click();
    await page.locator('[data-testid="measure-betweenness"]').click();
    expect(await page.locator('[data-testid="measure-explain"]').textContent()).toMatch(/^Betweenness: how often a node lies on the shortest routes/);
    const top = page.locator('[data-testid="measure-table"] tbody tr').first();
    expect(['import-e2e-class--fox', 'import-e2e-class--dee', 'import-e2e-class--gus']).toContain(await top.getAttribute('data-node-id'));
    const foxSize = await page.evaluate(() => window.__cy!.getElementById('import-e2e-class--fox').width());
    const joSize = await page.evaluate(() => window.__cy!.getElementById('import-e2e-class--jo').width());
    expect(foxSize).toBeGreaterThan(joSize);
    await page.locator('[data-testid="measure-communities"]').click();
    const colour = (id: string) => page.evaluate((x) => window.__cy!.getElementById(x).data('clsColour'), `import-e2e-class--${id}`);
    expect(await colour('ana')).toBe(await colour('ben'));
    expect(await colour('ana')).not.toBe(await colour('ida'));
    // The screenshot: a roomier window, betweenness as size, laid out again for the new sizes.
    await page.setViewportSize({ width: 1680, height: 1000 });
    await page.getByRole('button', { name: 'Hide', exact: true }).click();
    await page.locator('[data-testid="measure-betweenness"]').click();
    await page.getByRole('button', { name: 'Re-layout', exact: true }).click();
    await waitForIdle(page);
    const dismiss = page.getByRole('button', { name: 'Dismiss message' });
    if (await dismiss.isVisible()) await dismiss.click();
    await page.mouse.move(2, 2);
    await page.waitForTimeout(900);
    await page.screenshot({ path: path.join(SHOTS, 'measures.png') });

    // Delete it again, from the page.
    await page.locator('[data-testid="classroom-tab-data"]').click();
    page.once('dialog', (d) => void d.accept());
    await page.locator('[data-testid="dataset-item"][data-dataset="e2e-class"] [data-testid="dataset-delete"]').click();
    await page.waitForSelector('[data-testid="dataset-item"][data-dataset="e2e-class"]', { state: 'detached', timeout: WAIT });
    expect((await api<{ datasets: Array<{ name: string }> }>('/api/datasets')).datasets).toEqual([]);
  });

  it('tells a broken upload by file, row and column, and imports nothing', async () => {
    await gotoApp(page, baseUrl);
    await page.locator('[data-testid="classroom-toggle"]').click();
    await page.locator('[data-testid="classroom-tab-data"]').click();
    await page.locator('[data-testid="import-files"]').setInputFiles([
      { name: 'nodes.csv', mimeType: 'text/csv', buffer: Buffer.from('id,label\na,A\nb,B\n') },
      { name: 'edges.csv', mimeType: 'text/csv', buffer: Buffer.from('source,target\na,b\nb,zed\n') },
    ]);
    await page.locator('[data-testid="import-name"]').fill('broken');
    await page.locator('[data-testid="import-submit"]').click();
    await page.waitForSelector('[data-testid="import-status"]:has-text("edges.csv row 3, column target: unknown node \'zed\'")', { timeout: WAIT });
    expect((await api<{ datasets: unknown[] }>('/api/datasets')).datasets).toEqual([]);
  });
});

describe('GraphML and GEXF', () => {
  it('reads both in the browser, and imports a GraphML network', async () => {
    const graphml = `<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">
      <key id="l" for="node" attr.name="label" attr.type="string"/><key id="t" for="edge" attr.name="type" attr.type="string"/>
      <graph edgedefault="undirected"><node id="n1"><data key="l">One</data></node><node id="n2"><data key="l">Two</data></node><node id="n3"/>
      <edge source="n1" target="n2"><data key="t">knows</data></edge><edge source="n2" target="n3"/></graph></graphml>`;
    const gexf = `<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected">
      <attributes class="node"><attribute id="0" title="type" type="string"/></attributes>
      <nodes><node id="a" label="Alpha"><attvalues><attvalue for="0" value="Organisation"/></attvalues></node><node id="b" label="Beta"/></nodes>
      <edges><edge id="0" source="a" target="b" label="funds"/></edges></graph></gexf>`;
    await gotoApp(page, baseUrl);
    await page.locator('[data-testid="classroom-toggle"]').click();
    await page.locator('[data-testid="classroom-tab-data"]').click();
    const files = page.locator('[data-testid="import-files"]');
    await files.setInputFiles([{ name: 'funders.gexf', mimeType: 'application/xml', buffer: Buffer.from(gexf) }]);
    await page.waitForSelector('[data-testid="import-preview"]:has-text("2 nodes and 1 link read from funders.gexf")', { timeout: WAIT });
    await page.locator('[data-testid="import-name"]').fill('');
    await files.setInputFiles([{ name: 'trio.graphml', mimeType: 'application/xml', buffer: Buffer.from(graphml) }]);
    await page.waitForSelector('[data-testid="import-preview"]:has-text("3 nodes and 2 links read from trio.graphml")', { timeout: WAIT });
    expect(await page.locator('[data-testid="import-name"]').inputValue()).toBe('trio');
    await page.locator('[data-testid="import-submit"]').click();
    await page.waitForFunction(() => window.__cy?.getElementById('import-trio--n1').data('label') === 'One\n[upload trio]', null, { timeout: WAIT });
    await waitForIdle(page);
    expect(await page.evaluate(() => window.__cy!.edges().map((e) => e.data('label')).sort())).toEqual(['knows', 'link']);
    expect((await fetch(`${baseUrl}/api/datasets/trio`, { method: 'DELETE' })).status).toBe(204);
  });
});

describe('offline copy', () => {
  it('downloads the tour as one HTML file that steps through from file:// with the network blocked', async () => {
    await gotoApp(page, baseUrl);
    await page.locator('[data-testid="classroom-toggle"]').click();
    const item = page.locator(`[data-testid="tour-item"][data-tour-id="${TOUR}"]`);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      item.locator('[data-testid="tour-download"]').click(),
    ]);
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'offline-')), download.suggestedFilename());
    await download.saveAs(file);
    const html = readFileSync(file, 'utf8');
    // Everything inline: no script or stylesheet is fetched from anywhere.
    expect(html).not.toMatch(/<script[^>]*\ssrc=/i);
    expect(html).not.toMatch(/<link[^>]*stylesheet/i);

    const offline = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const requests: string[] = [];
    await offline.route('**/*', (r) => {
      if (r.request().url().startsWith('file:')) return r.continue();
      requests.push(r.request().url());
      return r.abort();
    });
    const off = await offline.newPage();
    const errors: string[] = [];
    off.on('pageerror', (e) => errors.push(e.message));
    await off.goto(`file://${file}`);
    await off.waitForFunction(() => window.__cy !== undefined && document.body.dataset.step === '1', null, { timeout: WAIT });
    const tour = await api<{ steps: Step[] }>(`/api/tours/${TOUR}`);
    const ids = await expectedIds(tour.steps);
    for (let i = 0; i < tour.steps.length; i += 1) {
      expect(await off.locator('#counter').textContent()).toBe(`${i + 1} / ${tour.steps.length}`);
      expect(await off.locator('#step-title').textContent()).toBe(tour.steps[i]!.title);
      const visible = await off.evaluate(() => window.__cy!.nodes().filter((x) => x.style('display') !== 'none').map((x) => x.id()));
      expect(new Set(visible)).toEqual(new Set(ids[i]));
      await off.keyboard.press(i % 2 ? 'Space' : 'ArrowRight');
      if (i < tour.steps.length - 1) await off.waitForFunction((s) => document.body.dataset.step === s, String(i + 2), { timeout: WAIT });
    }
    await off.keyboard.press('PageUp');
    expect(await off.locator('#counter').textContent()).toBe(`${tour.steps.length - 1} / ${tour.steps.length}`);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await offline.close();
  });
});
