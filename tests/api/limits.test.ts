// Issue 11, items 1 and 3: input too deep or too big is refused with a 400 before it reaches Neo4j, a burst of it
// leaves search answering, request bodies past 1 MB get a 413, and results are capped in bytes as well as rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { getJson, postJson } from '../support/http.ts';
import { ErrorBody } from '../../server/contract/errors.ts';
import { QueryResult } from '../../server/contract/queries.ts';

let app: Awaited<ReturnType<typeof startTestApp>>;
beforeAll(async () => { app = await startTestApp(); });
afterAll(async () => { await app.close(); });

const errorOf = (body: unknown) => ErrorBody.parse(body).error;

/** The body: a list literal nested 5,000 deep, about 10 KB. */
const nestedList = (depth: number) => `RETURN ${'['.repeat(depth)}1${']'.repeat(depth)} AS x`;

/** A JSON value nested `depth` deep, built without recursion. */
function nestedValue(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

describe('input too deep for Neo4j', () => {
  it('refuses Cypher nested 5,000 deep with a 400 naming the nesting, for ad-hoc runs and "Save as query"', async () => {
    const run = await postJson(app.baseUrl, '/api/cypher', { cypher: nestedList(5000) });
    expect(run.status).toBe(400);
    expect(errorOf(run.body)).toMatchObject({ code: 'bad_request', field: 'cypher' });
    expect(errorOf(run.body).detail).toMatch(/nested 5000 deep; queries may nest at most 100 deep/);

    const header = { title: 'Deep list', description: 'A list literal nested far too deep.', result: 'table', columns: ['x'] };
    const save = await postJson(app.baseUrl, '/api/queries', { id: 'deep-list', header, cypher: nestedList(5000) });
    expect(save.status).toBe(400);
    expect(errorOf(save.body).field).toBe('cypher');
  });

  it('does not count brackets inside strings and comments, and still runs ordinary nesting', async () => {
    const inText = await postJson(app.baseUrl, '/api/cypher', { cypher: `RETURN '${'['.repeat(500)}' AS s // ${'('.repeat(500)}` });
    expect(inText.status).toBe(200);
    const fine = await postJson(app.baseUrl, '/api/cypher', { cypher: nestedList(50) });
    expect(fine.status).toBe(200);
  });

  it('answers a parameter nested 20,000 deep with a 400, not a 500', async () => {
    // Written by hand: JSON.stringify itself overflows at this depth, though the server's JSON.parse does not.
    const body = `{"cypher":"RETURN $p AS p","params":{"p":${'['.repeat(20_000)}1${']'.repeat(20_000)}}}`;
    const res = await fetch(`${app.baseUrl}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const r = { status: res.status, body: await res.json() };
    expect(r.status).toBe(400);
    expect(errorOf(r.body)).toMatchObject({ code: 'bad_request', field: 'params.p' });
    expect(errorOf(r.body).detail).toMatch(/nested more than 32 deep/);
    // 32 levels are still fine.
    expect((await postJson(app.baseUrl, '/api/cypher', { cypher: 'RETURN $p AS p', params: { p: nestedValue(32) } })).status).toBe(200);
  });

  it('answers a request body over 1 MB with a 413 that says the limit', async () => {
    const r = await postJson(app.baseUrl, '/api/cypher', { cypher: 'RETURN $p AS p', params: { p: 'x'.repeat(1_100_000) } });
    expect(r.status).toBe(413);
    expect(errorOf(r.body).message).toMatch(/too large \(at most 1 MB\)/);
  });

  it('keeps search answering 200 within 2 s while 55 deeply nested queries arrive at once', async () => {
    const paths = ['/api/search?q=amnesty&limit=10', '/api/entities/ev-crackdown', '/api/health'];
    // Warm: a first call compiles plans and opens connections, which is not what is measured here.
    for (const path of paths) expect((await getJson(app.baseUrl, path)).status).toBe(200);
    const hostile = Array.from({ length: 55 }, () => postJson(app.baseUrl, '/api/cypher', { cypher: nestedList(5000) }));
    let burstOver = false;
    const all = Promise.all(hostile).finally(() => { burstOver = true; });
    // Search, entity and health sampled throughout the burst and a little after it.
    const samples: { path: string; status: number; ms: number }[] = [];
    for (let i = 0; !burstOver || i < 6; i++) {
      const path = paths[i % paths.length]!;
      const t0 = performance.now();
      const { status } = await getJson(app.baseUrl, path);
      samples.push({ path, status, ms: performance.now() - t0 });
    }
    const answers = await all;
    expect(answers.map((a) => a.status)).toEqual(Array(55).fill(400));
    expect(samples.filter((s) => s.status !== 200 || s.ms > 2000)).toEqual([]);
  });
});

describe('result size', () => {
  it('caps 5,000 rows of 128 KiB at the byte limit: a 200, truncated, with a message', async () => {
    const blob = 'x'.repeat(128 * 1024);
    const res = await fetch(`${app.baseUrl}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ cypher: 'UNWIND range(1, 5000) AS i RETURN i, $blob AS blob', params: { blob }, rowLimit: 5000 }),
    });
    expect(res.status).toBe(200);
    const text = await res.text();
    // The response stays within the 16 MiB cap (plus the envelope), not the 640 MiB the rows would make.
    expect(text.length).toBeLessThanOrEqual(16 * 2 ** 20 + 64 * 1024);
    const result = QueryResult.parse(JSON.parse(text));
    expect(result).toMatchObject({ truncated: true, truncatedBy: 'bytes' });
    expect(result.rows.length).toBeGreaterThan(100);
    expect(result.rows.length).toBeLessThan(128);
    expect(result.message).toMatch(/size limit of 16 MiB/);
  });

  it('still reports the row limit as before when that is what stopped it', async () => {
    const r = await postJson(app.baseUrl, '/api/cypher', { cypher: 'UNWIND range(1, 20) AS i RETURN i', rowLimit: 5 });
    expect(QueryResult.parse(r.body)).toMatchObject({ truncated: true, truncatedBy: 'rows' });
    expect(r.body.message).toBeUndefined();
  });

  it('refuses a result value nested deeper than 100 with a 400, not a 500', async () => {
    const r = await postJson(app.baseUrl, '/api/cypher', { cypher: 'RETURN reduce(l = [], i IN range(1, 150) | [l]) AS deep' });
    expect(r.status).toBe(400);
    expect(errorOf(r.body).detail).toMatch(/more than 100 deep/);
  });
});
