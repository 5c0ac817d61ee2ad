// Browser-side steps shared by the end-to-end tests: searching, waiting for the canvas to settle, clicking nodes.
import type { Locator, Page } from 'playwright-core';

/** Generous for a cold Neo4j and a 2-core machine, but bounded: a hang fails instead of stalling CI. */
export const WAIT = 15_000;

export async function gotoApp(page: Page, baseUrl: string): Promise<void> {
  await page.goto(baseUrl, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('[data-testid="search-input"]', { timeout: WAIT });
  await page.waitForFunction(() => window.__cy !== undefined, null, { timeout: WAIT });
}

export async function typeSearch(page: Page, query: string): Promise<void> {
  const input = page.locator('[data-testid="search-input"]');
  await input.click();
  await input.fill(query);
  await page.waitForSelector('[data-testid="search-result"]', { timeout: WAIT });
}

/** Waits until no request is pending and no layout is moving nodes. */
export async function waitForIdle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.body.dataset.loading !== 'true'
      && document.querySelector('[data-testid="graph"]')?.getAttribute('data-layout') === 'idle',
    null,
    { timeout: WAIT },
  );
}

export async function waitForNode(page: Page, id: string): Promise<void> {
  await page.waitForFunction((nodeId) => (window.__cy?.getElementById(nodeId).length ?? 0) > 0, id, { timeout: WAIT });
}

export function hasNode(page: Page, id: string): Promise<boolean> {
  return page.evaluate((nodeId) => (window.__cy?.getElementById(nodeId).length ?? 0) > 0, id);
}

export function nodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__cy?.nodes().map((n) => n.id()) ?? []);
}

export function positions(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate(() => Object.fromEntries(window.__cy?.nodes().map((n) => [n.id(), { ...n.position() }]) ?? []));
}

/**
 * Where a node is on screen, after panning it to the middle of the canvas as a person would before
 * clicking it (so the legend or the notice strip overlaying the canvas edges cannot be in the way).
 */
export async function nodeOnScreen(page: Page, id: string): Promise<{ x: number; y: number }> {
  const rendered = await page.evaluate((nodeId) => {
    const cy = window.__cy;
    const node = cy?.getElementById(nodeId);
    if (!cy || !node || node.empty()) throw new Error(`node ${nodeId} is not on the canvas`);
    cy.stop();
    cy.center(node);
    return node.renderedPosition();
  }, id);
  const box = await page.locator('[data-testid="graph"]').boundingBox();
  if (!box) throw new Error('the graph canvas is not visible');
  // Cytoscape's point-in-polygon test misses a diamond's exact centre (the vertical ray passes through two
  // vertices), so click a few pixels off it, as a hand would anyway.
  return { x: box.x + rendered.x + 3, y: box.y + rendered.y + 2 };
}

export async function clickNode(page: Page, id: string): Promise<void> {
  const at = await nodeOnScreen(page, id);
  await page.mouse.click(at.x, at.y);
}

export async function doubleClickNode(page: Page, id: string): Promise<void> {
  const at = await nodeOnScreen(page, id);
  await page.mouse.dblclick(at.x, at.y);
}

export function selectedIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__cy?.$(':selected').map((e) => e.id()) ?? []);
}

/** A strip tool may sit in the "More ▾" menu when the strip is short of room (client/explore/strip-overflow.ts): opens it then. */
export async function revealStripTool(page: Page, testId: string): Promise<Locator> {
  const tool = page.locator(`[data-testid="${testId}"]`);
  if (!(await tool.isVisible())) await page.click('[data-testid="explore-more"]');
  return tool;
}

export async function clickStripTool(page: Page, testId: string): Promise<void> {
  await (await revealStripTool(page, testId)).click({ timeout: WAIT });
}
