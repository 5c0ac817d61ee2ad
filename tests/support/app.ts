// The real app (API + built client) on the tests' own seeded Neo4j, listening on a free port.
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { createApp, type AppDeps } from '../../server/app.ts';
import { createDriver } from '../../server/db/driver.ts';

/** A fresh folder for "Save as query", so tests never write into the project. */
export function savedQueriesDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'saved-queries-'));
}

export interface TestAppOptions {
  queryTimeoutMs?: number;
  /** Settings to change (e.g. AUTH: 'on' and session times for the accounts tests); sign-in is off otherwise. */
  config?: Partial<AppDeps['config']>;
  teamStore?: AppDeps['teamStore'];
  toursDir?: string;
}

export async function startTestApp({ queryTimeoutMs = 10_000, config, teamStore, toursDir }: TestAppOptions = {}): Promise<{ baseUrl: string; close(): Promise<void> }> {
  const { uri, password } = inject('neo4j');
  const driver = createDriver({ uri, user: 'neo4j', password });
  const app = createApp({ driver, config: { AUTH: 'off', QUERY_TIMEOUT_MS: queryTimeoutMs, NEO4J_DATABASE: undefined, SAVED_QUERIES_DIR: savedQueriesDir(), ...config }, teamStore, toursDir });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await driver.close();
    },
  };
}
