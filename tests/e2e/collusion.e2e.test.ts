// End to end: Collusion paths listed and explained hop by hop; Hun Manet, whom no allegation names, left out by
// default and shown only on request, labelled "not accused; leads the accused body"; a shared link reopens the path.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { closeApp, openApp, openPage, type TestApp } from './session.ts';
import { clickNode, gotoApp, hasNode, WAIT, waitForIdle, waitForNode, clickStripTool } from './helpers.ts';
import { panel, settleForShot } from './investigate-steps.ts';

const SHOTS = path.resolve('docs/screenshots');
const HUN_MANET = 'off-hun-manet';
const GOVERNMENT = 'pb-government-cambodia';
const COMPOUNDS = 'cmp-amnesty-investigated';
const WORDS = 'not accused; leads the accused body';

let app: TestApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];

beforeAll(async () => { ({ app, browser } = await openApp()); }, 120_000);
afterAll(() => closeApp(app, browser));
beforeEach(async () => { ({ context, page, pageErrors } = await openPage(browser, app.baseUrl)); });
afterEach(async () => { await context?.close(); });

const rows = (p: Page) => p.locator('[data-testid="path-row"]');
const hops = (p: Page) => p.locator('[data-testid="path-explanation"] [data-testid="hop"]');
const label = (p: Page, id: string) => p.evaluate((nodeId) => String(window.__cy!.getElementById(nodeId).data('label') ?? ''), id);

async function runCollusion(p: Page, expectedRows: number): Promise<void> {
  await p.locator('[data-testid="collusion-paths"]').click();
  await expect.poll(() => rows(p).count(), { timeout: WAIT }).toBe(expectedRows);
  await waitForIdle(p);
}

describe('collusion paths', () => {
  it('lists and explains them, leaves Hun Manet out unless asked, labels him in words, and reopens from a shared link', async () => {
    await clickStripTool(page, 'paths-tool');
    await runCollusion(page, 2);
    // Listed with the relationship types, so the two allegations' paths do not read alike.
    const texts = await rows(page).locator('.path-names').allTextContents();
    expect(texts[0]).toContain('Government of Cambodia ←AGAINST— Alleged government complicity');
    expect(texts[0]).toContain('—CONCERNS→ Compounds investigated by Amnesty');
    expect(new Set(texts).size).toBe(2);
    // Explained hop by hop, the first path picked.
    await expect.poll(() => hops(page).count(), { timeout: WAIT }).toBe(2);
    expect(await hops(page).nth(0).locator('.hop-text').textContent()).toContain('Government of Cambodia is ALLEGED (by Amnesty International) to be complicit in');
    for (const id of [GOVERNMENT, COMPOUNDS]) expect(await hasNode(page, id)).toBe(true);
    expect(await hasNode(page, HUN_MANET)).toBe(false);
    expect(await hasNode(page, 'pb-cambodian-police')).toBe(false);

    // With the option, Hun Manet is drawn, and says why: he is not accused, he leads the accused body.
    await page.locator('[data-testid="path-include-linked"]').check();
    await runCollusion(page, 4);
    await waitForNode(page, HUN_MANET);
    expect(await label(page, HUN_MANET)).toContain(WORDS);
    const his = page.locator(`[data-testid="path-row"][data-node-ids^="${HUN_MANET} "]`).first();
    expect(await his.textContent()).toContain(`Hun Manet (${WORDS}) —LEADS→ Government of Cambodia ←AGAINST—`);
    await his.click();
    await expect.poll(() => hops(page).count(), { timeout: WAIT }).toBe(3);
    expect(await hops(page).nth(0).locator('.hop-text').textContent()).toContain(`Hun Manet (${WORDS}) — LEADS (as Prime Minister) → Government of Cambodia`);
    expect(await hops(page).nth(0).locator('[data-testid="hop-note"]').textContent()).toContain('The allegation does not name them');
    await waitForIdle(page);
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    await page.locator('[data-testid="path-explanation"]').scrollIntoViewIfNeeded();
    await settleForShot(page);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'collusion-paths.png') });

    // The side panel says it too.
    await clickNode(page, HUN_MANET);
    await page.waitForSelector(`[data-testid="side-panel"][data-shown="node:${HUN_MANET}"]`, { timeout: WAIT });
    await expect.poll(() => panel(page).locator('[data-testid="panel-linked-role"]').textContent(), { timeout: WAIT }).toContain('Not accused; leads the accused body');

    // A shared link reopens the same path view, listed and explained.
    await clickStripTool(page, 'copy-link');
    const link = await page.locator('[data-testid="share-url"]').inputValue();
    expect(new URL(link).searchParams.get('v')).toBeTruthy();
    const other = await context.newPage();
    other.on('pageerror', (err) => pageErrors.push(err.message));
    await gotoApp(other, link);
    await expect.poll(() => rows(other).count(), { timeout: WAIT }).toBe(4);
    const picked = other.locator('[data-testid="path-row"][aria-pressed="true"]');
    await expect.poll(() => picked.getAttribute('data-node-ids'), { timeout: WAIT }).toBe(await his.getAttribute('data-node-ids'));
    await expect.poll(() => hops(other).count(), { timeout: WAIT }).toBe(3);
    expect(await hops(other).nth(0).locator('.hop-text').textContent()).toContain(`Hun Manet (${WORDS})`);
    expect(await other.locator('[data-testid="path-include-linked"]').isChecked()).toBe(true);
    await waitForNode(other, HUN_MANET);
    expect(await label(other, HUN_MANET)).toContain(WORDS);
    expect(pageErrors).toEqual([]);
  }, 180_000);
});
