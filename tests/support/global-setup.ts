// Starts a Neo4j of the tests' own (own data folder, own free port), empties it, applies the schema, seeds it.
import { rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j } from '../../server/neo4j-local/local-neo4j.ts';
import { createDriver } from '../../server/db/driver.ts';
import { applySchema } from '../../server/schema/apply.ts';
import { loadSeed } from '../../server/seed/load.ts';
import { ensureClientBuilt } from '../../server/startup/client-build.ts';
import { TEST_PASSWORD, type TestNeo4j } from './neo4j-info.ts';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export default async function setup(project: TestProject) {
  // A fresh store per run, in a folder of its own, so runs are independent and may even overlap.
  const dataDir = path.resolve('.neo4j-test', `run-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  const log = (line: string) => process.stderr.write(`[test-neo4j] ${line}\n`);
  const neo4j = await startLocalNeo4j({ dataDir, boltPort: await freePort(), password: TEST_PASSWORD, heap: '1g', pagecacheMb: 256, log });
  const driver = createDriver({ uri: neo4j.uri, user: 'neo4j', password: TEST_PASSWORD });
  const db = { driver, timeoutMs: 30_000 };
  await applySchema(db);
  await loadSeed(db);
  await driver.close();
  await ensureClientBuilt(log);
  project.provide('neo4j', { uri: neo4j.uri, password: TEST_PASSWORD } satisfies TestNeo4j);
  return async () => {
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}
