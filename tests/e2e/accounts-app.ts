// The app with sign-in ON and a team store file of its own (a temp folder), for the accounts e2e; and the steps a
// person takes on the sign-in, setup and Team pages. The first admin and its one-time link come from the same code
// the first `npm start` runs (server/accounts/first-start.ts), so the test opens the link a person would copy.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createDriver } from '../../server/db/driver.ts';
import { firstStartLink } from '../../server/accounts/first-start.ts';
import { openTeamStore, type TeamStore } from '../../server/store/team-store.ts';
import { savedQueriesDir } from '../support/app.ts';
import { WAIT } from './helpers.ts';

export interface AuthApp {
  baseUrl: string;
  store: TeamStore;
  /** The link the first start prints for the "admin" account (no password yet). */
  firstAdminLink(): string;
  close(): Promise<void>;
}

export async function startAuthApp({ auth = 'on', loginPerName = 3 }: { auth?: 'on' | 'off'; loginPerName?: number } = {}): Promise<AuthApp> {
  const { uri, password } = inject('neo4j');
  const driver = createDriver({ uri, user: 'neo4j', password });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'team-store-'));
  const store = openTeamStore(path.join(dir, 'team.sqlite'));
  const app = createApp({
    driver, teamStore: store,
    // A low per-name sign-in limit, so the test reaches the 429 in a few tries (per address stays high).
    config: { AUTH: auth, LOGIN_ATTEMPTS_PER_NAME: loginPerName, QUERY_TIMEOUT_MS: 10_000, NEO4J_DATABASE: undefined, SAVED_QUERIES_DIR: savedQueriesDir() },
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    store,
    firstAdminLink() {
      const link = firstStartLink(store, baseUrl);
      if (!link) throw new Error('the store already has an admin with a password');
      return link;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await driver.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Waits until the app proper is on the page (the search box and the canvas), after sign-in or setup. */
export async function waitForApp(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="search-input"]', { timeout: WAIT });
  await page.waitForFunction(() => window.__cy !== undefined, null, { timeout: WAIT });
}

/** Signs in on the sign-in page, typing as a person would and pressing Enter. */
export async function signInAs(page: Page, name: string, password: string): Promise<void> {
  await page.locator('[data-testid="sign-in-name"]').fill(name);
  await page.locator('[data-testid="sign-in-password"]').fill(password);
  await page.keyboard.press('Enter');
}

export async function openTeam(page: Page): Promise<void> {
  await page.locator('[data-testid="account-button"]').click();
  await page.locator('[data-testid="menu-team"]').click();
  await page.waitForSelector('[data-testid="team"] [data-testid="account-row"]', { timeout: WAIT });
}

export async function addAccountInTeam(page: Page, name: string, role: string, password: string): Promise<void> {
  await page.locator('[data-testid="new-account-name"]').fill(name);
  await page.locator('[data-testid="new-account-role"]').selectOption(role);
  await page.locator('[data-testid="new-account-password"]').fill(password);
  await page.locator('[data-testid="new-account-submit"]').click();
  await page.waitForSelector(`[data-testid="account-row"][data-account="${name}"]`, { timeout: WAIT });
}

/** Whether the element is in the page and shown (a hidden, gated control is display:none). */
export function shown(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().isVisible().catch(() => false);
}
