// Property-based fuzz over every route's contract (issue 11, item 12): malformed JSON, wrong types, huge and deep
// values, odd encodings and odd methods. Whatever arrives, no answer is a 5xx and no body shows a stack trace.
// Fixed seeds and bounded runs keep it deterministic and its wall time small; requests go one at a time to 127.0.0.1.
import http from 'node:http';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createDriver } from '../../server/db/driver.ts';
import { ErrorBody } from '../../server/contract/errors.ts';

let baseUrl: URL;
let close: () => Promise<void>;
let datasetsBefore: string[] = [];
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

beforeAll(async () => {
  const { uri, password } = inject('neo4j');
  const driver = createDriver({ uri, user: 'neo4j', password });
  const tmp = (p: string) => mkdtempSync(path.join(os.tmpdir(), p));
  // Saves (queries, tours) land in folders of the test's own, never in the project.
  const app = createApp({ driver, config: { AUTH: 'off', QUERY_TIMEOUT_MS: 10_000, NEO4J_DATABASE: undefined, SAVED_QUERIES_DIR: tmp('fuzz-queries-') }, toursDir: tmp('fuzz-tours-') });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  baseUrl = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  datasetsBefore = await datasetNames();
  close = async () => {
    agent.destroy();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await driver.close();
  };
});

afterAll(async () => {
  // An upload the fuzz happened to make valid is removed, so later suites see the database as it was.
  for (const name of (await datasetNames()).filter((n) => !datasetsBefore.includes(n))) await send('DELETE', `/api/datasets/${name}`);
  await close();
});

async function datasetNames(): Promise<string[]> {
  const res = await send('GET', '/api/datasets');
  return (JSON.parse(res.text) as { datasets: Array<{ name: string }> }).datasets.map((d) => d.name);
}

interface Answer { status: number; contentType: string; text: string }

/** A raw request: the path goes out exactly as given (fetch would normalise it), the body as given bytes. */
function send(method: string, rawPath: string, body?: string | Buffer, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: baseUrl.hostname, port: baseUrl.port, method, path: rawPath, agent, headers: {
      ...(body !== undefined ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) } : {}), ...headers,
    } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const STACK = /\n\s+at |\bat .+:\d+:\d+\)|node_modules|\.ts:\d+|Neo4jError|RangeError|TypeError|SyntaxError: Unexpected/;

/** The one property every answer holds: not a server error, no stack, and an error body that keeps the contract. */
function expectSafe(what: string, res: Answer): void {
  const label = `${what} -> ${res.status} ${res.text.slice(0, 300)}`;
  expect(res.status, label).toBeLessThan(500);
  expect(STACK.test(res.text), label).toBe(false);
  if (res.status >= 400 && res.contentType.includes('application/json') && res.text) {
    expect(ErrorBody.safeParse(JSON.parse(res.text)).success, label).toBe(true);
  }
}

/** Every route of server/app.ts and its routers, with a path whose parameters the fuzz fills. */
const GET_ROUTES = ['/api/health', '/api/search', '/api/entities/:id', '/api/entities/:id/neighbour-counts', '/api/entities/:id/neighbourhood',
  '/api/paths', '/api/paths/collusion', '/api/queries', '/api/queries/:id', '/api/schema', '/api/tours', '/api/tours/:id',
  '/api/tours/:id/steps/:index/graph', '/api/datasets', '/api/datasets/all', '/api/datasets/:name/graph'];
const POST_ROUTES = ['/api/queries/:id/run', '/api/queries', '/api/cypher', '/api/tours', '/api/datasets'];
const DELETE_ROUTES = ['/api/datasets/:name'];

/** Query keys each route reads, so the fuzz hits real fields as well as unknown ones. */
const QUERY_KEYS = ['q', 'type', 'limit', 'skip', 'datasets', 'relTypes', 'direction', 'from', 'to', 'k', 'maxHops', 'minReliability',
  'maxCredibility', 'corroboratedOnly', 'includeLinked', 'tag', 'constructor', '__proto__', 'q[]', 'limit[a]'];
