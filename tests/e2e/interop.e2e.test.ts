// Issue 13 in the page: "Your data" imports a Scamgraph export (scamgraph-json, read in the page by the shared
// reader for the preview, then sent as the file to POST /api/datasets/:name/import) and draws it; the view's
// GEXF 1.2draft export opens in graphology-gexf.
import Graph from 'graphology';
import { parse as parseGexfPeer } from 'graphology-gexf';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectChunks, dumpOf, formatOf } from '../../server/interop/formats.ts';
import { syntheticGraph } from '../support/interop-synthetic.ts';
import { closeApp, openApp, openPage, type TestApp } from './session.ts';
import { WAIT, waitForIdle } from './helpers.ts';
import { exportFiles } from './investigate-steps.ts';

let app: TestApp | undefined;
let browser: Browser | undefined;
let context: BrowserContext | undefined;
let page: Page;
let pageErrors: string[] = [];
const NAME = 'e2e-interop';

beforeAll(async () => {
  ({ app, browser } = await openApp());
  ({ context, page, pageErrors } = await openPage(browser, app.baseUrl));
});
afterAll(async () => {
  if (app) await fetch(`${app.baseUrl}/api/datasets/${NAME}`, { method: 'DELETE' }).catch(() => {});
  await context?.close();
  await closeApp(app, browser);
});

describe('interop in the page', () => {
  it('imports a scamgraph-json export through Your data, all of it, and draws it', async () => {
    const g = syntheticGraph('interop-e2e');
    const file = (await collectChunks(formatOf('scamgraph-json').write(dumpOf('interop-e2e', g.nodes, g.relationships)))) as string;
    await page.locator('[data-testid="classroom-toggle"]').click();
    await page.locator('[data-testid="classroom-tab-data"]').click();
    await page.locator('[data-testid="import-files"]').setInputFiles([{ name: 'interop-e2e.json', mimeType: 'application/json', buffer: Buffer.from(file) }]);
    await page.waitForSelector(`[data-testid="import-preview"]:has-text("${g.nodes.length} nodes and ${g.relationships.length} links read from interop-e2e.json (scamgraph-json)")`, { timeout: WAIT });
    await page.locator('[data-testid="import-name"]').fill(NAME);
    await page.locator('[data-testid="import-submit"]').click();
    await page.waitForSelector(`[data-testid="import-status"]:has-text("Imported “${NAME}”")`, { timeout: WAIT });
    await page.waitForSelector(`[data-testid="dataset-item"][data-dataset="${NAME}"]`, { timeout: WAIT });
    await page.waitForFunction((id) => window.__cy?.getElementById(id).nonempty(), `import-${NAME}--minister-alpha`, { timeout: WAIT });
    await waitForIdle(page);
    // The allegation came back as an allegation (not "unknown type"), with its status.
    expect(await page.evaluate((id) => window.__cy!.getElementById(id).data('type'), `import-${NAME}--claim-alpha`)).toBe('Allegation');
    expect(pageErrors).toEqual([]);
  }, 90_000);

  it('exports the view as GEXF 1.2draft, which graphology-gexf opens', async () => {
    const [gexf] = await exportFiles(page, 'gexf12');
    expect(gexf!.name).toBe('scamgraph-view-1.2.gexf');
    const text = gexf!.body.toString('utf8');
    expect(text).toContain('xmlns="http://www.gexf.net/1.2draft"');
    const onScreen = await page.evaluate(() => window.__cy!.nodes(':visible').length);
    expect(parseGexfPeer(Graph, text).order).toBe(onScreen);
  });
});
