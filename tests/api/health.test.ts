import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createDriver } from '../../server/db/driver.ts';
import { Health } from '../../server/contract/health.ts';
import { ErrorBody } from '../../server/contract/errors.ts';
import { savedQueriesDir, startTestApp } from '../support/app.ts';
import { getJson } from '../support/http.ts';

describe('GET /api/health', () => {
  let app: Awaited<ReturnType<typeof startTestApp>>;
  beforeAll(async () => { app = await startTestApp(); });
  afterAll(async () => { await app.close(); });

  it('reports a reachable database and its size', async () => {
    const r = await getJson(app.baseUrl, '/api/health');
    expect(r.status).toBe(200);
    const h = Health.parse(r.body);
    expect(h.database.reachable).toBe(true);
    expect(h.database.nodes).toBeGreaterThan(40);
  });
});

/** A TCP relay in front of the real Neo4j that the test can cut and restore, like a database going away. */
function relay(target: { host: string; port: number }) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  let port = 0;
  const open = () => new Promise<void>((resolve) => {
    server = net.createServer((client) => {
      const upstream = net.connect(target.port, target.host);
      for (const s of [client, upstream]) { sockets.add(s); s.on('close', () => sockets.delete(s)); s.on('error', () => s.destroy()); }
      client.pipe(upstream).pipe(client);
    });
    server.listen(port, '127.0.0.1', () => { port = (server!.address() as AddressInfo).port; resolve(); });
  });
  const cut = () => new Promise<void>((resolve) => {
    for (const s of sockets) s.destroy();
    server!.close(() => resolve());
  });
  return { open, cut, get port() { return port; } };
}

describe('GET /api/health while the database goes away and comes back', () => {
  it('answers 503 with a reason, then recovers by itself', async () => {
    const neo = new URL(inject('neo4j').uri.replace('bolt://', 'http://'));
    const proxy = relay({ host: neo.hostname, port: Number(neo.port) });
    await proxy.open();
    const driver = createDriver({ uri: `bolt://127.0.0.1:${proxy.port}`, user: 'neo4j', password: inject('neo4j').password });
    const server = createApp({ driver, config: { AUTH: 'off', QUERY_TIMEOUT_MS: 5_000, NEO4J_DATABASE: undefined, SAVED_QUERIES_DIR: savedQueriesDir() } }).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect((await getJson(base, '/api/health')).status).toBe(200);

      await proxy.cut();
      const down = await getJson(base, '/api/health');
      expect(down.status).toBe(503);
      const h = Health.parse(down.body);
      expect(h.database.reachable).toBe(false);
      expect(h.database.reason).toMatch(/not answering/);
      // Other endpoints say the same in their own error shape, without a stack trace.
      const search = await getJson(base, '/api/search?q=amnesty');
      expect(search.status).toBe(503);
      expect(ErrorBody.parse(search.body).error.code).toBe('unavailable');
      expect(JSON.stringify(search.body)).not.toMatch(/at .*\.ts:\d+/);

      await proxy.open();
      expect((await getJson(base, '/api/health')).status).toBe(200);
    } finally {
      server.closeAllConnections();
      server.close();
      await driver.close();
      await proxy.cut().catch(() => {});
    }
  });
});
