import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { getJson, postJson } from '../support/http.ts';
import { ErrorBody } from '../../server/contract/errors.ts';
import { QueryList, QueryResult, SavedQuery } from '../../server/contract/queries.ts';

let app: Awaited<ReturnType<typeof startTestApp>>;
beforeAll(async () => { app = await startTestApp(); });
afterAll(async () => { await app.close(); });

const errorOf = (body: unknown) => ErrorBody.parse(body).error;

describe('GET /api/queries', () => {
  it('lists the library and searches it', async () => {
    const all = QueryList.parse((await getJson(app.baseUrl, '/api/queries')).body).queries;
    expect(all.length).toBeGreaterThanOrEqual(12);
    const found = QueryList.parse((await getJson(app.baseUrl, '/api/queries?q=collusion')).body).queries;
    expect(found.map((q) => q.id)).toContain('collusion-paths');
    const tagged = QueryList.parse((await getJson(app.baseUrl, '/api/queries?tag=sources')).body).queries;
    expect(tagged.length).toBeGreaterThan(0);
    expect(tagged.every((q) => q.tags.includes('sources'))).toBe(true);
  });

  it('gets one with its header and Cypher, or 404s', async () => {
    const q = SavedQuery.parse((await getJson(app.baseUrl, '/api/queries/allegations-by-status')).body);
    expect(q.params.status).toMatchObject({ type: 'string', default: 'alleged' });
    expect(q.cypher).toContain('$status');
    expect((await getJson(app.baseUrl, '/api/queries/no-such-query')).status).toBe(404);
    expect(errorOf((await getJson(app.baseUrl, '/api/queries/Bad%20Id')).body).field).toBe('id');
  });
});

describe('POST /api/queries/:id/run', () => {
  it('runs with parameters and returns a table and a graph', async () => {
    const r = await postJson(app.baseUrl, '/api/queries/allegations-against-entity/run', { params: { entity: 'pb-government-cambodia' } });
    expect(r.status).toBe(200);
    const result = QueryResult.parse(r.body);
    expect(result.columns[0]).toBe('allegation');
    expect(result.graph.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['al-gov-complicity', 'al-tacit-consent', 'src-crackdown-analysis']));
    expect(result.rows[0]![0]).toMatchObject({ id: expect.any(String), type: 'Allegation' });
    expect(result.timing.guardMs).toBeGreaterThan(0);
  });

  it('caps rows and says so', async () => {
    const result = QueryResult.parse((await postJson(app.baseUrl, '/api/queries/allegations-who-against-whom/run', { rowLimit: 2 })).body);
    expect(result.rows).toHaveLength(2);
    expect(result.truncated).toBe(true);
  });

  it.each([
    [{ params: { status: 'rumoured' } }, 'params.status'],
    [{ params: { weakestCredibility: 9 } }, 'params.weakestCredibility'],
    [{ params: { nope: 1 } }, 'params.nope'],
    [{ rowLimit: 0 }, 'rowLimit'],
    [{ extra: true }, 'extra'],
  ])('refuses %j with a 400 naming %s', async (payload, field) => {
    const r = await postJson(app.baseUrl, '/api/queries/allegations-by-status/run', payload);
    expect(r.status).toBe(400);
    expect(errorOf(r.body).field).toBe(field);
  });

  it('refuses a body that is not JSON', async () => {
    const res = await fetch(`${app.baseUrl}/api/queries/allegations-by-status/run`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{oops' });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).not.toMatch(/\.ts:\d+|\n\s+at /);
  });
});

describe('POST /api/cypher', () => {
  it('runs ad-hoc reads with parameters', async () => {
    const r = await postJson(app.baseUrl, '/api/cypher', { cypher: 'MATCH (n:Entity {id: $id}) RETURN n', params: { id: 'off-hun-manet' } });
    expect(QueryResult.parse(r.body).graph.nodes[0]?.name).toBe('Hun Manet');
  });

  it('marks each path hop with its true direction, so a path walked against ORDERED does not read as if the crackdown gave the order', async () => {
    const r = await postJson(app.baseUrl, '/api/cypher', { cypher: "MATCH p = (:Entity {id: 'ev-crackdown'})-[:ORDERED]-(:Entity {id: 'off-hun-manet'}) RETURN p" });
    const [[path]] = QueryResult.parse(r.body).rows as unknown[][][];
    expect(path).toEqual([
      expect.objectContaining({ id: 'ev-crackdown' }),
      expect.objectContaining({ type: 'ORDERED', direction: 'backward' }),
      expect.objectContaining({ id: 'off-hun-manet' }),
    ]);
  });

  it("explains Neo4j's objection to invalid Cypher as a 400", async () => {
    const r = await postJson(app.baseUrl, '/api/cypher', { cypher: 'MATCH (n RETURN n' });
    expect(r.status).toBe(400);
    expect(errorOf(r.body)).toMatchObject({ code: 'bad_request', field: 'cypher' });
  });

  it('stops a query that runs too long, with a clear message', async () => {
    const slow = await startTestApp({ queryTimeoutMs: 300 });
    try {
      const r = await postJson(slow.baseUrl, '/api/cypher', { cypher: 'UNWIND range(1, 200000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS c' });
      expect(r.status).toBe(504);
      expect(errorOf(r.body)).toMatchObject({ code: 'timeout', message: expect.stringMatching(/time limit/) });
    } finally {
      await slow.close();
    }
  });
});

describe('POST /api/queries (save as query)', () => {
  const header = {
    title: 'Officials by name', description: 'Officials whose name contains some text.', tags: ['actors'], result: 'table', columns: ['name'],
    params: { text: { type: 'string', default: 'Hun' } },
  };

  it('adds a read-only query to the library, which then runs', async () => {
    const saved = await postJson(app.baseUrl, '/api/queries', { id: 'officials-by-name', header, cypher: 'MATCH (o:Official) WHERE o.name CONTAINS $text RETURN o.name AS name' });
    expect(saved.status).toBe(201);
    expect(SavedQuery.parse(saved.body).origin).toBe('saved');
    const run = QueryResult.parse((await postJson(app.baseUrl, '/api/queries/officials-by-name/run', {})).body);
    expect(run.rows).toEqual([['Hun Manet']]);
    const again = await postJson(app.baseUrl, '/api/queries', { id: 'officials-by-name', header, cypher: 'RETURN $text AS name' });
    expect(errorOf(again.body).field).toBe('id');
  });

  it('refuses to save a write, or a header that does not match the query', async () => {
    const write = await postJson(app.baseUrl, '/api/queries', { id: 'evil', header, cypher: 'MATCH (o:Official) WHERE o.name = $text SET o.x = 1' });
    expect(errorOf(write.body).code).toBe('query_refused');
    const mismatch = await postJson(app.baseUrl, '/api/queries', { id: 'mismatch', header, cypher: 'MATCH (o:Official) RETURN o.name AS name' });
    expect(errorOf(mismatch.body)).toMatchObject({ code: 'bad_request', message: expect.stringMatching(/declares text/) });
    expect((await getJson(app.baseUrl, '/api/queries/evil')).status).toBe(404);
  });
});

describe('GET /api/schema', () => {
  it('lists the live labels, types and keys, and the allowed procedures', async () => {
    const r = await getJson(app.baseUrl, '/api/schema');
    expect(r.status).toBe(200);
    expect(r.body.labels).toEqual(expect.arrayContaining(['Allegation', 'Official', 'Source']));
    expect(r.body.relationshipTypes).toEqual(expect.arrayContaining(['AGAINST', 'CITED_IN']));
    expect(r.body.procedures).toContain('db.index.fulltext.queryNodes');
  });
});
