// The app and a browser for an e2e file, and a fresh page per test that records page errors.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApp } from '../support/app.ts';
import { launchBrowser } from '../support/browser.ts';
import { gotoApp } from './helpers.ts';

export type TestApp = Awaited<ReturnType<typeof startTestApp>>;

export async function openApp(): Promise<{ app: TestApp; browser: Browser }> {
  return { app: await startTestApp(), browser: await launchBrowser() };
}

export async function closeApp(app: TestApp | undefined, browser: Browser | undefined): Promise<void> {
  await browser?.close();
  await app?.close();
}

export interface PageOptions {
  /** Console errors to tolerate, e.g. the browser's own line for a 400 a test provokes on purpose. */
  ignoreConsole?: RegExp;
  clipboard?: boolean;
}

export async function openPage(browser: Browser, baseUrl: string, opts: PageOptions = {}): Promise<{ context: BrowserContext; page: Page; pageErrors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, acceptDownloads: true });
  if (opts.clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  // Every blocked load or script under the server's Content-Security-Policy becomes a console error too.
  await context.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) =>
    console.error(`Content Security Policy violation: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`)));
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  page.on('console', (msg) => {
    // A CSP violation is never one to tolerate: ignoreConsole does not cover it.
    const csp = /Content Security Policy/i.test(msg.text());
    if (msg.type() === 'error' && (csp || !(opts.ignoreConsole?.test(msg.text()) ?? false))) pageErrors.push(msg.text());
  });
  await gotoApp(page, baseUrl);
  return { context, page, pageErrors };
}
