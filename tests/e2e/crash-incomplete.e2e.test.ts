// Issue 11, item 7, in the page: an upload cut short by a killed server is listed under Your data as incomplete,
// with how far it got, Resume (which asks for the files again) and Delete; a deletion cut short offers Delete only.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeApp, openApp, openPage, type TestApp } from './session.ts';
import { WAIT } from './helpers.ts';
import { killAll, killAt } from '../support/crash-run.ts';

let app: TestApp;
let browser: Browser;
beforeAll(async () => { ({ app, browser } = await openApp()); });
afterAll(async () => {
  killAll();
  await closeApp(app, browser);
});

const item = (name: string) => `[data-testid="dataset-item"][data-dataset="${name}"]`;

describe('Your data after a crash', { timeout: 120_000 }, () => {
  it('lists an interrupted upload as incomplete with Resume and Delete, and an interrupted delete with Delete only', async () => {
    await killAt({ job: 'upload', name: 'crash-page', nodes: 300, batchSize: 50, stopAt: { phase: 'nodes', fraction: 0.5 } });
    await killAt({ job: 'upload', name: 'crash-half-gone', nodes: 300, batchSize: 400, stopAt: { phase: 'index' } });
    await killAt({ job: 'upload-delete', name: 'crash-half-gone', nodes: 300, batchSize: 50, stopAt: { phase: 'rollback', fraction: 0.3 } });

    const { page, pageErrors } = await openPage(browser, app.baseUrl);
    await page.locator('[data-testid="classroom-toggle"]').click();
    await page.locator('[data-testid="classroom-tab-data"]').click();
    const upload = page.locator(item('crash-page'));
    await upload.waitFor({ timeout: WAIT });
    expect(await upload.getAttribute('data-status')).toBe('incomplete');
    expect(await upload.locator('[data-testid="dataset-status"]').textContent()).toBe('incomplete');
    expect(await upload.textContent()).toMatch(/Stopped after \d+ of 301 nodes and 0 of 600 links/);
    expect(await upload.locator('[data-testid="dataset-show"]').count()).toBe(0);
    // Resume needs the files again; without them the page says so instead of failing.
    await upload.locator('[data-testid="dataset-resume"]').click();
    await page.waitForSelector('[data-testid="import-status"]:has-text("To resume “crash-page”, pick the same files above")', { timeout: WAIT });

    const halfGone = page.locator(item('crash-half-gone'));
    expect(await halfGone.textContent()).toMatch(/deletion was cut short/);
    expect(await halfGone.locator('[data-testid="dataset-resume"]').count()).toBe(0);
    page.once('dialog', (d) => void d.accept());
    await halfGone.locator('[data-testid="dataset-delete"]').click();
    await page.waitForSelector(item('crash-half-gone'), { state: 'detached', timeout: WAIT });
    page.once('dialog', (d) => void d.accept());
    await upload.locator('[data-testid="dataset-delete"]').click();
    await page.waitForSelector(item('crash-page'), { state: 'detached', timeout: WAIT });
    expect(pageErrors).toEqual([]);
  });
});
