// Issue 11, item 4, on a Neo4j of this test's own (own port, own data folder), never the shared one:
// paused (SIGSTOP) -> every request ends while it is still paused, with a 503 and the real reason; resumed -> health
// recovers; kill -9 -> the supervisor restarts it, health says so, and the graph's content hash is unchanged;
// a second kill within the window -> the supervisor gives up with a clear message.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { Health } from '../../server/contract/health.ts';
import { ErrorBody } from '../../server/contract/errors.ts';
import { createDriver } from '../../server/db/driver.ts';
import { readQuery, writeQuery, type Db } from '../../server/db/run.ts';
import { isDatabaseUnavailable, unavailableReason } from '../../server/db/errors.ts';
import { startLocalNeo4j, type LocalNeo4jOptions } from '../../server/neo4j-local/local-neo4j.ts';
import { applySchema } from '../../server/schema/apply.ts';
import { loadSeed } from '../../server/seed/load.ts';
import { superviseLocalNeo4j, type Supervisor } from '../../server/startup/supervise.ts';
import { savedQueriesDir } from '../support/app.ts';
import { freePort } from '../support/free-port.ts';

const PASSWORD = 'outage-test-pw';
const QUERY_TIMEOUT_MS = 2_000;

/** Bounded: a request that never answers fails the test instead of hanging it. */
async function get(base: string, url: string): Promise<{ status: number; body: any }> {
  const res = await fetch(`${base}${url}`, { signal: AbortSignal.timeout(30_000) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

/** Canonical JSON (sorted keys, sorted rows), so the hash depends on content only, not on storage order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

async function contentHash(db: Db): Promise<{ hash: string; nodes: number }> {
  const [row] = await readQuery(db, 'test-outage-content');
  const nodes = (row!.nodes as unknown[]).map(canonical).sort();
  const relationships = (row!.relationships as unknown[]).map(canonical).sort();
  return { hash: createHash('sha256').update(nodes.join('\n')).update('\n--\n').update(relationships.join('\n')).digest('hex'), nodes: nodes.length };
}

describe('a paused or dead local Neo4j', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'neo4j-outage-'));
  const givenUp: string[] = [];
  const lines: string[] = [];
  let supervisor: Supervisor;
  let driver: ReturnType<typeof createDriver>;
  let db: Db;
  let server: Server;
  let base: string;
  let paused = false;

  beforeAll(async () => {
    const options: LocalNeo4jOptions = { dataDir, boltPort: await freePort(), password: PASSWORD, heap: '512m', pagecacheMb: 64, gds: false, log: (l) => lines.push(l) };
    const first = await startLocalNeo4j(options);
    // The real minute: it counts from the restart being ready, and the second kill follows within seconds.
    supervisor = superviseLocalNeo4j(first, { restart: () => startLocalNeo4j(options), log: (l) => lines.push(l), onGiveUp: (m) => givenUp.push(m) });
    driver = createDriver({ uri: first.uri, user: 'neo4j', password: PASSWORD });
    db = { driver, timeoutMs: 30_000 };
    await applySchema(db);
    await loadSeed(db);
    const app = createApp({ driver, config: { AUTH: 'off', QUERY_TIMEOUT_MS, NEO4J_DATABASE: undefined, SAVED_QUERIES_DIR: savedQueriesDir() }, supervision: () => supervisor.status() });
    server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 240_000);

  afterAll(async () => {
    // Never leave a stopped JVM behind, whatever failed.
    if (paused) process.kill(supervisor.current().pid, 'SIGCONT');
    server?.closeAllConnections();
    server?.close();
    await driver?.close();
    await supervisor?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }, 120_000);

  it('answers every request while paused with a 503 and the real reason, before it is resumed; then recovers', async () => {
    const hit: string = (await get(base, '/api/search?q=cambodia')).body.hits[0].node.id;
    expect((await get(base, '/api/health')).status).toBe(200);
    const pid = supervisor.current().pid;
    process.kill(pid, 'SIGSTOP');
    paused = true;
    try {
      const sent = ['/api/search?q=cambodia', `/api/entities/${encodeURIComponent(hit)}`, '/api/search?q=raid', '/api/health'];
      const track = (url: string) => get(base, url).then((r) => ({ url, ...r, whilePaused: paused }));
      const first = sent.map(track);
      // A second wave, sent while the first still waits on the silent database.
      await new Promise((r) => setTimeout(r, 1_000));
      const second = sent.map(track);
      // Resume only when all have answered, or after a bound well past every deadline (then the test fails below).
      const all = Promise.all([...first, ...second]);
      const answers = await Promise.race([all, new Promise<null>((r) => setTimeout(() => r(null), 20_000))]);
      process.kill(pid, 'SIGCONT');
      paused = false;
      expect(answers, 'requests were still hanging 20 s into the pause').not.toBeNull();
      for (const a of answers!) {
        expect(a.whilePaused, `${a.url} answered only after the resume`).toBe(true);
        expect(a.status, a.url).toBe(503);
        if (a.url === '/api/health') {
          const h = Health.parse(a.body);
          expect(h.database.reason).toMatch(/^the database did not answer within \d+(\.\d)? s: .*Neo4j may be paused/);
          expect(h.database.reason).not.toMatch(/N\/A/);
        } else {
          const e = ErrorBody.parse(a.body).error;
          expect(e.code).toBe('unavailable');
          expect(e.detail).toMatch(/^the database did not answer within \d+(\.\d)? s: .*Neo4j may be paused/);
        }
      }
    } finally {
      if (paused) process.kill(pid, 'SIGCONT');
      paused = false;
    }
    await expect.poll(async () => (await get(base, '/api/health')).status, { timeout: 30_000, interval: 500 }).toBe(200);
    expect((await get(base, '/api/search?q=cambodia')).status).toBe(200);
  }, 90_000);

  it('ends a write to the paused database by its deadline, not when the database wakes', async () => {
    const quick: Db = { driver, timeoutMs: 2_000, writeTimeoutMs: 2_000 };
    const pid = supervisor.current().pid;
    process.kill(pid, 'SIGSTOP');
    paused = true;
    try {
      const started = Date.now();
      const write = writeQuery(quick, 'test-marker-write', { id: 'paused-write' }).then(() => 'written', (e: unknown) => e);
      // Bounded: a write with no deadline waits as long as the pause does (before the fix: the whole 20 s).
      const answer = await Promise.race([write, new Promise((r) => setTimeout(() => r('still waiting'), 20_000))]);
      expect(answer).toBeInstanceOf(Error);
      expect((answer as Error).message).toMatch(/test-marker-write write ran past its 8 s deadline/);
      expect(Date.now() - started).toBeLessThan(20_000);
    } finally {
      process.kill(pid, 'SIGCONT');
      paused = false;
    }
    await expect.poll(async () => (await get(base, '/api/health')).status, { timeout: 30_000, interval: 500 }).toBe(200);
  }, 60_000);

  it('calls a full pool while paused unavailable, with its reason, not an internal error', async () => {
    // A pool of one: the first read holds the only connection on the silent socket, the second waits for it.
    const small = neo4j.driver(supervisor.current().uri, neo4j.auth.basic('neo4j', PASSWORD), { maxConnectionPoolSize: 1, connectionAcquisitionTimeout: 1_000, disableLosslessIntegers: true });
    const smallDb: Db = { driver: small, timeoutMs: 5_000 };
    await readQuery(smallDb, 'health');
    const pid = supervisor.current().pid;
    process.kill(pid, 'SIGSTOP');
    paused = true;
    try {
      const holding = readQuery(smallDb, 'health').catch((e: unknown) => e);
      const waiting = await readQuery(smallDb, 'health').catch((e: unknown) => e);
      expect(isDatabaseUnavailable(waiting)).toBe(true);
      expect(unavailableReason(waiting)).toBe('the database did not answer within 1 s: no connection to it could be opened or freed (Neo4j may be paused or overloaded)');
      process.kill(pid, 'SIGCONT');
      paused = false;
      await holding;
    } finally {
      if (paused) process.kill(pid, 'SIGCONT');
      paused = false;
      await small.close();
    }
  }, 60_000);

  it('restarts after kill -9 with every committed change kept, reports it, and gives up on a second kill', async () => {
    // Committed just before the kill: the latest write must survive too, not only the seed.
    await writeQuery(db, 'test-marker-write', { id: 'outage-marker' });
    const before = await contentHash(db);
    expect(before.nodes).toBeGreaterThan(40);
    const firstPid = supervisor.current().pid;
    process.kill(firstPid, 'SIGKILL');

    await expect.poll(async () => {
      const r = await get(base, '/api/health');
      return r.status === 200 ? Health.parse(r.body).database.restarted?.note : `down: ${r.body?.database?.reason}`;
    }, { timeout: 150_000, interval: 1_000 }).toMatch(/^restarted after an unexpected exit at \d\d:\d\d \(killed by SIGKILL\)$/);
    expect(supervisor.current().pid).not.toBe(firstPid);
    expect(lines.some((l) => /^neo4j-local: Neo4j exited unexpectedly \(killed by SIGKILL\) at \d\d:\d\d; restarting it$/.test(l))).toBe(true);
    expect(await contentHash(db)).toEqual(before);
    expect((await get(base, '/api/search?q=cambodia')).status).toBe(200);

    process.kill(supervisor.current().pid, 'SIGKILL');
    await expect.poll(() => givenUp.length, { timeout: 30_000 }).toBe(1);
    expect(givenUp[0]).toMatch(/^Neo4j exited unexpectedly again \(killed by SIGKILL\) at \d\d:\d\d, less than a minute after it was restarted at \d\d:\d\d \(after an unexpected exit at \d\d:\d\d\), so it is not restarted again and Scamgraph stops\./);
    const down = await get(base, '/api/health');
    expect(down.status).toBe(503);
    expect(Health.parse(down.body).database.reason).toBe(givenUp[0]);
  }, 240_000);
});
