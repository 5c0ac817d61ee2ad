// Issue 11, items 13-15 on a real listening app: Host check, cross-site refusal, security headers, rate limits.
// Raw node:http requests, because fetch will not send a Host or Origin of our choosing.
import http from 'node:http';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createApp, type AppDeps } from '../../server/app.ts';
import { createDriver } from '../../server/db/driver.ts';
import { ErrorBody } from '../../server/contract/errors.ts';

interface Reply { status: number; headers: http.IncomingHttpHeaders; text: string }
interface App { port: number; request(method: string, url: string, headers?: Record<string, string>, body?: string): Promise<Reply>; close(): Promise<void> }

async function start(extra: Partial<AppDeps['config']> = {}): Promise<App> {
  const { uri, password } = inject('neo4j');
  const driver = createDriver({ uri, user: 'neo4j', password });
  const savedDir = mkdtempSync(path.join(os.tmpdir(), 'saved-queries-'));
  const app = createApp({ driver, config: { AUTH: 'off', QUERY_TIMEOUT_MS: 10_000, NEO4J_DATABASE: undefined, SAVED_QUERIES_DIR: savedDir, ...extra } });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    request: (method, url, headers = {}, body) => new Promise((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, method, path: url, headers: { host: `127.0.0.1:${port}`, ...headers } }, (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (c: string) => { text += c; }).on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
      });
      req.on('error', reject);
      req.end(body);
    }),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await driver.close();
    },
  };
}

const errorOf = (r: Reply) => ErrorBody.parse(JSON.parse(r.text)).error;
const json = { 'content-type': 'application/json' };
const RUN = '/api/queries/allegations-by-status/run';

let app: App;
beforeAll(async () => { app = await start(); });
afterAll(async () => { await app.close(); });

describe('Host check (DNS rebinding, item 13)', () => {
  it('refuses Host: attacker.example on the API and the page, in words', async () => {
    for (const url of ['/api/health', '/api/search?q=Amnesty', '/']) {
      const r = await app.request('GET', url, { host: 'attacker.example' });
      expect(r.status, url).toBe(421);
      const error = errorOf(r);
      expect(error.code).toBe('host_not_allowed');
      expect(error.message).toContain('"attacker.example"');
      expect(error.message).toContain('ALLOWED_HOSTS');
    }
    // A rebinding page keeps the victim's port: the name alone must decide.
    expect((await app.request('GET', '/api/health', { host: `attacker.example:${app.port}` })).status).toBe(421);
  });

  it('serves loopback names on its port, and names added by ALLOWED_HOSTS', async () => {
    for (const host of [`127.0.0.1:${app.port}`, `localhost:${app.port}`]) {
      expect((await app.request('GET', '/api/queries', { host })).status, host).toBe(200);
    }
    expect((await app.request('GET', '/api/queries', { host: `localhost:${app.port + 1}` })).status).toBe(421);
    const named = await start({ ALLOWED_HOSTS: ['scamgraph.example'] });
    try {
      expect((await named.request('GET', '/api/queries', { host: 'scamgraph.example' })).status).toBe(200);
      expect((await named.request('GET', '/api/queries', { host: 'attacker.example' })).status).toBe(421);
    } finally {
      await named.close();
    }
  });
});

