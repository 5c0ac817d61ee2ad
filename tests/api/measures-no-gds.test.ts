// A database without Graph Data Science (an outside server without the plugin), for real: the local Neo4j started
// with NEO4J_GDS=off has no gds.* procedures, and the API says so with a clear reason instead of failing.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalNeo4j, type LocalNeo4j } from '../../server/neo4j-local/local-neo4j.ts';
import { createDriver } from '../../server/db/driver.ts';
import { createApp } from '../../server/app.ts';
import { freePort } from '../support/free-port.ts';
import { getJson } from '../support/http.ts';
import { savedQueriesDir } from '../support/app.ts';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'neo4j-no-gds-'));
let neo4j: LocalNeo4j;
let driver: ReturnType<typeof createDriver>;
let baseUrl = '';
let close = async () => {};

beforeAll(async () => {
  const before = process.env.NEO4J_GDS;
  process.env.NEO4J_GDS = 'off';
  try {
    neo4j = await startLocalNeo4j({ dataDir, boltPort: await freePort(), password: 'no-gds-test-pw', heap: '512m', pagecacheMb: 64, log: () => {} });
  } finally {
    if (before === undefined) delete process.env.NEO4J_GDS;
    else process.env.NEO4J_GDS = before;
  }
  driver = createDriver({ uri: neo4j.uri, user: 'neo4j', password: 'no-gds-test-pw' });
  const app = createApp({ driver, config: { AUTH: 'off', QUERY_TIMEOUT_MS: 10_000, NEO4J_DATABASE: undefined, SAVED_QUERIES_DIR: savedQueriesDir() } });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}, 240_000);
afterAll(async () => {
  await close();
  await driver?.close();
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('measures on a database without GDS', () => {
  it('the engine answers that there is no GDS, and why', async () => {
    const res = await getJson(baseUrl, '/api/measures/engine');
    expect(res.status).toBe(200);
    expect(res.body.gds).toBe(false);
    expect(res.body.why).toMatch(/no Graph Data Science/);
  });

  it('a measure is refused with 409, naming the engine and the reason, no stack trace', async () => {
    const res = await getJson(baseUrl, '/api/measures/pagerank?datasets=cambodia-crackdown');
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('conflict');
    expect(res.body.error.field).toBe('engine');
    expect(res.body.error.message).toMatch(/no Graph Data Science.*computed in the browser/);
    expect(JSON.stringify(res.body)).not.toMatch(/\bat .*\.ts:\d+/);
  });
});
