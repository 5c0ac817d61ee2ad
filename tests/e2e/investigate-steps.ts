// Steps of the investigator's journey, shared by its end-to-end test: typed expansion, paths and view history.
import type { Page } from 'playwright-core';
import { clickNode, clickStripTool, typeSearch, WAIT, waitForIdle, waitForNode } from './helpers.ts';

export const HUN_MANET = 'off-hun-manet';
export const GOVERNMENT = 'pb-government-cambodia';
export const COMPLICITY = 'al-gov-complicity';
export const COMPOUNDS = 'cmp-amnesty-investigated';

export const panel = (page: Page) => page.locator('[data-testid="side-panel"]');

/** Both tests start alike: Hun Manet picked from search, then the government selected with its counts shown. */
export async function selectGovernmentFromHunManet(page: Page): Promise<void> {
  await typeSearch(page, 'Hun Manet');
  await page.locator(`[data-testid="search-result"][data-id="${HUN_MANET}"]`).click();
  await waitForNode(page, GOVERNMENT);
  await waitForIdle(page);
  await clickNode(page, GOVERNMENT);
  await waitForCounts(page, GOVERNMENT);
}

/** Waits until the side panel shows a node and its neighbour counts have arrived. */
export async function waitForCounts(page: Page, id: string): Promise<void> {
  await page.waitForSelector(`[data-testid="side-panel"][data-shown="node:${id}"]`, { timeout: WAIT });
  await page.waitForSelector('[data-testid="neighbour-counts"] .slice-row', { timeout: WAIT });
}

/** Node ids drawn and not hidden by a filter or the allegation mode. */
export function visibleNodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__cy!.nodes(':visible').map((n) => n.id()).sort());
}

export function classesOf(page: Page, id: string): Promise<string[]> {
  return page.evaluate((nodeId) => window.__cy!.getElementById(nodeId).classes() as string[], id);
}

export async function pickPathTarget(page: Page, query: string, id: string): Promise<void> {
  await page.locator('[data-testid="path-to-input"]').fill(query);
  const option = page.locator(`[data-testid="path-to-option"][data-id="${id}"]`);
  await option.waitFor({ timeout: WAIT });
  await option.click();
}

/** The undo history's current step (the Undo button carries it). */
export async function historyStep(page: Page): Promise<number> {
  return Number(await page.locator('[data-testid="undo-button"]').getAttribute('data-step'));
}

/** The step once the view has settled: nothing loading, no layout moving, no change waiting to be recorded. */
export async function settledStep(page: Page): Promise<number> {
  await waitForIdle(page);
  await page.waitForFunction(() => document.querySelector('[data-testid="undo-button"]')?.getAttribute('data-pending') !== 'true', null, { timeout: WAIT });
  return historyStep(page);
}

export async function undo(page: Page): Promise<void> {
  await page.locator('[data-testid="undo-button"]').click();
  await waitForIdle(page);
}

/** The canvas as a comparable value: node ids shown and the filter classes they wear. */
export function canvasState(page: Page): Promise<{ nodes: string[]; faded: string[]; hidden: string[] }> {
  return page.evaluate(() => {
    const cy = window.__cy!;
    const ids = (sel: string) => cy.nodes(sel).map((n) => n.id()).sort();
    return { nodes: ids('[!derived]'), faded: ids('.flt-fade'), hidden: ids('.flt-hide') };
  });
}

/** Drawn on screen: not hidden by a filter and not folded into a link (faded ones count: they are on screen). */
export function onScreen(page: Page): Promise<{ nodes: string[]; edges: string[] }> {
  return page.evaluate(() => {
    const cy = window.__cy!;
    const nodes = cy.nodes().not('.flt-hide, .as-link');
    const ids = new Set(nodes.map((n) => n.id()));
    const edges = cy.edges().not('.flt-hide, .as-link').filter((e) => ids.has(e.data('source')) && ids.has(e.data('target')));
    return { nodes: [...ids].sort(), edges: edges.map((e) => e.id()).sort() };
  });
}

/** Clicks an Export menu item and returns the downloaded files' names and bytes (CSV gives two). */
export async function exportFiles(page: Page, format: string, count = 1): Promise<Array<{ name: string; body: Buffer }>> {
  const files: Array<{ name: string; body: Buffer }> = [];
  const done = new Promise<void>((resolve) => {
    page.on('download', async function onDownload(d) {
      const path = await d.path();
      const { readFileSync } = await import('node:fs');
      files.push({ name: d.suggestedFilename(), body: readFileSync(path) });
      if (files.length === count) {
        page.off('download', onDownload);
        resolve();
      }
    });
  });
  await clickStripTool(page, 'export-button');
  await page.locator(`[data-testid="export-${format}"]`).click();
  await done;
  return files.sort((a, b) => a.name.localeCompare(b.name));
}

/** Makes the page tidy for a screenshot: no transient notice, no hover, nothing moving. */
export async function settleForShot(page: Page): Promise<void> {
  await waitForIdle(page);
  const dismiss = page.getByRole('button', { name: 'Dismiss message' });
  if (await dismiss.isVisible()) await dismiss.click();
  await page.mouse.move(2, 2);
  await page.waitForTimeout(600);
}