describe('cross-site requests (CSRF, item 14)', () => {
  it('refuses a cross-site text/plain POST to a saved-query run with a 403 in words', async () => {
    const r = await app.request('POST', RUN, { origin: 'http://attacker.example', 'content-type': 'text/plain' }, '{"params":{}}');
    expect(r.status).toBe(403);
    const error = errorOf(r);
    expect(error.code).toBe('cross_site');
    expect(error.message).toMatch(/^Refused: this request came from another web site/);
    expect(r.text).not.toContain('"rows"');
  });

  it('refuses other origins, null, and what Sec-Fetch-Site calls cross-site or same-site', async () => {
    const body = '{}';
    const cases: Array<Record<string, string>> = [
      { origin: 'null' },
      { origin: `http://localhost:${app.port + 1}` }, // another local port: same site, not our page
      { origin: `http://127.0.0.1:${app.port}`, 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
    ];
    for (const headers of cases) {
      expect((await app.request('POST', RUN, { ...json, ...headers }, body)).status, JSON.stringify(headers)).toBe(403);
    }
    expect((await app.request('DELETE', '/api/datasets/import-anything', { origin: 'http://attacker.example' })).status).toBe(403);
  });

  it('a refused save writes nothing', async () => {
    const header = { title: 'Probe', description: 'A cross-site save.', tags: ['probe'], result: 'table', columns: ['one'], params: {} };
    const save = (id: string) => JSON.stringify({ id, header, cypher: 'RETURN 1 AS one' });
    expect((await app.request('POST', '/api/queries', { ...json, origin: 'http://attacker.example' }, save('csrf-probe'))).status).toBe(403);
    expect((await app.request('GET', '/api/queries/csrf-probe')).status).toBe(404);
    // The same body from the page saves: the refusal was the origin's, not the body's.
    expect((await app.request('POST', '/api/queries', { ...json, origin: `http://127.0.0.1:${app.port}` }, save('same-origin-probe'))).status).toBe(201);
  });

  it('keeps the page (same origin) and scripts without Origin working', async () => {
    const page = await app.request('POST', RUN, { ...json, origin: `http://127.0.0.1:${app.port}`, 'sec-fetch-site': 'same-origin' }, '{}');
    expect(page.status).toBe(200);
    expect(JSON.parse(page.text).columns.length).toBeGreaterThan(0);
    expect((await app.request('POST', RUN, { ...json, origin: `http://localhost:${app.port}` }, '{}')).status).toBe(200);
    expect((await app.request('POST', RUN, json, '{}')).status).toBe(200); // curl
  });

  it('answers 415 in words when a body is not sent as JSON', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', undefined]) {
      const r = await app.request('POST', '/api/cypher', type ? { 'content-type': type } : {}, '{"cypher":"RETURN 1"}');
      expect(r.status, String(type)).toBe(415);
      expect(errorOf(r)).toMatchObject({ code: 'unsupported_media_type', message: expect.stringContaining('Content-Type: application/json') });
    }
  });
});

describe('security headers (item 15)', () => {
  it('sends a Content-Security-Policy and the usual headers on the page and the API', async () => {
    for (const url of ['/', '/api/health']) {
      const { headers } = await app.request('GET', url);
      const csp = String(headers['content-security-policy']);
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toMatch(/worker-src 'self'/);
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(headers['referrer-policy']).toBe('no-referrer');
      expect(headers['x-frame-options']).toBe('DENY');
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(headers['x-powered-by']).toBeUndefined();
    }
  });
});

describe('rate limits (item 15)', () => {
  it('answers 429 with Retry-After and a sentence past the limit, for queries and writes apart', async () => {
    const limited = await start({ RATE_LIMIT_QUERIES: 3, RATE_LIMIT_WRITES: 2, RATE_LIMIT_WINDOW_S: 600 });
    try {
      const cypher = JSON.stringify({ cypher: 'RETURN 1 AS one' });
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await limited.request('POST', '/api/cypher', json, cypher)).status);
      expect(statuses).toEqual([200, 200, 200]);
      // Saved-query runs share the queries budget.
      const over = await limited.request('POST', RUN, json, '{}');
      expect(over.status).toBe(429);
      const wait = Number(over.headers['retry-after']);
      expect(wait).toBeGreaterThan(0);
      expect(wait).toBeLessThanOrEqual(600);
      expect(errorOf(over)).toMatchObject({ code: 'rate_limited', message: expect.stringMatching(/^Too many queries run in a short time \(at most 3 every 600 s\)\. Wait \d+ s and try again\.$/) });
      // Reading is never limited; writes have their own budget.
      expect((await limited.request('GET', '/api/queries')).status).toBe(200);
      const bad = JSON.stringify({ id: 'Not An Id' });
      expect((await limited.request('POST', '/api/queries', json, bad)).status).toBe(400);
      expect((await limited.request('POST', '/api/datasets', json, '{}')).status).toBe(400);
      const third = await limited.request('POST', '/api/tours', json, '{}');
      expect(third.status).toBe(429);
      expect(errorOf(third).message).toMatch(/^Too many imports and saves/);
    } finally {
      await limited.close();
    }
  });
});