const REAL_IDS = ['off-hun-manet', 'cmp-amnesty-investigated', 'allegations-by-status', 'cambodia-crackdown', '0', '1', 'no-such-thing'];

/** Text as it goes in a URL: properly encoded, raw bytes percent-encoded, or malformed and overlong encodings. */
const urlText = fc.oneof(
  fc.constantFrom(...REAL_IDS),
  fc.string({ unit: 'binary', maxLength: 40 }).map(encodeURIComponent),
  fc.constantFrom('%FF%FE%FD', '%', '%%', '%E0%A4%A', '%C0%AF', '%00', '%2e%2e', '..', '%2F', '%252F', '%u0041', 'a%20b', '%F0%9F%98%80', '-1', '1e309', 'NaN'),
  fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 12 }).map((bytes) => bytes.map((b) => `%${b.toString(16).padStart(2, '0')}`).join('')),
  fc.integer({ min: 200, max: 3000 }).map((n) => 'a'.repeat(n)),
);

const fillPath = (route: string, values: string[]) => { let i = 0; return route.replace(/:[a-z]+/g, () => values[i++] ?? 'x'); };
const queryString = fc.array(fc.tuple(fc.constantFrom(...QUERY_KEYS), urlText), { maxLength: 6 })
  .map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${v}`).join('&')}` : ''));

/** JSON with nesting as deep as a real client might send and well past it, still far from the parser's own limits. */
const deepValue = fc.integer({ min: 1, max: 64 }).map((depth) => {
  let v: unknown = 'leaf';
  for (let i = 0; i < depth; i += 1) v = i % 2 ? { k: v } : [v];
  return v;
});
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  deepValue,
  fc.constantFrom(null, true, -1, 0, 1.5, 1e308, -0, '', ' ', '\u0000', '__proto__', 'constructor', [], {}, 'MATCH (n) RETURN n', 'CALL db.schema.visualization()'),
  fc.integer({ min: 10_000, max: 200_000 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 1000, max: 20_000 }).map((n) => Array.from({ length: n }, (_, i) => i)),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'toString', 'a', ''), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
);

/** A valid body per POST route: the fuzz replaces, removes or adds one field, or sends something else entirely. */
const TEMPLATES: Record<string, Record<string, unknown>> = {
  '/api/queries/:id/run': { params: {}, rowLimit: 10, datasets: ['cambodia-crackdown'] },
  '/api/queries': { id: 'fuzz-saved', cypher: 'MATCH (n:Entity) WHERE n.id = $id RETURN n', header: { title: 'Fuzz query', description: 'A query the fuzz saves.', result: 'graph', columns: ['n'], params: { id: { type: 'string', default: 'x' } } } },
  '/api/cypher': { cypher: 'RETURN 1 AS one', params: {}, rowLimit: 5 },
  '/api/tours': { id: 'fuzz-tour', title: 'Fuzz tour', description: 'A tour the fuzz sends.', steps: [{ title: 'One', narration: 'Look.', show: { entities: ['off-hun-manet'] }, question: 'Why?' }] },
  '/api/datasets': { name: 'fuzz-upload', files: { nodes: 'n.csv', edges: 'e.csv' }, nodes: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B', type: 'Person' }], edges: [{ source: 'a', target: 'b', type: 'knows' }] },
};

const mutatedBody = (template: Record<string, unknown>) => fc.oneof(
  fc.tuple(fc.constantFrom(...Object.keys(template)), oddValue).map(([k, v]) => ({ ...template, [k]: v })),
  fc.constantFrom(...Object.keys(template)).map((k) => Object.fromEntries(Object.entries(template).filter(([key]) => key !== k))),
  fc.tuple(fc.string({ maxLength: 12 }), oddValue).map(([k, v]) => ({ ...template, [k]: v })),
  oddValue,
).map((v) => JSON.stringify(v) ?? 'null');

/** Text that is not JSON, or JSON cut short, or JSON with what a parser may choke on. */
const rawBody = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.tuple(fc.constantFrom(...Object.values(TEMPLATES).map((t) => JSON.stringify(t))), fc.nat()).map(([s, n]) => s.slice(0, n % s.length)),
  fc.constantFrom('', '{', '[', '{"a":}', '{"__proto__":{"x":1}}', 'null', '"text"', '1e999', '{"a":1,"a":2}', '\uFEFF{}', '{"params":{"__proto__":1}}', `${'['.repeat(2000)}${']'.repeat(2000)}`),
);
const contentType = fc.constantFrom('application/json', 'application/json; charset=utf-16', 'application/json; charset=latin1', 'text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=utf-8');

