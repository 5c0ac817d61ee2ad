// The benchmark's own Neo4j and API server, so a run never touches a user's data.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { portIsFree, startLocalNeo4j } from '../../server/neo4j-local/local-neo4j.ts';
import { createDriver } from '../../server/db/driver.ts';
import type { Db } from '../../server/db/run.ts';
import { applySchema } from '../../server/schema/apply.ts';
import { createApp } from '../../server/app.ts';

export interface BenchInstance {
  db: Db;
  baseUrl: string;
  neo4jPid: number;
  importDir: string;
  close(): Promise<void>;
}

export async function startBenchInstance(log: (l: string) => void): Promise<BenchInstance> {
  let port = 17687;
  while (!(await portIsFree(port))) port++;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-neo4j-'));
  const importDir = mkdtempSync(path.join(os.tmpdir(), 'bench-import-'));
  const neo4j = await startLocalNeo4j({ dataDir, boltPort: port, password: 'bench-password', heap: '2g', pagecacheMb: 1024, benchImportDir: importDir, log });
  const driver = createDriver({ uri: neo4j.uri, user: 'neo4j', password: 'bench-password' });
  const db: Db = { driver, timeoutMs: 120_000 };
  await applySchema(db);
  const app = createApp({ driver, config: { AUTH: 'off', QUERY_TIMEOUT_MS: 120_000, NEO4J_DATABASE: undefined, SAVED_QUERIES_DIR: mkdtempSync(path.join(os.tmpdir(), 'bench-q-')),
    // A benchmark measures the server, not the rate limiter (server/security/rate-limit.ts).
    RATE_LIMIT_QUERIES: 1_000_000, RATE_LIMIT_WRITES: 1_000_000 } });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  return {
    db,
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    neo4jPid: neo4j.pid,
    importDir,
    async close() {
      server.closeAllConnections();
      server.close();
      await driver.close();
      await neo4j.stop();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(importDir, { recursive: true, force: true });
    },
  };
}
