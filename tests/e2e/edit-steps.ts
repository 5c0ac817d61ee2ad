// Browser steps shared by the editing e2e files: filling the editing forms as a person would, by keyboard and mouse.
import type { Locator, Page } from 'playwright-core';
import { WAIT } from './helpers.ts';

export const form = (page: Page, testId: string): Locator => page.locator(`dialog[open][data-testid="${testId}"]`);

export async function fill(f: Locator, values: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    const control = f.locator(`[data-testid="field-${name}"]`);
    const tag = await control.evaluate((el) => el.tagName);
    if (tag === 'SELECT') await control.selectOption(value);
    else await control.fill(value);
  }
}

/** Types into an entity picker and picks the option with that id. */
export async function pick(page: Page, name: string, query: string, id: string): Promise<void> {
  const input = page.locator(`dialog[open] [data-testid="edit-${name}-input"]`);
  await input.fill(query);
  const option = page.locator(`dialog[open] [data-testid="edit-${name}-option"][data-id="${id}"]`);
  await option.waitFor({ timeout: WAIT });
  await option.click();
  await page.waitForFunction((n) => document.querySelector<HTMLInputElement>(`dialog[open] [data-testid="edit-${n}-input"]`)?.dataset.id !== '', name, { timeout: WAIT });
}

/** Submits with Enter from the comment's neighbour, the keyboard way, and waits for the outcome. */
export async function submitAndWait(page: Page, f: Locator): Promise<{ status: string; change: string }> {
  await f.locator('[data-testid="edit-submit"]').focus();
  await page.keyboard.press('Enter');
  const saved = f.locator('[data-testid="edit-saved"]');
  await saved.waitFor({ timeout: WAIT });
  return { status: (await saved.getAttribute('data-status')) ?? '', change: (await saved.getAttribute('data-change')) ?? '' };
}

/** The text of the form's error or conflict, for failure messages. */
export async function outcome(f: Locator): Promise<string> {
  return (await f.locator('[data-testid="edit-status"]').textContent()) ?? '';
}

/** Waits until the side panel shows a node whose id starts with `prefix` (and is not `not`), and returns its id. */
export async function shownNode(page: Page, prefix: string, not?: string): Promise<string> {
  const handle = await page.waitForFunction(([p, n]) => {
    const shown = document.querySelector('[data-testid="side-panel"]')?.getAttribute('data-shown') ?? '';
    return shown.startsWith(`node:${p}`) && shown !== `node:${n}` ? shown.slice(5) : false;
  }, [prefix, not ?? ''] as const, { timeout: WAIT });
  return (await handle.jsonValue()) as string;
}

/** Opens the strip's "New ▾" menu and one of its forms; on a full strip the menu sits under "More ▾", as a person finds it. */
export async function openNew(page: Page, item: 'new-entity' | 'new-source' | 'new-allegation' | 'connect'): Promise<void> {
  const menu = page.locator('[data-testid="edit-menu"]');
  if (!(await menu.isVisible())) await page.locator('[data-testid="explore-more"]').click();
  await menu.click();
  await page.locator(`[data-testid="${item}"]`).click();
}