const RUNS = { seed: 11, numRuns: 40 };

describe('the API under fuzz (fixed seed, bounded runs)', () => {
  it.each(GET_ROUTES)('GET %s: odd path parameters and query strings never give a 5xx or a stack', async (route) => {
    await fc.assert(fc.asyncProperty(fc.array(urlText, { minLength: 3, maxLength: 3 }), queryString, async (values, query) => {
      const target = `${fillPath(route, values)}${query}`;
      expectSafe(`GET ${target}`, await send('GET', target));
    }), { ...RUNS, numRuns: route.includes(':') ? 25 : 12 });
  });

  it.each(POST_ROUTES)('POST %s: wrong types, huge and deep values, missing and extra fields', async (route) => {
    const template = TEMPLATES[route]!;
    await fc.assert(fc.asyncProperty(mutatedBody(template), fc.oneof(fc.constant(REAL_IDS[2]!), urlText), async (body, id) => {
      const target = fillPath(route, [id]);
      expectSafe(`POST ${target} ${body.slice(0, 200)}`, await send('POST', target, body));
    }), RUNS);
  });

  it.each(POST_ROUTES)('POST %s: malformed JSON and odd content types', async (route) => {
    await fc.assert(fc.asyncProperty(rawBody, contentType, async (body, type) => {
      const target = fillPath(route, ['allegations-by-status']);
      expectSafe(`POST ${target} (${type}) ${body.slice(0, 200)}`, await send('POST', target, body, { 'content-type': type }));
    }), { ...RUNS, numRuns: 25 });
  });

  it('odd methods on every route answer without a 5xx', async () => {
    const routes = [...GET_ROUTES, ...POST_ROUTES, ...DELETE_ROUTES].map((r) => fillPath(r, ['no-such-thing', '0']));
    await fc.assert(fc.asyncProperty(fc.constantFrom(...routes), fc.constantFrom('PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'POST', 'GET', 'PROPFIND'), async (route, method) => {
      expectSafe(`${method} ${route}`, await send(method, route));
    }), { ...RUNS, numRuns: 60 });
  });

  it('DELETE /api/datasets/:name with odd names never gives a 5xx', async () => {
    await fc.assert(fc.asyncProperty(urlText.filter((v) => !REAL_IDS.includes(v)), async (name) => {
      expectSafe(`DELETE /api/datasets/${name}`, await send('DELETE', `/api/datasets/${name}`));
    }), { ...RUNS, numRuns: 20 });
  });

  it('a body past the size limit, and odd encodings of the body, are refused in words', async () => {
    const cases: Array<[string, string | Buffer, Record<string, string>]> = [
      ['/api/datasets', JSON.stringify({ name: 'too-big', nodes: Array.from({ length: 40_000 }, (_, i) => ({ id: `node-${i}`, name: 'x'.repeat(20) })) }), {}],
      ['/api/cypher', Buffer.from('{"cypher":"RETURN 1"}'), { 'content-encoding': 'gzip' }],
      ['/api/cypher', Buffer.from('{"cypher":"RETURN 1"}'), { 'content-encoding': 'br, x-unknown' }],
      ['/api/cypher', Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]), {}],
      ['/api/cypher', Buffer.from('{"cypher":"RETURN \u00e9"}', 'latin1'), {}],
    ];
    for (const [target, body, headers] of cases) expectSafe(`POST ${target} ${JSON.stringify(headers)}`, await send('POST', target, body, headers));
  });
});
